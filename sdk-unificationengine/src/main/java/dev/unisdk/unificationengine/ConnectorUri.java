package dev.unisdk.unificationengine;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.unificationengine.internal.Redact;
import java.util.regex.Pattern;

/**
 * A connection URI: {@code CONNECTOR://ACCESS_TOKEN@HOST} (e.g. {@code facebook://TOKEN@facebook.com})
 * to add or test a connection, or {@code unified://NAME} to address a connection already added.
 * The scheme names the connector. Immutable; {@link #toString()} masks the access token.
 */
public final class ConnectorUri {
  /** The scheme that addresses a connection by its name. */
  public static final String UNIFIED = "unified";

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*");

  private final String connector;
  private final String value;

  private ConnectorUri(String connector, String value) {
    this.connector = connector;
    this.value = value;
  }

  /**
   * Builds {@code CONNECTOR://ACCESS_TOKEN@CONNECTOR.com}, e.g. {@code facebook://TOKEN@facebook.com}.
   *
   * @param connector the connector name, used as scheme, e.g. {@code "facebook"}
   * @param accessToken the connector access token, not blank
   * @return the URI
   * @throws ValidationException when the connector is not a valid scheme or the token is blank
   */
  public static ConnectorUri of(String connector, String accessToken) {
    String scheme = checkScheme(connector, "connector");
    return of(scheme, accessToken, scheme + ".com");
  }

  /**
   * Builds {@code CONNECTOR://ACCESS_TOKEN@HOST}.
   *
   * @param connector the connector name, used as scheme
   * @param accessToken the connector access token, not blank, without whitespace
   * @param host the connector host, e.g. {@code facebook.com}
   * @return the URI
   * @throws ValidationException when a part is invalid
   */
  public static ConnectorUri of(String connector, String accessToken, String host) {
    String scheme = checkScheme(connector, "connector");
    Checks.notBlank(accessToken, "accessToken");
    if (hasWhitespace(accessToken)) {
      throw new ValidationException("accessToken", "must not contain whitespace");
    }
    Checks.notBlank(host, "host");
    if (hasWhitespace(host) || host.indexOf('@') >= 0 || host.indexOf('/') >= 0) {
      throw new ValidationException("host", "must be a host name (no whitespace, '@' or '/')");
    }
    return new ConnectorUri(scheme, scheme + "://" + accessToken + "@" + host);
  }

  /**
   * Builds {@code unified://NAME}, which addresses a connection the user added under that name.
   *
   * @param connectionName the connection name, not blank
   * @return the URI
   * @throws ValidationException when the name is blank
   */
  public static ConnectorUri unified(String connectionName) {
    return new ConnectorUri(UNIFIED, UNIFIED + "://" + checkConnectionName(connectionName, "name"));
  }

  /**
   * Parses any connection URI of the form {@code scheme://rest}.
   *
   * @param uri the URI text
   * @return the URI
   * @throws ValidationException (parameter {@code uri}) when the scheme is missing or invalid or nothing
   *     follows {@code ://}; the message never repeats the text, as it may hold a token
   */
  public static ConnectorUri parse(String uri) {
    return parse(uri, "uri");
  }

  static ConnectorUri parse(String uri, String parameter) {
    Checks.notBlank(uri, parameter);
    int sep = uri.indexOf("://");
    if (sep <= 0 || !SCHEME.matcher(uri.substring(0, sep)).matches()) {
      throw new ValidationException(parameter, "must be a URI of the form scheme://... with a valid scheme");
    }
    if (sep + 3 >= uri.length() || uri.substring(sep + 3).trim().isEmpty()) {
      throw new ValidationException(parameter, "must have content after scheme://");
    }
    if (hasWhitespace(uri)) {
      throw new ValidationException(parameter, "must not contain whitespace");
    }
    return new ConnectorUri(uri.substring(0, sep), uri);
  }

  static String checkConnectionName(String name, String parameter) {
    return Checks.notBlank(name, parameter);
  }

  private static String checkScheme(String scheme, String parameter) {
    Checks.notBlank(scheme, parameter);
    if (!SCHEME.matcher(scheme).matches()) {
      throw new ValidationException(
          parameter, "must be a URI scheme: a letter, then letters, digits, '+', '-' or '.'");
    }
    return scheme;
  }

  private static boolean hasWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the scheme, which names the connector ({@code facebook}) or {@value #UNIFIED}.
   *
   * @return the scheme
   */
  public String connector() {
    return connector;
  }

  /**
   * Tells whether this URI addresses an existing connection ({@code unified://NAME}).
   *
   * @return true for the {@value #UNIFIED} scheme
   */
  public boolean isUnified() {
    return UNIFIED.equalsIgnoreCase(connector);
  }

  /**
   * Returns the full URI as sent to the service. It may contain an access token: never log it.
   *
   * @return the URI text
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConnectorUri && value.equals(((ConnectorUri) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the URI with its access token masked, e.g. {@code facebook://***@facebook.com}; a connector
   * URI without {@code @} shows only its scheme ({@code slack://***}), as all of it may be the token.
   */
  @Override
  public String toString() {
    if (!isUnified() && value.indexOf('@') < 0) {
      return connector + "://***";
    }
    return Redact.uriCredentials(value);
  }
}
