package dev.unisdk.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Decides what is secret in URLs and headers and masks it. Internal. */
public final class Redaction {
  /** The mask written in place of a secret. */
  public static final String MASK = "REDACTED";

  private static final String[] SECRET_WORDS = {
    "token", "key", "secret", "password", "passwd", "signature", "auth", "session", "credential"
  };
  private static final Set<String> ALWAYS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    Collections.addAll(
        ALWAYS, "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key");
  }

  /**
   * The user info of a URI: {@code scheme://USER:SECRET@}, also JSON-escaped ({@code scheme:\/\/...@}).
   * The user info may hold {@code /} (tokens are often base64), so it runs to the {@code @}, stopping at
   * whitespace and quotes; bounded so that a text without {@code @} costs a linear scan.
   */
  private static final Pattern URI_USER_INFO =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]{0,31}:(?://|\\\\/\\\\/))[^\\s\"'@<>]{1,2048}+@");

  /**
   * A query parameter anywhere in a text: after {@code ?}, {@code &} or {@code ;}, percent-encoded
   * ({@code %3F}, {@code %26}) as in a passthrough path carried in a path segment, or JSON-escaped
   * (a JSON-escaped ampersand). Group 1 is the name, group 2 the value.
   */
  private static final Pattern QUERY_PAIR = Pattern.compile(
      "(?:[?&;]|%3[Ff]|%26|\\\\u0026)([A-Za-z0-9_.\\-\\[\\]%]{1,128}?)(?:=|%3[Dd])"
          + "((?:(?!%26|\\\\u0026)[^&\\s\"'#<>])*)");

  private final Set<String> sensitiveHeaders;

  /**
   * Creates a redactor that also masks the given header names.
   *
   * @param extraSensitiveHeaders header names registered as sensitive
   */
  public Redaction(Collection<String> extraSensitiveHeaders) {
    TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(ALWAYS);
    set.addAll(extraSensitiveHeaders);
    this.sensitiveHeaders = Collections.unmodifiableSet(set);
  }

  /**
   * Tells whether a name looks like it holds a secret (token, key, secret, password, signature, auth...).
   *
   * @param name a header or query parameter name
   * @return true when the value must be masked
   */
  public static boolean looksSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : SECRET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a header's value must be masked.
   *
   * @param name the header name
   * @return true for always-secret, registered, or secret-looking names
   */
  public boolean isSensitiveHeader(String name) {
    return sensitiveHeaders.contains(name) || looksSecret(name);
  }

  /**
   * Returns the header value as it may be logged.
   *
   * @param name the header name
   * @param value the value
   * @return the value or the mask
   */
  public String headerValue(String name, String value) {
    return isSensitiveHeader(name) ? MASK : value;
  }

  /**
   * Masks secrets in a body before it is logged: the string value of every JSON member whose name
   * looks secret (token, key, secret, password...), and the user info of URI-like strings
   * ({@code user://KEY:SECRET@}, {@code facebook://TOKEN@facebook.com}).
   *
   * @param text the body text (possibly truncated)
   * @return the text with secrets masked
   */
  public static String body(String text) {
    return text(maskSecretMembers(text));
  }

  /**
   * Masks secrets in free text (a path, a message, a body): the user info of URI-like strings, also
   * JSON-escaped ({@code user:\/\/KEY:SECRET@}) or holding {@code /}, and the value of every query
   * parameter whose name looks secret wherever it appears ({@code ?hapikey=...}, {@code %3Fapi_token%3D...},
   * or after a JSON-escaped ampersand).
   *
   * @param text the text, may be null
   * @return the text with secrets masked (null for null)
   */
  public static String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return maskSecretQueryValues(URI_USER_INFO.matcher(text).replaceAll("$1" + MASK + "@"));
  }

  private static String maskSecretQueryValues(String text) {
    Matcher m = QUERY_PAIR.matcher(text);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      if (m.end(2) > m.start(2) && looksSecret(m.group(1)) && !MASK.equals(m.group(2))) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, m.start(2)).append(MASK);
        copied = m.end(2);
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * One linear pass over JSON text (possibly truncated): the string value following a member name
   * that looks secret is replaced by the mask; everything else is copied as is.
   */
  private static String maskSecretMembers(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    boolean maskNextString = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = endOfString(text, i);
        if (maskNextString) {
          out.append('"').append(MASK).append('"');
          maskNextString = false;
        } else {
          out.append(text, i, end);
          int next = end;
          while (next < n && Character.isWhitespace(text.charAt(next))) {
            next++;
          }
          if (next < n && text.charAt(next) == ':' && end - i >= 2) {
            maskNextString = looksSecret(text.substring(i + 1, end - 1));
          }
        }
        i = end;
        continue;
      }
      if (maskNextString && c != ':' && !Character.isWhitespace(c)) {
        maskNextString = false; // the value is not a string (number, object...): nothing to mask
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Index just after the string starting at {@code start} (a quote), or the text's end if unterminated. */
  private static int endOfString(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  /**
   * Returns the URL with user info and secret-looking query values masked.
   *
   * @param url the URL
   * @return a loggable string
   */
  public static String url(HttpUrl url) {
    HttpUrl.Builder b = url.newBuilder();
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      b.username(MASK).password("");
    }
    boolean changed = false;
    for (String name : url.queryParameterNames()) {
      if (looksSecret(name)) {
        b.setQueryParameter(name, MASK);
        changed = true;
      }
    }
    String rendered = !changed && url.username().isEmpty() && url.password().isEmpty()
        ? url.toString() : b.build().toString();
    return text(rendered); // a query inside a path segment (a passthrough path), user info in the path
  }
}
