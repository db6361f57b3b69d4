package dev.unisdk.core.model.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the date and date-time forms the APIs document without the cost of {@link DateTimeFormatter}: RFC 3339
 * ({@code 2024-01-31T09:30:00Z}, {@code 2024-01-31T09:30:00.123+02:00}, {@code 2024-01-31 09:30:00}) and plain
 * dates ({@code 2024-01-31}). The common forms are read straight from the characters and allocate only the
 * result; anything else (lower-case {@code t}/{@code z}, minutes-only times, second offsets, years beyond
 * four digits, out-of-range values) falls back to {@code java.time}, so results and failures are exactly those
 * of {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} / {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME} /
 * {@link DateTimeFormatter#ISO_LOCAL_DATE}. Not public API.
 *
 * <p>Rules (unchanged from the formatter-based reader): surrounding whitespace is ignored; a space may stand
 * for the {@code T}; a date-time without offset is UTC; a bare date read as a date-time is its start in UTC; a
 * date-time read as a date gives its date part.
 */
public final class IsoDates {
  private static final Object FALLBACK = new Object();

  private IsoDates() {
  }

  /**
   * Parses a date-time.
   *
   * @param s the text, not empty after trimming
   * @return the date-time
   * @throws DateTimeParseException when the text is not an ISO-8601 date-time or date
   */
  public static OffsetDateTime parseOffsetDateTime(String s) {
    return (OffsetDateTime) parse(s.toCharArray(), 0, s.length(), false);
  }

  /**
   * Parses a date (a date-time gives its date part).
   *
   * @param s the text, not empty after trimming
   * @return the date
   * @throws DateTimeParseException when the text is not an ISO-8601 date or date-time
   */
  public static LocalDate parseLocalDate(String s) {
    return (LocalDate) parse(s.toCharArray(), 0, s.length(), true);
  }

  /**
   * Parses a date-time from a character range (e.g. a JSON parser's text buffer) without copying it.
   *
   * @param buf the characters
   * @param offset start of the text
   * @param length length of the text
   * @return the date-time
   * @throws DateTimeParseException when the text is not an ISO-8601 date-time or date
   */
  public static OffsetDateTime parseOffsetDateTime(char[] buf, int offset, int length) {
    return (OffsetDateTime) parse(buf, offset, offset + length, false);
  }

  /**
   * Parses a date from a character range (e.g. a JSON parser's text buffer) without copying it.
   *
   * @param buf the characters
   * @param offset start of the text
   * @param length length of the text
   * @return the date
   * @throws DateTimeParseException when the text is not an ISO-8601 date or date-time
   */
  public static LocalDate parseLocalDate(char[] buf, int offset, int length) {
    return (LocalDate) parse(buf, offset, offset + length, true);
  }

  static Object parse(char[] s, int from, int to, boolean dateOnly) {
    while (from < to && s[from] <= ' ') {
      from++;
    }
    while (to > from && s[to - 1] <= ' ') {
      to--;
    }
    Object fast = fast(s, from, to, dateOnly);
    if (fast != FALLBACK) {
      return fast;
    }
    String text = new String(s, from, to - from);
    return dateOnly ? slowDate(text) : slowDateTime(text);
  }

  /** The formatter-based reference behaviour (also the fallback). */
  static OffsetDateTime slowDateTime(String s) {
    String text = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
    if (text.length() == 10) {
      return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
    }
  }

  /** The formatter-based reference behaviour for dates (also the fallback). */
  static LocalDate slowDate(String s) {
    if (s.length() > 10) {
      return slowDateTime(s).toLocalDate();
    }
    return LocalDate.parse(s);
  }

  private static Object fast(char[] s, int i, int end, boolean dateOnly) {
    int len = end - i;
    if (len < 10) {
      return FALLBACK;
    }
    int year = digits4(s, i);
    int month = digits2(s, i + 5);
    int day = digits2(s, i + 8);
    if (year < 0 || month < 1 || month > 12 || day < 1 || s[i + 4] != '-' || s[i + 7] != '-'
        || day > monthLength(year, month)) {
      return FALLBACK;
    }
    if (len == 10) {
      return dateOnly ? LocalDate.of(year, month, day)
          : OffsetDateTime.of(year, month, day, 0, 0, 0, 0, ZoneOffset.UTC);
    }
    // time: [T ]HH:mm:ss
    if (len < 19) {
      return FALLBACK;
    }
    char sep = s[i + 10];
    int hour = digits2(s, i + 11);
    int minute = digits2(s, i + 14);
    int second = digits2(s, i + 17);
    if ((sep != 'T' && sep != ' ') || s[i + 13] != ':' || s[i + 16] != ':'
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return FALLBACK;
    }
    int p = i + 19;
    int nano = 0;
    if (p < end && s[p] == '.') {
      p++;
      int start = p;
      while (p < end && p - start < 9) {
        int d = s[p] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        nano = nano * 10 + d;
        p++;
      }
      int n = p - start;
      if (n == 0 || (p < end && isDigit(s[p]))) {
        return FALLBACK;
      }
      for (; n < 9; n++) {
        nano *= 10;
      }
    }
    ZoneOffset offset;
    if (p == end) {
      offset = ZoneOffset.UTC;
    } else {
      char c = s[p];
      if (c == 'Z' && p + 1 == end) {
        offset = ZoneOffset.UTC;
      } else if ((c == '+' || c == '-') && p + 6 == end && s[p + 3] == ':') {
        int oh = digits2(s, p + 1);
        int om = digits2(s, p + 4);
        if (oh < 0 || oh > 17 || om < 0 || om > 59) {
          return FALLBACK;
        }
        offset = c == '+' ? ZoneOffset.ofHoursMinutes(oh, om) : ZoneOffset.ofHoursMinutes(-oh, -om);
      } else {
        return FALLBACK;
      }
    }
    if (dateOnly) {
      return LocalDate.of(year, month, day);
    }
    return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits2(char[] s, int i) {
    int a = s[i] - '0';
    int b = s[i + 1] - '0';
    if (a < 0 || a > 9 || b < 0 || b > 9) {
      return -1;
    }
    return a * 10 + b;
  }

  private static int digits4(char[] s, int i) {
    int hi = digits2(s, i);
    int lo = digits2(s, i + 2);
    return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
  }

  private static int monthLength(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

}
