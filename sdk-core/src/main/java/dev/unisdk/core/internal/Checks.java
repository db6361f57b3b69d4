package dev.unisdk.core.internal;

import dev.unisdk.core.errors.ValidationException;
import java.util.Collection;
import java.util.Map;

/** Argument checks shared by every module; each throws {@link ValidationException} naming the parameter. */
public final class Checks {
  private Checks() {}

  /**
   * Requires a non-null value.
   *
   * @param value the value
   * @param name the parameter name
   * @param <T> the value type
   * @return the value
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new ValidationException(name, "must not be null");
    }
    return value;
  }

  /**
   * Requires a string that is not null, empty or only whitespace.
   *
   * @param value the value
   * @param name the parameter name
   * @return the value
   */
  public static String notBlank(String value, String name) {
    if (value == null) {
      throw new ValidationException(name, "must not be null");
    }
    if (value.trim().isEmpty()) {
      throw new ValidationException(name, "must not be blank");
    }
    return value;
  }

  /**
   * Requires {@code lo <= value <= hi}.
   *
   * @param value the value
   * @param lo the lowest allowed value
   * @param hi the highest allowed value
   * @param name the parameter name
   * @return the value
   */
  public static long inRange(long value, long lo, long hi, String name) {
    if (value < lo || value > hi) {
      throw new ValidationException(
          name, "must be between " + lo + " and " + hi + " (was " + value + ")");
    }
    return value;
  }

  /**
   * Requires {@code lo <= value <= hi}.
   *
   * @param value the value
   * @param lo the lowest allowed value
   * @param hi the highest allowed value
   * @param name the parameter name
   * @return the value
   */
  public static int inRange(int value, int lo, int hi, String name) {
    return (int) inRange((long) value, lo, hi, name);
  }

  /**
   * Requires a string no longer than {@code max} characters; null passes.
   *
   * @param value the value, may be null
   * @param max the maximum length
   * @param name the parameter name
   * @return the value
   */
  public static String maxLength(String value, int max, String name) {
    if (value != null && value.length() > max) {
      throw new ValidationException(
          name, "must be at most " + max + " characters (was " + value.length() + ")");
    }
    return value;
  }

  /**
   * Requires a non-null, non-empty collection.
   *
   * @param value the collection
   * @param name the parameter name
   * @param <C> the collection type
   * @return the collection
   */
  public static <C extends Collection<?>> C notEmpty(C value, String name) {
    if (value == null) {
      throw new ValidationException(name, "must not be null");
    }
    if (value.isEmpty()) {
      throw new ValidationException(name, "must not be empty");
    }
    return value;
  }

  /**
   * Requires a non-null, non-empty map.
   *
   * @param value the map
   * @param name the parameter name
   * @param <M> the map type
   * @return the map
   */
  public static <M extends Map<?, ?>> M notEmpty(M value, String name) {
    if (value == null) {
      throw new ValidationException(name, "must not be null");
    }
    if (value.isEmpty()) {
      throw new ValidationException(name, "must not be empty");
    }
    return value;
  }

  /**
   * Requires a valid HTTP header name (visible ASCII, no colon).
   *
   * @param name the header name
   * @return the name
   */
  public static String headerName(String name) {
    notBlank(name, "header name");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == ':') {
        throw new ValidationException("header name", "\"" + name + "\" is not a valid header name");
      }
    }
    return name;
  }

  /**
   * Requires a header value without control or non-ASCII characters (no header injection). The value
   * is never echoed in the message, since it may be a credential.
   *
   * @param name the header name, used as the parameter name
   * @param value the value
   * @return the value
   */
  public static String headerValue(String name, String value) {
    notNull(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        throw new ValidationException(name, "contains a character not allowed in a header value");
      }
    }
    return value;
  }

  /**
   * Requires a strictly positive duration.
   *
   * @param value the duration
   * @param name the parameter name
   * @return the duration
   */
  public static java.time.Duration positive(java.time.Duration value, String name) {
    notNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new ValidationException(name, "must be positive (was " + value + ")");
    }
    return value;
  }
}
