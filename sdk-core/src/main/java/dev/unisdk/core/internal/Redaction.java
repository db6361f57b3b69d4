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

  /** {@code "name": "value"} pairs in JSON text; group 1 is the name, group 2 the string value. */
  private static final Pattern JSON_STRING_MEMBER =
      Pattern.compile("\"([^\"\\\\]{1,64})\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  /** User info in any URI-like text: {@code scheme://USER:SECRET@host}; group 1 keeps the scheme. */
  private static final Pattern URI_USER_INFO =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]{0,31}://)[^\\s\"'/@]+@");

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
    Matcher members = JSON_STRING_MEMBER.matcher(text);
    StringBuffer sb = new StringBuffer(text.length());
    while (members.find()) {
      String replacement = looksSecret(members.group(1))
          ? "\"" + members.group(1) + "\":\"" + MASK + "\""
          : members.group();
      members.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    members.appendTail(sb);
    return URI_USER_INFO.matcher(sb).replaceAll("$1" + MASK + "@");
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
    if (!changed && url.username().isEmpty() && url.password().isEmpty()) {
      return url.toString();
    }
    return b.build().toString();
  }
}
