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
