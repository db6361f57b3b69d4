package dev.unisdk.unificationengine.internal;

import java.util.regex.Pattern;

/** Masks credentials that a text may carry inside URIs ({@code scheme://KEY:SECRET@host}). */
public final class Redact {
  /** A URI scheme followed by user info up to the last {@code @} of the same word. */
  private static final Pattern URI_USER_INFO =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://)[^\\s\"'<>]*@");

  private Redact() {}

  /**
   * Replaces the user info of every URI in a text with {@code ***}.
   *
   * @param text any text, may be null
   * @return the text with {@code scheme://***@} in place of each {@code scheme://userinfo@}
   */
  public static String uriCredentials(String text) {
    if (text == null || text.indexOf('@') < 0) {
      return text;
    }
    return URI_USER_INFO.matcher(text).replaceAll("$1***@");
  }
}
