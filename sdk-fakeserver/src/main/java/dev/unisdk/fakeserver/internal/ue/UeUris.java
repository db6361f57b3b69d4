package dev.unisdk.fakeserver.internal.ue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the URIs UnificationEngine uses: {@code user://KEY:SECRET@}, {@code facebook://TOKEN@host}, {@code unified://NAME}. */
final class UeUris {
  private static final Pattern USER = Pattern.compile("^user://([^:@/\\s]+)(?::([^@/\\s]+))?@$");
  private static final Pattern CONNECTOR = Pattern.compile("^([a-z][a-z0-9+.-]*)://([^@\\s]+)@([^\\s/]+)(/\\S*)?$");
  private static final Pattern UNIFIED = Pattern.compile("^unified://([A-Za-z0-9_.-]+)$");
  private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");

  /** A user URI: key and, when given, secret (else null). */
  record UserUri(String key, String secret) {}

  /** A connector URI: scheme (connector), access token, host. */
  record ConnectorUri(String connector, String token, String host) {}

  private UeUris() {}

  static UserUri user(String uri) {
    Matcher m = USER.matcher(uri);
    return m.matches() ? new UserUri(m.group(1), m.group(2)) : null;
  }

  static ConnectorUri connector(String uri) {
    Matcher m = CONNECTOR.matcher(uri);
    if (!m.matches() || m.group(1).equals("unified") || m.group(1).equals("user")) {
      return null;
    }
    return new ConnectorUri(m.group(1), m.group(2), m.group(3));
  }

  /** The connection name of {@code unified://NAME}, or null. */
  static String unifiedName(String uri) {
    Matcher m = UNIFIED.matcher(uri);
    return m.matches() ? m.group(1) : null;
  }

  static boolean validName(String name) {
    return NAME.matcher(name).matches();
  }
}
