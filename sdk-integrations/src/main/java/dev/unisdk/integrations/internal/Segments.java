package dev.unisdk.integrations.internal;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;

/**
 * Checks a value that becomes one path segment ({@code connectionId}, {@code category},
 * {@code objectType}). Any character is allowed (the transport percent-encodes the value as one
 * segment), but not a blank value, nor {@code "."} or {@code ".."}, which a server would treat as
 * path navigation. Internal.
 */
public final class Segments {
  private Segments() {}

  /**
   * Requires a usable path segment.
   *
   * @param value the raw value
   * @param name the parameter name used in the error
   * @return the value, unchanged
   * @throws ValidationException when the value is null, blank, {@code "."} or {@code ".."}
   */
  public static String require(String value, String name) {
    Checks.notBlank(value, name);
    if (value.equals(".") || value.equals("..")) {
      throw new ValidationException(name, "must not be \".\" or \"..\"");
    }
    return value;
  }
}
