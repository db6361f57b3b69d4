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
 * dev.unisdk.core.errors.ValidationException}.
 */
public final class ConnectionsService {
  private final Caller caller;

  ConnectionsService(Caller caller) {
    this.caller = caller;
  }

  /**
   * Returns a view of this service whose calls use extra options.
   *
   * @param options the options; they win over the client's
   * @return the view
   */
  public ConnectionsService withOptions(RequestOptions options) {
    return new ConnectionsService(caller.withOptions(options));
  }

  /**
   * Returns a view whose calls return the response (status, headers) with the value.
   *
   * @return the view
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /**
   * Lists your active connections ({@code GET /v1/integrations/connections}).
   *
   * @return the connections
   */
  public List<Connection> list() {
    return withRawResponse().list().value();
  }

  /**
   * Lists your active connections asynchronously.
   *
   * @return the future connections
   */
  public CompletableFuture<List<Connection>> listAsync() {
    return caller.executeValueAsync(Endpoints.listConnections());
  }

  /**
   * Retrieves a connection ({@code GET /v1/integrations/connections/{connectionId}}).
   *
   * @param connectionId the connection's id
   * @return the connection
   * @throws dev.unisdk.core.errors.NotFoundException when there is no such connection
   */
  public Connection get(String connectionId) {
    return withRawResponse().get(connectionId).value();
  }

  /**
   * Retrieves a connection asynchronously.
   *
   * @param connectionId the connection's id
   * @return the future connection
   */
  public CompletableFuture<Connection> getAsync(String connectionId) {
    return async(() -> Endpoints.getConnection(id(connectionId)));
  }

  /**
   * Removes a connection ({@code DELETE /v1/integrations/connections/{connectionId}}).
   *
   * @param connectionId the connection's id
   */
  public void delete(String connectionId) {
    withRawResponse().delete(connectionId);
  }

  /**
   * Removes a connection asynchronously.
   *
   * @param connectionId the connection's id
   * @return a future completed when the connection is removed
   */
  public CompletableFuture<Void> deleteAsync(String connectionId) {
    return async(() -> Endpoints.deleteConnection(id(connectionId)));
  }

  /**
   * Starts the connection flow ({@code POST /v1/integrations/connect}): send the user to the
   * answer's {@link ConnectResponse#url()}, then finalize with {@link #complete(String)} and its
   * {@link ConnectResponse#connectionId()}.
   *
   * @param params what to connect
   * @return where to send the user, and the pending connection's id
   */
  public ConnectResponse connect(ConnectParams params) {
    return withRawResponse().connect(params).value();
  }

  /**
   * Starts the connection flow asynchronously.
   *
   * @param params what to connect
   * @return the future answer
   */
  public CompletableFuture<ConnectResponse> connectAsync(ConnectParams params) {
    return async(() -> Endpoints.connect(body(params)));
  }

  /**
   * Finalizes a connection after the user authorized it ({@code POST /v1/integrations/callback}).
   *
   * @param connectionId the {@code connection_id} returned by {@link #connect(ConnectParams)}
   * @return the connection
   */
  public Connection complete(String connectionId) {
    return withRawResponse().complete(connectionId).value();
  }

  /**
   * Finalizes a connection asynchronously.
   *
   * @param connectionId the {@code connection_id} returned by {@link #connect(ConnectParams)}
   * @return the future connection
   */
  public CompletableFuture<Connection> completeAsync(String connectionId) {
    return async(() -> Endpoints.callback(id(connectionId)));
  }

  private static String id(String connectionId) {
    return Segments.require(connectionId, "connectionId");
  }

  private static ConnectRequest body(ConnectParams params) {
    return Checks.notNull(params, "params").toRequestBody();
  }

  private <T> CompletableFuture<T> async(
      Supplier<Endpoint<T>> endpoint) {
    Endpoint<T> e;
    try {
      e = endpoint.get();
    } catch (RuntimeException invalid) {
      return Caller.failed(invalid);
    }
    return caller.executeValueAsync(e);
  }

  /** The calls of {@link ConnectionsService}, returning the whole response. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Lists your active connections.
     *
     * @return the response with the connections
     */
    public ApiResponse<List<Connection>> list() {
      return caller.execute(Endpoints.listConnections());
    }

    /**
     * Retrieves a connection.
     *
     * @param connectionId the connection's id
     * @return the response with the connection
     */
    public ApiResponse<Connection> get(String connectionId) {
      return caller.execute(Endpoints.getConnection(id(connectionId)));
    }

    /**
     * Removes a connection.
     *
     * @param connectionId the connection's id
     * @return the response (no value)
     */
    public ApiResponse<Void> delete(String connectionId) {
      return caller.execute(Endpoints.deleteConnection(id(connectionId)));
    }

    /**
     * Starts the connection flow.
     *
     * @param params what to connect
     * @return the response with the answer
     */
    public ApiResponse<ConnectResponse> connect(ConnectParams params) {
      return caller.execute(Endpoints.connect(body(params)));
    }

    /**
     * Finalizes a connection.
     *
     * @param connectionId the pending connection's id
     * @return the response with the connection
     */
    public ApiResponse<Connection> complete(String connectionId) {
      return caller.execute(Endpoints.callback(id(connectionId)));
    }
  }
}
