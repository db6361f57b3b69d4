package dev.unisdk.apideck.internal;

import dev.unisdk.apideck.ApideckCallOptions;
import dev.unisdk.apideck.ApideckHeaders;
import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.auth.BearerAuth;
import dev.unisdk.core.internal.Checks;
import java.util.concurrent.CompletableFuture;

/**
 * What every Apideck call needs: one shared {@link Transport} (Bearer API key, pool, retries) and the
 * header set {@code x-apideck-app-id}, {@code x-apideck-consumer-id}, {@code x-apideck-service-id}.
 * Derived sessions ({@link #withConsumerId}, {@link #withServiceId}) share the transport and cost one
 * small object. Immutable and thread-safe. Not API.
 */
public final class ApideckSession implements AutoCloseable {
  /** The Apideck Unify base URL. */
  public static final String DEFAULT_BASE_URL = "https://unify.apideck.com";

  private final Transport transport;
  private final String appId;
  private final String consumerId;
  private final String serviceId;
  private final boolean ownsTransport;

  private ApideckSession(Transport transport, String appId, String consumerId, String serviceId, boolean owns) {
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
  public ApideckSession withServiceId(String serviceId) {
    if (serviceId != null) {
      Checks.notBlank(serviceId, "serviceId");
    }
    return new ApideckSession(transport, appId, consumerId, serviceId, false);
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
  public String serviceId() {
    return serviceId;
  }

  /**
   * Starts a request with the Apideck headers, honouring the per-call overrides. A resource path
   * ({@code /<api>/<resource>} or {@code /<api>/<resource>/<id>}) is named for listeners:
   * {@code <api>.<resource>.list|create|get|update|delete} with template
   * {@code /<api>/<resource>[/{id}]}; the builder may override both.
   *
   * @param method the HTTP method
   * @param call the per-call options
   * @param pathSegments the path, each segment encoded as one
   * @return a request builder with headers, request options, operation name and template set
   */
  public ApiRequest.Builder request(String method, ApideckCallOptions call, String... pathSegments) {
    ApideckCallOptions c = call == null ? ApideckCallOptions.none() : call;
    String service = c.serviceId() != null ? c.serviceId() : serviceId;
    String consumer = c.consumerId() != null ? c.consumerId() : consumerId;
    RequestOptions options = c.requestOptions();
    return ApiRequest.builder(method)
        .pathSegments(pathSegments)
        .header(ApideckHeaders.APP_ID, appId)
        .header(ApideckHeaders.CONSUMER_ID, consumer)
        .header(ApideckHeaders.SERVICE_ID, service)
        .options(options)
        .operation(operationName(method, pathSegments))
        .urlTemplate(urlTemplate(pathSegments));
  }

  /** {@code crm.contacts.get} for {@code GET crm/contacts/<id>}; null for other shapes. */
  static String operationName(String method, String... segments) {
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
  static String urlTemplate(String... segments) {
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
    private String serviceId;
    private String baseUrl;
    private ClientOptions options;

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
    public Builder serviceId(String serviceId) {
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
      ClientOptions o;
      if (options == null) {
        o = ClientOptions.builder().baseUrl(baseUrl != null ? baseUrl : DEFAULT_BASE_URL).build();
      } else if (baseUrl != null) {
        o = options.toBuilder().baseUrl(baseUrl).build();
      } else if (options.baseUrl() == null) {
        o = options.toBuilder().baseUrl(DEFAULT_BASE_URL).build();
      } else {
        o = options;
      }
      Transport transport = Transport.builder().options(o).auth(BearerAuth.of(apiKey)).build();
      return new ApideckSession(transport, appId, consumerId, serviceId, true);
    }
  }
}
