package dev.unisdk.core.internal;

/**
 * Makes text that came from a server safe to put into an exception message or a log line: control
 * characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides are written as
 * escapes ({@code \n}, {@code \r}, {@code \t}, ESC as a six-character unicode escape...), so a server cannot forge log lines
 * or terminal sequences; very long text is cut. Internal.
 */
public final class ServerText {
  /** Server text longer than this is cut (with a note of the full length). */
  public static final int MAX_CHARS = 2000;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ServerText() {}

  /**
   * Escapes control characters and cuts the text to {@link #MAX_CHARS}.
   *
   * @param text the text, may be null
   * @return the safe text (null for null)
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int limit = Math.min(text.length(), MAX_CHARS);
    int first = -1;
    for (int i = 0; i < limit; i++) {
      if (needsEscape(text.charAt(i))) {
        first = i;
        break;
      }
    }
    if (first < 0 && text.length() <= MAX_CHARS) {
      return text;
    }
    StringBuilder sb = new StringBuilder(limit + 16);
    sb.append(text, 0, first < 0 ? limit : first);
    for (int i = first < 0 ? limit : first; i < limit; i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        sb.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
      }
    }
    if (text.length() > MAX_CHARS) {
      sb.append("... (").append(text.length()).append(" chars)");
    }
    return sb.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
