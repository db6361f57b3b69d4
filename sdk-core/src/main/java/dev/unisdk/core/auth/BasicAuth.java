package dev.unisdk.core.auth;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends HTTP Basic credentials ({@code Authorization: Basic base64(key:secret)}, UTF-8), always in a
 * header and never in the URL. Credentials may come from a supplier (rotation). {@link #toString()}
 * never shows them.
 */
public final class BasicAuth implements Interceptor {
  private final Supplier<Credentials> credentials;

  private BasicAuth(Supplier<Credentials> credentials) {
    this.credentials = credentials;
  }

  /**
   * Uses fixed credentials.
   *
   * @param key the user name / key
   * @param secret the password / secret
   * @return the interceptor
   */
  public static BasicAuth of(String key, String secret) {
    Credentials c = Credentials.of(key, secret);
    return new BasicAuth(() -> c);
  }

  /**
   * Reads the credentials from a supplier on every request (rotation). The supplier must be thread-safe.
   *
   * @param credentials supplies the current credentials
   * @return the interceptor
   */
  public static BasicAuth of(Supplier<Credentials> credentials) {
    return new BasicAuth(Checks.notNull(credentials, "credentials"));
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Credentials c = credentials.get();
    if (c == null) {
      throw new ValidationException("credentials", "the credentials supplier returned null");
    }
    String header = okhttp3.Credentials.basic(c.key(), c.secret(), StandardCharsets.UTF_8);
    return chain.proceed(chain.request().newBuilder().header("Authorization", header).build());
  }

  @Override
  public String toString() {
    return "BasicAuth{credentials=REDACTED}";
  }

  /** A key and secret pair for {@link BasicAuth}. {@link #toString()} shows neither. */
  public static final class Credentials {
    private final String key;
    private final String secret;

    private Credentials(String key, String secret) {
      this.key = key;
      this.secret = secret;
    }

    /**
     * Creates credentials.
     *
     * @param key the user name / key, not blank
     * @param secret the password / secret, not null
     * @return the credentials
     */
    public static Credentials of(String key, String secret) {
      Checks.notBlank(key, "key");
      Checks.notNull(secret, "secret");
      return new Credentials(key, secret);
    }

    /**
     * Returns the key.
     *
     * @return the user name / key
     */
    public String key() {
      return key;
    }

    /**
     * Returns the secret.
     *
     * @return the password / secret
     */
    public String secret() {
      return secret;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Credentials
          && key.equals(((Credentials) o).key)
          && secret.equals(((Credentials) o).secret);
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, secret);
    }

    @Override
    public String toString() {
      return "Credentials{key=REDACTED, secret=REDACTED}";
    }
  }
}
