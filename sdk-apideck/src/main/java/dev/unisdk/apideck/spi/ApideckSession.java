package dev.unisdk.apideck.spi;

import dev.unisdk.apideck.ApideckHeaders;
import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.auth.BearerAuth;
import dev.unisdk.core.internal.BaseUrls;
import dev.unisdk.core.internal.Checks;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What every Apideck call needs: one shared {@link Transport} (Bearer API key, pool, retries) and the
 * header set {@code x-apideck-app-id}, {@code x-apideck-consumer-id}, {@code x-apideck-service-id}.
 * Derived sessions ({@link #withConsumerId}, {@link #withServiceId}) share the transport and cost one
 * small object. Immutable and thread-safe.
 *
 * <p>Service provider interface: what the Apideck unified-API modules ({@code sdk-crm}, {@code sdk-sms})
 * build their clients and services on. Applications do not use it.
 */
public final class ApideckSession implements AutoCloseable {
  /** The Apideck Unify base URL. */
  public static final String DEFAULT_BASE_URL = "https://unify.apideck.com";

  private final Transport transport;
  private final String appId;
  private final String consumerId;
  private final @Nullable String serviceId;
  private final boolean ownsTransport;

  private ApideckSession(
      Transport transport, String appId, String consumerId, @Nullable String serviceId, boolean owns) {
    this.transport = transport;
    this.appId = appId;
    this.consumerId = consumerId;
    this.serviceId = serviceId;
    this.ownsTransport = owns;
  }

  /**
   * Starts a session builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a session acting for another consumer, sharing this one's transport.
   *
   * @param consumerId the consumer id
   * @return the derived session (closing it does not close the shared transport)
   */
  public ApideckSession withConsumerId(String consumerId) {
    return new ApideckSession(transport, appId, Checks.notBlank(consumerId, "consumerId"), serviceId, false);
  }

  /**
   * Returns a session calling another connector, sharing this one's transport.
   *
   * @param serviceId the service id, or null to let Apideck pick the consumer's only connection
   * @return the derived session (closing it does not close the shared transport)
   */
  public ApideckSession withServiceId(@Nullable String serviceId) {
    if (serviceId != null) {
      Checks.notBlank(serviceId, "serviceId");
    }
    return new ApideckSession(transport, appId, consumerId, serviceId, false);
  }

  /**
   * Returns a session with changed client options (timeouts, retries, headers...), sharing this one's
   * connection pool and credentials.
   *
   * @param change edits a copy of the options
   * @return the derived session (closing it does not close the shared transport)
   */
  public ApideckSession withOptions(Consumer<ClientOptions.Builder> change) {
    Checks.notNull(change, "change");
    return new ApideckSession(transport.withOptions(change), appId, consumerId, serviceId, false);
  }

  /**
   * Returns the client options in effect.
   *
   * @return the options
   */
  public ClientOptions options() {
    return transport.options();
  }

  /**
   * Returns the application id.
   *
   * @return the app id
   */
  public String appId() {
    return appId;
  }

  /**
   * Returns the consumer id.
   *
   * @return the consumer id
   */
  public String consumerId() {
    return consumerId;
  }

  /**
   * Returns the service id.
   *
   * @return the service id, or null when none is set
   */
  public @Nullable String serviceId() {
    return serviceId;
  }

  /**
   * Starts a request with the Apideck headers and the per-call options. Headers of the options
   * (e.g. a consumer or service id from {@code ApideckRequestOptions}) win over the session's. A
   * resource path ({@code /<api>/<resource>} or {@code /<api>/<resource>/<id>}) is named for
   * listeners: {@code <api>.<resource>.list|create|get|update|delete} with template
   * {@code /<api>/<resource>[/{id}]}; the builder may override both.
   *
   * @param method the HTTP method
   * @param options the per-call options; null for none
   * @param pathSegments the path, each segment encoded as one
   * @return a request builder with headers, request options, operation name and template set
   */
  public ApiRequest.Builder request(String method, @Nullable RequestOptions options, String... pathSegments) {
    return ApiRequest.builder(method)
        .pathSegments(pathSegments)
        .header(ApideckHeaders.APP_ID, appId)
        .header(ApideckHeaders.CONSUMER_ID, consumerId)
        .header(ApideckHeaders.SERVICE_ID, serviceId)
        .options(options)
        .operation(operationName(method, pathSegments))
        .urlTemplate(urlTemplate(pathSegments));
  }

  /** {@code crm.contacts.get} for {@code GET crm/contacts/<id>}; null for other shapes. */
  static @Nullable String operationName(String method, String... segments) {
    if (segments == null || segments.length < 2 || segments.length > 3) {
      return null;
    }
    String m = method == null ? "" : method.toUpperCase(java.util.Locale.ROOT);
    String action;
    if (segments.length == 2) {
      action = m.equals("GET") ? "list" : m.equals("POST") ? "create" : m.toLowerCase(java.util.Locale.ROOT);
    } else {
      action = m.equals("GET") ? "get" : m.equals("PATCH") || m.equals("PUT") ? "update"
          : m.equals("DELETE") ? "delete" : m.toLowerCase(java.util.Locale.ROOT);
    }
    return segments[0] + "." + segments[1] + "." + action;
  }

  /** {@code /crm/contacts/{id}} for {@code crm/contacts/<id>}; null for other shapes. */
  static @Nullable String urlTemplate(String... segments) {
    if (segments == null || segments.length < 2 || segments.length > 3) {
      return null;
    }
    return "/" + segments[0] + "/" + segments[1] + (segments.length == 3 ? "/{id}" : "");
  }

  /**
   * Executes a request.
   *
   * @param request the request
   * @param decoder the decoder of a 2xx response
   * @param <R> the decoded type
   * @return the response
   */
  public <R> ApiResponse<R> execute(ApiRequest request, ResponseDecoder<R> decoder) {
    return transport.execute(request, decoder);
  }

  /**
   * Executes a request asynchronously.
   *
   * @param request the request
   * @param decoder the decoder of a 2xx response
   * @param <R> the decoded type
   * @return the future response
   */
  public <R> CompletableFuture<ApiResponse<R>> executeAsync(ApiRequest request, ResponseDecoder<R> decoder) {
    return transport.executeAsync(request, decoder);
  }

  /**
   * Returns the operation listener of the client's options (for the paginators' page events).
   *
   * @return the listener, {@code OperationListener.NONE} unless set
   */
  public dev.unisdk.core.telemetry.OperationListener operationListener() {
    return transport.options().operationListener();
  }

  /** Closes the transport when this session created it; derived sessions do nothing. */
  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return "ApideckSession{appId=" + appId + ", consumerId=" + consumerId + ", serviceId=" + serviceId + "}";
  }

  /** Builds an {@link ApideckSession}. */
  public static final class Builder {
    private String apiKey;
    private String appId;
    private String consumerId;
    private @Nullable String serviceId;
    private @Nullable String baseUrl;
    private @Nullable ClientOptions options;

    private Builder() {}

    /**
     * Sets the API key sent as {@code Authorization: Bearer}.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Checks.notBlank(apiKey, "apiKey");
      return this;
    }

    /**
     * Sets the application id.
     *
     * @param appId the app id
     * @return this builder
     */
    public Builder appId(String appId) {
      this.appId = Checks.notBlank(appId, "appId");
      return this;
    }

    /**
     * Sets the consumer id.
     *
     * @param consumerId the consumer id
     * @return this builder
     */
    public Builder consumerId(String consumerId) {
      this.consumerId = Checks.notBlank(consumerId, "consumerId");
      return this;
    }

    /**
     * Sets the service id.
     *
     * @param serviceId the service id, or null for none
     * @return this builder
     */
    public Builder serviceId(@Nullable String serviceId) {
      this.serviceId = serviceId == null ? null : Checks.notBlank(serviceId, "serviceId");
      return this;
    }

    /**
     * Sets the base URL, overriding the one of the options.
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Checks.notBlank(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sets the client options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(ClientOptions options) {
      this.options = Checks.notNull(options, "options");
      return this;
    }

    /**
     * Builds the session and its transport.
     *
     * @return the session
     */
    public ApideckSession build() {
      Checks.notBlank(apiKey, "apiKey");
      Checks.notBlank(appId, "appId");
      Checks.notBlank(consumerId, "consumerId");
      ClientOptions o = BaseUrls.resolve(options, baseUrl, DEFAULT_BASE_URL);
      Transport transport = Transport.builder().options(o).auth(BearerAuth.of(apiKey)).build();
      return new ApideckSession(transport, appId, consumerId, serviceId, true);
    }
  }
}
