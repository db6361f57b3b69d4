package dev.unisdk.unificationengine;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.auth.BasicAuth;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.BaseUrls;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.NotConfigured;
import dev.unisdk.unificationengine.internal.Rpc;
import java.io.Closeable;
import java.util.function.Consumer;

/**
 * Client of the UnificationEngine API v2. Two credential levels, both sent only as
 * {@code Authorization: Basic} (never in the URL): the app key and secret manage users
 * ({@link #users()}); a user's key and secret make the connection, address and message calls
 * ({@link #asUser(UeUser)}). Every call is a {@code POST} with a JSON object body, and service errors are
 * thrown as {@link UnificationEngineException} whether they come as an HTTP status or as HTTP 200 with
 * a body {@code status} other than 200.
 *
 * <pre>{@code
 * try (UnificationEngineClient ue = UnificationEngineClient.builder().appKey(k).appSecret(s).build()) {
 *   UeUser user = ue.users().create();
 *   UserSession me = ue.asUser(user);
 *   me.connections().add("facebook", ConnectorUri.of("facebook", accessToken));
 * }
 * }</pre>
 *
 * <p>Thread-safe; build one per app and share it. {@link #close()} releases the HTTP resources it owns.
 */
public final class UnificationEngineClient implements Closeable {
  /** The service's base URL, used when none is configured. */
  public static final String DEFAULT_BASE_URL = "https://apiv2.unificationengine.com";

  private final Transport transport;
  private final boolean hasAppCredentials;
  private final UsersService users;

  private UnificationEngineClient(Transport transport, boolean hasAppCredentials) {
    this.transport = transport;
    this.hasAppCredentials = hasAppCredentials;
    this.users = new UsersService(new Rpc(transport));
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns user management, authenticated with the app key and secret.
   *
   * @return the users service
   * @throws IllegalStateException when the client was built without app credentials
   */
  public UsersService users() {
    if (!hasAppCredentials) {
      throw NotConfigured.exception("UnificationEngine user management (users())",
          "appKey(..) and appSecret(..) on the builder");
    }
    return users;
  }

  /**
   * Returns the calls made as a user, authenticated with that user's key and secret. The session
   * shares this client's connection pool.
   *
   * @param user a user with its secret, from {@code users().create()} or {@link UeUser#of(String, String)}
   * @return the user's session
   * @throws ValidationException when the user is null or has no secret (a user from
   *     {@code users().list()}); no request is sent
   */
  public UserSession asUser(UeUser user) {
    Checks.notNull(user, "user");
    if (!user.hasSecret()) {
      throw new ValidationException("user",
          "has no secret (users().list() returns keys only); user-level calls need the user from"
              + " users().create() or UeUser.of(key, secret)");
    }
    return new UserSession(user, new Rpc(transport.withAuth(BasicAuth.of(user.key(), user.secret()))));
  }

  /**
   * Returns a client with changed options (e.g. a longer read timeout) that shares this client's
   * connection pool and credentials. Closing it releases nothing; close this client instead.
   *
   * <pre>{@code
   * UnificationEngineClient patient = ue.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)));
   * }</pre>
   *
   * @param change edits a copy of the options
   * @return the derived client
   */
  public UnificationEngineClient withOptions(Consumer<ClientOptions.Builder> change) {
    return new UnificationEngineClient(transport.withOptions(change), hasAppCredentials);
  }

  /**
   * Returns the client options in effect.
   *
   * @return the options
   */
  public ClientOptions options() {
    return transport.options();
  }

  /** Releases the HTTP resources this client created; a user-supplied OkHttpClient is left running. */
  @Override
  public void close() {
    transport.close();
  }

  /** Returns the base URL only; never a credential. */
  @Override
  public String toString() {
    return "UnificationEngineClient{baseUrl=" + transport.options().baseUrl() + "}";
  }

  /** Builds a {@link UnificationEngineClient}. */
  public static final class Builder {
    private String appKey;
    private String appSecret;
    private String baseUrl;
    private ClientOptions options;

    private Builder() {}

    /**
     * Sets the app key (Basic user name for user management).
     *
     * @param appKey the key
     * @return this builder
     */
    public Builder appKey(String appKey) {
      this.appKey = appKey;
      return this;
    }

    /**
     * Sets the app secret (Basic password for user management). Never logged.
     *
     * @param appSecret the secret
     * @return this builder
     */
    public Builder appSecret(String appSecret) {
      this.appSecret = appSecret;
      return this;
    }

    /**
     * Sets the base URL; it wins over the one in {@link #options(ClientOptions)}.
     *
     * @param baseUrl e.g. {@code https://apiv2.unificationengine.com}; https unless the host is loopback
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the client options (timeouts, retries, user agent, OkHttp client...).
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(ClientOptions options) {
      this.options = options;
      return this;
    }

    /**
     * Builds the client. The app key and secret are both set or both absent; without them the
     * client can only act as users ({@link UnificationEngineClient#asUser(UeUser)}).
     *
     * @return the client
     * @throws ValidationException when only one of key and secret is set, or an option is invalid
     */
    public UnificationEngineClient build() {
      boolean hasKey = appKey != null;
      boolean hasSecret = appSecret != null;
      if (hasKey != hasSecret) {
        throw new ValidationException(hasKey ? "appSecret" : "appKey",
            "set both the app key and the app secret, or neither");
      }
      if (hasKey) {
        Checks.notBlank(appKey, "appKey");
        Checks.notBlank(appSecret, "appSecret");
        if (appKey.indexOf(':') >= 0) {
          throw new ValidationException("appKey", "must not contain ':' (Basic auth user name)");
        }
      }
      ClientOptions effective = BaseUrls.resolve(options, baseUrl, DEFAULT_BASE_URL);
      Transport.Builder t = Transport.builder().options(effective);
      if (hasKey) {
        t.auth(BasicAuth.of(appKey, appSecret));
      }
      return new UnificationEngineClient(t.build(), hasKey);
    }
  }
}
