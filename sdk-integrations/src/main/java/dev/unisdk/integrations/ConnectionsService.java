package dev.unisdk.integrations;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.integrations.internal.Caller;
import dev.unisdk.integrations.internal.Endpoint;
import dev.unisdk.integrations.internal.Endpoints;
import dev.unisdk.integrations.internal.Segments;
import dev.unisdk.integrations.model.internal.ConnectRequest;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.integrations.model.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Connections to third-party systems: list, get, delete, and the connect flow. Thread-safe.
 *
 * <pre>{@code
 * ConnectResponse session = api.connections().connect(ConnectParams.builder()
 *     .integrationType("hubspot").categories(Category.CRM).redirectUrl(redirect).build());
 * // send the user to session.url(); after the redirect:
 * Connection c = api.connections().complete(session.connectionId());
 * }</pre>
 *
 * <p>Arguments are checked before any request; a bad one throws {@link
 * dev.unisdk.core.errors.ValidationException}. Every operation takes per-call {@link RequestOptions} as
 * its optional last argument; {@link #withRawResponse()} returns the same operations answering the status,
 * headers and request id with the value.
 */
public final class ConnectionsService {
  private final Caller caller;
  private final WithRawResponse raw = new WithRawResponse();

  ConnectionsService(Caller caller) {
    this.caller = caller;
  }

  /**
   * Returns the same operations answering the whole response (status, headers, request id) with the value.
   *
   * @return the view
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Lists the connections ({@code GET /v1/connections}).
   *
   * @return the connections
   */
  public List<Connection> list() {
    return list(null);
  }

  /**
   * Lists the connections ({@code GET /v1/connections}).
   *
   * @param options per-call options; null for none
   * @return the connections
   */
  public List<Connection> list(@Nullable RequestOptions options) {
    return raw.list(options).value();
  }

  /**
   * Lists the connections ({@code GET /v1/connections}). Asynchronous.
   *
   * @return the future value
   */
  public CompletableFuture<List<Connection>> listAsync() {
    return listAsync(null);
  }

  /**
   * Lists the connections ({@code GET /v1/connections}). Asynchronous.
   *
   * @param options per-call options; null for none
   * @return the future value; invalid arguments complete it exceptionally
   */
  public CompletableFuture<List<Connection>> listAsync(@Nullable RequestOptions options) {
    return Caller.map(async(() -> Endpoints.listConnections(), options), ApiResponse::value);
  }

  /**
   * Fetches a connection ({@code GET /v1/connections/{connectionId}}).
   *
   * @param connectionId the connection's id
   * @return the connection
   */
  public Connection get(String connectionId) {
    return get(connectionId, null);
  }

  /**
   * Fetches a connection ({@code GET /v1/connections/{connectionId}}).
   *
   * @param connectionId the connection's id
   * @param options per-call options; null for none
   * @return the connection
   */
  public Connection get(String connectionId, @Nullable RequestOptions options) {
    return raw.get(connectionId, options).value();
  }

  /**
   * Fetches a connection ({@code GET /v1/connections/{connectionId}}). Asynchronous.
   *
   * @param connectionId the connection's id
   * @return the future value
   */
  public CompletableFuture<Connection> getAsync(String connectionId) {
    return getAsync(connectionId, null);
  }

  /**
   * Fetches a connection ({@code GET /v1/connections/{connectionId}}). Asynchronous.
   *
   * @param connectionId the connection's id
   * @param options per-call options; null for none
   * @return the future value; invalid arguments complete it exceptionally
   */
  public CompletableFuture<Connection> getAsync(String connectionId, @Nullable RequestOptions options) {
    return Caller.map(async(() -> Endpoints.getConnection(id(connectionId)), options), ApiResponse::value);
  }

  /**
   * Deletes a connection ({@code DELETE /v1/connections/{connectionId}}).
   *
   * @param connectionId the connection's id
   */
  public void delete(String connectionId) {
    delete(connectionId, null);
  }

  /**
   * Deletes a connection ({@code DELETE /v1/connections/{connectionId}}).
   *
   * @param connectionId the connection's id
   * @param options per-call options; null for none
   */
  public void delete(String connectionId, @Nullable RequestOptions options) {
    raw.delete(connectionId, options);
  }

  /**
   * Deletes a connection ({@code DELETE /v1/connections/{connectionId}}). Asynchronous.
   *
   * @param connectionId the connection's id
   * @return the future completing when done
   */
  public CompletableFuture<Void> deleteAsync(String connectionId) {
    return deleteAsync(connectionId, null);
  }

  /**
   * Deletes a connection ({@code DELETE /v1/connections/{connectionId}}). Asynchronous.
   *
   * @param connectionId the connection's id
   * @param options per-call options; null for none
   * @return the future completing when done; invalid arguments complete it exceptionally
   */
  public CompletableFuture<Void> deleteAsync(String connectionId, @Nullable RequestOptions options) {
    return Caller.map(async(() -> Endpoints.deleteConnection(id(connectionId)), options), ApiResponse::value);
  }

  /**
   * Starts the connect flow ({@code POST /v1/connections/connect}): send the user to the returned URL.
   *
   * @param params integration type, categories, redirect URL...
   * @return the connect session (URL and connection id)
   */
  public ConnectResponse connect(ConnectParams params) {
    return connect(params, null);
  }

  /**
   * Starts the connect flow ({@code POST /v1/connections/connect}): send the user to the returned URL.
   *
   * @param params integration type, categories, redirect URL...
   * @param options per-call options; null for none
   * @return the connect session (URL and connection id)
   */
  public ConnectResponse connect(ConnectParams params, @Nullable RequestOptions options) {
    return raw.connect(params, options).value();
  }

  /**
   * Starts the connect flow ({@code POST /v1/connections/connect}): send the user to the returned URL. Asynchronous.
   *
   * @param params integration type, categories, redirect URL...
   * @return the future value
   */
  public CompletableFuture<ConnectResponse> connectAsync(ConnectParams params) {
    return connectAsync(params, null);
  }

  /**
   * Starts the connect flow ({@code POST /v1/connections/connect}): send the user to the returned URL. Asynchronous.
   *
   * @param params integration type, categories, redirect URL...
   * @param options per-call options; null for none
   * @return the future value; invalid arguments complete it exceptionally
   */
  public CompletableFuture<ConnectResponse> connectAsync(ConnectParams params, @Nullable RequestOptions options) {
    return Caller.map(async(() -> Endpoints.connect(body(params)), options), ApiResponse::value);
  }

  /**
   * Completes the connect flow after the user came back ({@code POST /v1/connections/{connectionId}/callback}).
   *
   * @param connectionId the connection's id from {@link #connect}
   * @return the connection
   */
  public Connection complete(String connectionId) {
    return complete(connectionId, null);
  }

  /**
   * Completes the connect flow after the user came back ({@code POST /v1/connections/{connectionId}/callback}).
   *
   * @param connectionId the connection's id from {@link #connect}
   * @param options per-call options; null for none
   * @return the connection
   */
  public Connection complete(String connectionId, @Nullable RequestOptions options) {
    return raw.complete(connectionId, options).value();
  }

  /**
   * Completes the connect flow after the user came back ({@code POST /v1/connections/{connectionId}/callback}). Asynchronous.
   *
   * @param connectionId the connection's id from {@link #connect}
   * @return the future value
   */
  public CompletableFuture<Connection> completeAsync(String connectionId) {
    return completeAsync(connectionId, null);
  }

  /**
   * Completes the connect flow after the user came back ({@code POST /v1/connections/{connectionId}/callback}). Asynchronous.
   *
   * @param connectionId the connection's id from {@link #connect}
   * @param options per-call options; null for none
   * @return the future value; invalid arguments complete it exceptionally
   */
  public CompletableFuture<Connection> completeAsync(String connectionId, @Nullable RequestOptions options) {
    return Caller.map(async(() -> Endpoints.callback(id(connectionId)), options), ApiResponse::value);
  }

  private static String id(String connectionId) {
    return Segments.require(connectionId, "connectionId");
  }

  private static ConnectRequest body(ConnectParams params) {
    return Checks.notNull(params, "params").toRequestBody();
  }

  private Caller caller(@Nullable RequestOptions options) {
    return options == null ? caller : caller.withOptions(options);
  }

  private <T> CompletableFuture<ApiResponse<T>> async(Supplier<Endpoint<T>> endpoint, @Nullable RequestOptions options) {
    Endpoint<T> e;
    try {
      e = endpoint.get();
    } catch (RuntimeException invalid) {
      return Caller.failed(invalid);
    }
    return caller(options).executeAsync(e);
  }

  /** The operations of {@link ConnectionsService}, answering the whole response. Thread-safe. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Lists the connections ({@code GET /v1/connections}).
     *
     * @return the response
     */
    public ApiResponse<List<Connection>> list() {
      return list(null);
    }

    /**
     * Lists the connections ({@code GET /v1/connections}).
     *
     * @param options per-call options; null for none
     * @return the response
     */
    public ApiResponse<List<Connection>> list(@Nullable RequestOptions options) {
      return caller(options).execute(Endpoints.listConnections());
    }

    /**
     * Lists the connections ({@code GET /v1/connections}). Asynchronous.
     *
     * @param options per-call options; null for none
     * @return the future response; invalid arguments complete it exceptionally
     */
    public CompletableFuture<ApiResponse<List<Connection>>> listAsync(@Nullable RequestOptions options) {
      return async(() -> Endpoints.listConnections(), options);
    }

    /**
     * Fetches a connection ({@code GET /v1/connections/{connectionId}}).
     *
     * @param connectionId the connection's id
     * @return the response
     */
    public ApiResponse<Connection> get(String connectionId) {
      return get(connectionId, null);
    }

    /**
     * Fetches a connection ({@code GET /v1/connections/{connectionId}}).
     *
     * @param connectionId the connection's id
     * @param options per-call options; null for none
     * @return the response
     */
    public ApiResponse<Connection> get(String connectionId, @Nullable RequestOptions options) {
      return caller(options).execute(Endpoints.getConnection(id(connectionId)));
    }

    /**
     * Fetches a connection ({@code GET /v1/connections/{connectionId}}). Asynchronous.
     *
     * @param connectionId the connection's id
     * @param options per-call options; null for none
     * @return the future response; invalid arguments complete it exceptionally
     */
    public CompletableFuture<ApiResponse<Connection>> getAsync(String connectionId, @Nullable RequestOptions options) {
      return async(() -> Endpoints.getConnection(id(connectionId)), options);
    }

    /**
     * Deletes a connection ({@code DELETE /v1/connections/{connectionId}}).
     *
     * @param connectionId the connection's id
     * @return the response
     */
    public ApiResponse<Void> delete(String connectionId) {
      return delete(connectionId, null);
    }

    /**
     * Deletes a connection ({@code DELETE /v1/connections/{connectionId}}).
     *
     * @param connectionId the connection's id
     * @param options per-call options; null for none
     * @return the response
     */
    public ApiResponse<Void> delete(String connectionId, @Nullable RequestOptions options) {
      return caller(options).execute(Endpoints.deleteConnection(id(connectionId)));
    }

    /**
     * Deletes a connection ({@code DELETE /v1/connections/{connectionId}}). Asynchronous.
     *
     * @param connectionId the connection's id
     * @param options per-call options; null for none
     * @return the future response; invalid arguments complete it exceptionally
     */
    public CompletableFuture<ApiResponse<Void>> deleteAsync(String connectionId, @Nullable RequestOptions options) {
      return async(() -> Endpoints.deleteConnection(id(connectionId)), options);
    }

    /**
     * Starts the connect flow ({@code POST /v1/connections/connect}): send the user to the returned URL.
     *
     * @param params integration type, categories, redirect URL...
     * @return the response
     */
    public ApiResponse<ConnectResponse> connect(ConnectParams params) {
      return connect(params, null);
    }

    /**
     * Starts the connect flow ({@code POST /v1/connections/connect}): send the user to the returned URL.
     *
     * @param params integration type, categories, redirect URL...
     * @param options per-call options; null for none
     * @return the response
     */
    public ApiResponse<ConnectResponse> connect(ConnectParams params, @Nullable RequestOptions options) {
      return caller(options).execute(Endpoints.connect(body(params)));
    }

    /**
     * Starts the connect flow ({@code POST /v1/connections/connect}): send the user to the returned URL. Asynchronous.
     *
     * @param params integration type, categories, redirect URL...
     * @param options per-call options; null for none
     * @return the future response; invalid arguments complete it exceptionally
     */
    public CompletableFuture<ApiResponse<ConnectResponse>> connectAsync(ConnectParams params, @Nullable RequestOptions options) {
      return async(() -> Endpoints.connect(body(params)), options);
    }

    /**
     * Completes the connect flow after the user came back ({@code POST /v1/connections/{connectionId}/callback}).
     *
     * @param connectionId the connection's id from {@link #connect}
     * @return the response
     */
    public ApiResponse<Connection> complete(String connectionId) {
      return complete(connectionId, null);
    }

    /**
     * Completes the connect flow after the user came back ({@code POST /v1/connections/{connectionId}/callback}).
     *
     * @param connectionId the connection's id from {@link #connect}
     * @param options per-call options; null for none
     * @return the response
     */
    public ApiResponse<Connection> complete(String connectionId, @Nullable RequestOptions options) {
      return caller(options).execute(Endpoints.callback(id(connectionId)));
    }

    /**
     * Completes the connect flow after the user came back ({@code POST /v1/connections/{connectionId}/callback}). Asynchronous.
     *
     * @param connectionId the connection's id from {@link #connect}
     * @param options per-call options; null for none
     * @return the future response; invalid arguments complete it exceptionally
     */
    public CompletableFuture<ApiResponse<Connection>> completeAsync(String connectionId, @Nullable RequestOptions options) {
      return async(() -> Endpoints.callback(id(connectionId)), options);
    }
  }
}
