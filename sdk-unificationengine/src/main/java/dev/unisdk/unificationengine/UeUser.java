package dev.unisdk.unificationengine;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A UnificationEngine user: its key and, when known, its secret. {@code users().create()} returns a
 * user with its secret ({@code user://KEY:SECRET@}); {@code users().list()} returns users without one
 * ({@code user://KEY@}), which can be deleted but not used for {@link UnificationEngineClient#asUser(UeUser)}.
 *
 * <p>Parsing rule ({@link #parse(String)}): the text is {@code user://} followed by the user info and
 * a final {@code @}. The user info runs up to the <em>last</em> {@code @}; the key is the part before
 * the <em>first</em> {@code :} and the secret everything after it, so a secret may itself contain
 * {@code :} or {@code @}. No percent-decoding is applied (the service sends the characters as they are).
 * An empty secret ({@code user://KEY:@}) counts as no secret.
 *
 * <p>Immutable. {@link #toString()} masks the secret.
 */
public final class UeUser {
  private static final String SCHEME = "user://";

  private final String key;
  private final String secret;

  private UeUser(String key, String secret) {
    this.key = key;
    this.secret = secret;
  }

  /**
   * Creates a user from its key and secret.
   *
   * @param key the user key, not blank, without {@code :}
   * @param secret the user secret, not blank
   * @return the user
   * @throws ValidationException when the key or secret is invalid
   */
  public static UeUser of(String key, String secret) {
    Checks.notBlank(secret, "secret");
    return new UeUser(checkKey(key), secret);
  }

  /**
   * Creates a user known only by its key, as {@code users().list()} returns it.
   *
   * @param key the user key, not blank, without {@code :}
   * @return the user, without a secret
   * @throws ValidationException when the key is invalid
   */
  public static UeUser withoutSecret(String key) {
    return new UeUser(checkKey(key), null);
  }

  /**
   * Parses a user URI: {@code user://KEY:SECRET@} or {@code user://KEY@}. See the class description
   * for the exact rule. Error messages never repeat the text, as it may hold a secret.
   *
   * @param uri the URI
   * @return the user
   * @throws ValidationException (parameter {@code uri}) when the text is not a user URI
   */
  public static UeUser parse(String uri) {
    Checks.notBlank(uri, "uri");
    if (!uri.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new ValidationException("uri", "a user URI must start with \"user://\"");
    }
    int at = uri.lastIndexOf('@');
    if (at < SCHEME.length()) {
      throw new ValidationException("uri", "a user URI must end with '@' (user://KEY:SECRET@)");
    }
    if (at != uri.length() - 1) {
      throw new ValidationException("uri", "a user URI must not have text after its last '@'");
    }
    String userInfo = uri.substring(SCHEME.length(), at);
    int colon = userInfo.indexOf(':');
    String key = colon < 0 ? userInfo : userInfo.substring(0, colon);
    String secret = colon < 0 ? "" : userInfo.substring(colon + 1);
    if (key.trim().isEmpty()) {
      throw new ValidationException("uri", "a user URI must name the user key before ':' or '@'");
    }
    return new UeUser(key, secret.isEmpty() ? null : secret);
  }

  private static String checkKey(String key) {
    Checks.notBlank(key, "key");
    if (key.indexOf(':') >= 0) {
      throw new ValidationException("key", "a user key must not contain ':'");
    }
    return key;
  }

  /**
   * Returns the user key (not secret; safe to log).
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the user secret. It is a credential: never log it.
   *
   * @return the secret, or null when this user was listed rather than created
   */
  public @Nullable String secret() {
    return secret;
  }

  /**
   * Tells whether the secret is known, i.e. whether this user can be used for user-level calls.
   *
   * @return true when {@link #secret()} is not null
   */
  public boolean hasSecret() {
    return secret != null;
  }

  /**
   * Returns the user URI as the service writes it: {@code user://KEY:SECRET@}, or {@code user://KEY@}
   * without a secret. It contains the secret: store it like a password, never log it.
   *
   * @return the URI
   */
  public String uri() {
    return secret == null ? SCHEME + key + "@" : SCHEME + key + ":" + secret + "@";
  }

  /**
   * Returns this user without its secret (the form {@code users().list()} returns).
   *
   * @return a user with the same key and no secret
   */
  public UeUser withoutSecret() {
    return secret == null ? this : new UeUser(key, null);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof UeUser)) {
      return false;
    }
    UeUser other = (UeUser) o;
    return key.equals(other.key) && Objects.equals(secret, other.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, secret);
  }

  /** Returns {@code UeUser{key=..., secret=***}}; the secret is never shown. */
  @Override
  public String toString() {
    return "UeUser{key=" + key + ", secret=" + (secret == null ? "none" : "***") + "}";
  }
}
