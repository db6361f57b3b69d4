package dev.unisdk.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.auth.BearerAuth;
import dev.unisdk.core.internal.BaseUrls;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.integrations.internal.Caller;
import dev.unisdk.integrations.internal.Endpoint;
import dev.unisdk.integrations.internal.Endpoints;
import dev.unisdk.integrations.internal.Segments;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.internal.PassthroughRequest;
import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Client of the Integrations REST API (Liza, on top of Unified.to): the integration catalogue,
 * connections and the connect flow, data retrieval of any category and object type, and
 * passthrough calls to the third-party system. Thread-safe; create one and share it.
 *
 * <pre>{@code
 * IntegrationsClient api = IntegrationsClient.builder().token(System.getenv("LIZA_TOKEN")).build();
 * List<Integration> catalogue = api.integrations().list();
 * for (DataRecord r : api.data(connectionId, Category.CRM, "contact").list()) { ... }
 * JsonNode raw = api.passthrough(connectionId, PassthroughParams.get("/crm/contacts"));
 * }</pre>
 *
 * <p>Every request carries {@code Authorization: Bearer <token>} and {@code Accept:
 * application/json}; bodies are JSON. Errors are the core exceptions by status (400, 401, 403, 404,
 * 405 as {@link OperationNotAvailableException}, 429, 5xx). Retries follow {@link
 * #defaultRetryPolicy()}: a 429 is retried for every operation after {@code Retry-After} (else 1
 * s, then 2 s, 4 s); 5xx and network failures for GET and DELETE; a POST only when its connection
 * failed before anything was sent.
 */
public final class IntegrationsClient implements Closeable {
  /** The API's base URL. */
  public static final String DEFAULT_BASE_URL = "https://api.eu.liza.app/api";

  private static final RetryPolicy DEFAULT_RETRY_POLICY = RetryPolicy.builder()
      .maxRetries(3)
      .initialBackoff(Duration.ofSeconds(1))
      .maxBackoff(Duration.ofSeconds(8))
      .maxRetryAfter(Duration.ofSeconds(60))
      .jitter(false)
      .build();

  private final Transport transport;
  private final Caller caller;
  private final boolean ownsTransport;
  private final WithRawResponse raw = new WithRawResponse();

  private IntegrationsClient(Transport transport, Caller caller, boolean ownsTransport) {
    this.transport = transport;
    this.caller = caller;
    this.ownsTransport = ownsTransport;
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
   * Returns the retry policy used unless another is configured: 3 retries; a 429 waits as long as
   * {@code Retry-After} says (at most 60 s), else 1 s, 2 s, 4 s, as the Unified.to conventions ask
   * ("wait 1 second and try again").
   *
   * @return the default policy
   */
  public static RetryPolicy defaultRetryPolicy() {
    return DEFAULT_RETRY_POLICY;
  }

  /**
   * Returns client options pre-filled for this API (base URL and retry policy), to change further.
   *
   * @return an options builder
   */
  public static ClientOptions.Builder optionsBuilder() {
    return ClientOptions.builder().baseUrl(DEFAULT_BASE_URL).retryPolicy(DEFAULT_RETRY_POLICY);
  }

  /**
   * The integration catalogue.
   *
   * @return the service
   */
  public IntegrationsService integrations() {
    return new IntegrationsService(caller);
  }

  /**
   * Connections and the connect flow.
   *
   * @return the service
   */
  public ConnectionsService connections() {
    return new ConnectionsService(caller);
  }

  /**
   * The records of one object type of one category of a connection. The arguments are checked
   * here, before any request; each becomes one percent-encoded path segment.
   *
   * @param connectionId the connection's id
   * @param category the category, e.g. {@link Category#CRM} (an undocumented value is sent as is)
   * @param objectType the object type, e.g. {@code contact}, {@code company}, {@code deal}
   * @return the service
   * @throws dev.unisdk.core.errors.ValidationException when an argument is null or blank
   */
  public DataService data(String connectionId, Category category, String objectType) {
    return new DataService(caller, connectionId, category, objectType);
  }

  /**
   * Calls the third-party system behind a connection ({@code POST
   * /v1/integrations/{connectionId}/passthrough}).
   *
   * @param connectionId the connection's id
   * @param params method, path and data of the call
   * @return the third-party system's answer as JSON (a JSON null node for an empty answer)
   */
  public JsonNode passthrough(String connectionId, PassthroughParams params) {
    return passthrough(connectionId, params, null);
  }

  /**
   * Calls the third-party system behind a connection, with per-call options.
   *
   * @param connectionId the connection's id
   * @param params method, path and data of the call
   * @param options per-call options; null for none
   * @return the third-party system's answer as JSON (a JSON null node for an empty answer)
   */
  public JsonNode passthrough(String connectionId, PassthroughParams params, @Nullable RequestOptions options) {
    return raw.passthrough(connectionId, params, options).value();
  }

  /**
   * Calls the third-party system asynchronously.
   *
   * @param connectionId the connection's id
   * @param params method, path and data of the call
   * @return the future answer
   */
  public CompletableFuture<JsonNode> passthroughAsync(String connectionId, PassthroughParams params) {
    return passthroughAsync(connectionId, params, null);
  }

  /**
   * Calls the third-party system asynchronously, with per-call options.
   *
   * @param connectionId the connection's id
   * @param params method, path and data of the call
   * @param options per-call options; null for none
   * @return the future answer; invalid arguments complete it exceptionally
   */
  public CompletableFuture<JsonNode> passthroughAsync(
      String connectionId, PassthroughParams params, @Nullable RequestOptions options) {
    return Caller.map(raw.passthroughAsync(connectionId, params, options), ApiResponse::value);
  }

  /**
   * Returns the client's own operations ({@code passthrough}) answering the whole response (status,
   * headers, request id) with the value. The services have their own {@code withRawResponse()}.
   *
   * @return the view
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  private static Endpoint<JsonNode> passthroughEndpoint(String connectionId, PassthroughParams params) {
    String id = Segments.require(connectionId, "connectionId");
    PassthroughRequest body = Checks.notNull(params, "params").toRequestBody();
    return Endpoints.passthrough(id, body);
  }

  private Caller caller(@Nullable RequestOptions options) {
    return options == null ? caller : caller.withOptions(options);
  }

  /**
   * Returns a client with changed client options (timeouts, retry policy, default headers...). It
   * shares this client's connection pool, dispatcher and token; closing it does nothing.
   *
   * <pre>{@code
   * IntegrationsClient patient = api.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)));
   * }</pre>
   *
   * @param change edits a copy of the options
   * @return the derived client
   */
  public IntegrationsClient withOptions(Consumer<ClientOptions.Builder> change) {
    Transport derived = transport.withOptions(change);
    return new IntegrationsClient(derived, caller.withTransport(derived), false);
  }

  /**
   * Returns the options in use.
   *
   * @return the client options
   */
  public ClientOptions options() {
    return transport.options();
  }

  /**
   * Releases the connection pool and threads, unless they belong to a user-supplied OkHttp client.
   * Derived clients ({@link #withOptions(Consumer)}) release nothing.
   */
  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "IntegrationsClient{baseUrl=" + transport.options().baseUrl() + "}";
  }

