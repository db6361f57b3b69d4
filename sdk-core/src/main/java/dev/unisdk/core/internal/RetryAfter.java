package dev.unisdk.core.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code retry-after-ms} and {@code Retry-After} (seconds or HTTP-date). Any value is handled
 * without an exception: garbage and negative values are ignored, huge ones (thousands of digits, a
 * far-future date) become {@link #HUGE}. Internal.
 */
public final class RetryAfter {
  /** What an absurdly long wait is read as: longer than any {@code maxRetryAfter}. */
  public static final Duration HUGE = Duration.ofMillis(Long.MAX_VALUE / 2);

  private static final int MAX_DATE_LENGTH = 64;

  private RetryAfter() {}

  /**
   * Returns the wait the server asked for.
   *
   * @param headers response headers
   * @param clock the clock an HTTP-date is measured against
   * @return the wait (never negative), or null when absent or unreadable
   */
  public static Duration parse(Map<String, List<String>> headers, Clock clock) {
    String ms = HeaderMaps.first(headers, "retry-after-ms");
    if (ms != null) {
      Duration d = decimal(ms.trim(), 1);
      if (d != null) {
        return d;
      }
    }
    String value = HeaderMaps.first(headers, "Retry-After");
    if (value == null) {
      return null;
    }
    String v = value.trim();
    Duration seconds = decimal(v, 1000);
    if (seconds != null) {
      return seconds;
    }
    if (v.isEmpty() || v.length() > MAX_DATE_LENGTH || !Character.isLetter(v.charAt(0))) {
      return null;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      if (d.isNegative()) {
        return Duration.ZERO;
      }
      return d.compareTo(HUGE) > 0 ? HUGE : d;
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * Reads {@code digits[.digits]} in the given unit without any number parser that could throw or
   * take long: more integer digits than a long holds mean {@link #HUGE}.
   */
  private static Duration decimal(String text, long millisPerUnit) {
    int n = text.length();
    int dot = -1;
    if (n == 0) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '.' && dot < 0 && i > 0 && i < n - 1) {
        dot = i;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    int intEnd = dot < 0 ? n : dot;
    int start = 0;
    while (start < intEnd - 1 && text.charAt(start) == '0') {
      start++;
    }
    if (intEnd - start > 15) {
      return HUGE;
    }
    long whole = Long.parseLong(text.substring(start, intEnd));
    long millis = whole * millisPerUnit;
    if (dot > 0 && millisPerUnit > 1) {
      // fractional part, to the millisecond
      long frac = 0;
      long scale = millisPerUnit;
      for (int i = dot + 1; i < n && scale > 1; i++) {
        scale /= 10;
        frac += (text.charAt(i) - '0') * scale;
      }
      millis += frac;
    }
    return millis > HUGE.toMillis() ? HUGE : Duration.ofMillis(millis);
  }
}
