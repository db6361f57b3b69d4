package dev.unisdk.core.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reads {@code retry-after-ms} and {@code Retry-After} (seconds or HTTP-date). Internal. */
public final class RetryAfter {
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
      Duration d = decimal(ms, 1);
      if (d != null) {
        return d;
      }
    }
    String value = HeaderMaps.first(headers, "Retry-After");
    if (value == null) {
      return null;
    }
    Duration seconds = decimal(value, 1000);
    if (seconds != null) {
      return seconds;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration decimal(String text, long millisPerUnit) {
    try {
      BigDecimal value = new BigDecimal(text.trim());
      if (value.signum() < 0) {
        return null;
      }
      BigDecimal millis = value.multiply(BigDecimal.valueOf(millisPerUnit));
      if (millis.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
        return Duration.ofMillis(Long.MAX_VALUE / 2);
      }
      return Duration.ofMillis(millis.longValue());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