  /** Builds an {@link IntegrationsClient}. */
  public static final class Builder {
    private Supplier<String> token;
    private String baseUrl;
    private ClientOptions options;
    private RetryPolicy retryPolicy;

    private Builder() {}

    /**
     * Sets the API token (required), sent as {@code Authorization: Bearer <token>}.
     *
     * @param token the token
     * @return this builder
     */
    public Builder token(String token) {
      Checks.notBlank(token, "token");
      this.token = () -> token;
      return this;
    }

    /**
     * Reads the API token from a supplier before every request (rotation).
     *
     * @param token a thread-safe supplier of the current token
     * @return this builder
     */
    public Builder token(Supplier<String> token) {
      this.token = Checks.notNull(token, "token");
      return this;
    }

    /**
     * Sets the base URL (default {@value IntegrationsClient#DEFAULT_BASE_URL}); it wins over the
     * one of {@link #options(ClientOptions)}. HTTPS is required except for loopback hosts.
     *
     * @param baseUrl the base URL, e.g. {@code https://api.eu.liza.app/api}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Checks.notBlank(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets the client options (timeouts, retry policy, OkHttp client, sleeper...). Start from
     * {@link IntegrationsClient#optionsBuilder()} to keep this API's defaults. Options whose retry
     * policy is {@link RetryPolicy#defaults()} get {@link IntegrationsClient#defaultRetryPolicy()}
     * instead.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(ClientOptions options) {
      this.options = Checks.notNull(options, "options");
      return this;
    }

    /**
     * Sets the retry policy; it wins over the one of {@link #options(ClientOptions)}.
     *
     * @param retryPolicy the policy, e.g. {@link RetryPolicy#none()}
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.notNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws dev.unisdk.core.errors.ValidationException when the token is missing or the base URL
     *     is invalid
     */
    public IntegrationsClient build() {
      Checks.notNull(token, "token");
      ClientOptions.Builder b = options == null
          ? optionsBuilder() : BaseUrls.resolve(options, baseUrl, DEFAULT_BASE_URL).toBuilder();
      if (baseUrl != null) {
        b.baseUrl(baseUrl);
      }
      if (retryPolicy != null) {
        b.retryPolicy(retryPolicy);
      } else if (options != null && options.retryPolicy().equals(RetryPolicy.defaults())) {
        b.retryPolicy(DEFAULT_RETRY_POLICY);
      }
      Transport transport = Transport.builder().options(b.build()).auth(BearerAuth.of(token)).build();
      return new IntegrationsClient(transport, new Caller(transport, RequestOptions.none()), true);
    }
  }

  /** The client's own operations, answering the whole response. Thread-safe. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Calls the third-party system behind a connection.
     *
     * @param connectionId the connection's id
     * @param params method, path and data of the call
     * @return the response with the answer
     */
    public ApiResponse<JsonNode> passthrough(String connectionId, PassthroughParams params) {
      return passthrough(connectionId, params, null);
    }

    /**
     * Calls the third-party system behind a connection, with per-call options.
     *
     * @param connectionId the connection's id
     * @param params method, path and data of the call
     * @param options per-call options; null for none
     * @return the response with the answer
     */
    public ApiResponse<JsonNode> passthrough(
        String connectionId, PassthroughParams params, @Nullable RequestOptions options) {
      return caller(options).execute(passthroughEndpoint(connectionId, params));
    }

    /**
     * Calls the third-party system asynchronously, with per-call options.
     *
     * @param connectionId the connection's id
     * @param params method, path and data of the call
     * @param options per-call options; null for none
     * @return the future response; invalid arguments complete it exceptionally
     */
    public CompletableFuture<ApiResponse<JsonNode>> passthroughAsync(
        String connectionId, PassthroughParams params, @Nullable RequestOptions options) {
      Endpoint<JsonNode> endpoint;
      try {
        endpoint = passthroughEndpoint(connectionId, params);
      } catch (RuntimeException invalid) {
        return Caller.failed(invalid);
      }
      return caller(options).executeAsync(endpoint);
    }
  }
}
