package dev.unisdk.unificationengine;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.unificationengine.internal.Endpoint;
import dev.unisdk.unificationengine.internal.Invalid;
import dev.unisdk.unificationengine.internal.Rpc;
import dev.unisdk.unificationengine.internal.Wire;
import dev.unisdk.unificationengine.model.internal.AddConnectionRequest;
import dev.unisdk.unificationengine.model.ConnectionEntry;
import dev.unisdk.unificationengine.model.internal.ConnectionInfoRequest;
import dev.unisdk.unificationengine.model.ConnectionInfoResponse;
import dev.unisdk.unificationengine.model.ConnectorInfo;
import dev.unisdk.unificationengine.model.ListConnectionsResponse;
import dev.unisdk.unificationengine.model.internal.RefreshConnectionRequest;
import dev.unisdk.unificationengine.model.internal.RemoveConnectionRequest;
import dev.unisdk.unificationengine.model.StatusResponse;
import dev.unisdk.unificationengine.model.internal.TestConnectionRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A user's connections ({@code connection/test|add|info|refresh|remove|list}), authenticated with the
 * user's key and secret. A connection is added under a name and later addressed as {@code unified://NAME}.
 * Immutable and thread-safe; get it from {@link UserSession#connections()}.
 */
public final class ConnectionsService {
  private final Rpc rpc;

  ConnectionsService(Rpc rpc) {
    this.rpc = rpc;
  }

  /**
   * Returns a view of this service whose calls return the value with the HTTP status and headers.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /**
   * Tests a connection URI without adding it ({@code POST /v2/connection/test}, body {@code {"uri":...}}).
   *
   * @param uri the connection URI, e.g. {@code ConnectorUri.of("facebook", token)}
   * @throws ValidationException when the URI is null
   * @throws ConnectorNotFoundException when no connector handles the URI's scheme
   */
  public void test(ConnectorUri uri) {
    test(uri, null);
  }

  /**
   * Tests a connection URI without adding it ({@code POST /v2/connection/test}, body {@code {"uri":...}}).
   *
   * @param uri the connection URI, e.g. {@code ConnectorUri.of("facebook", token)}
   * @throws ValidationException when the URI is null
   * @throws ConnectorNotFoundException when no connector handles the URI's scheme
   * @param options per-call options; null for none
   */
  public void test(ConnectorUri uri, @Nullable RequestOptions options) {
    withRawResponse().test(uri, options);
  }

  /**
   * Tests a connection URI without blocking.
   *
   * @param uri the connection URI
   * @return a future completed when the test passed
   */
  public CompletableFuture<Void> testAsync(ConnectorUri uri) {
    return testAsync(uri, null);
  }

  /**
   * Tests a connection URI without blocking.
   *
   * @param uri the connection URI
   * @param options per-call options; null for none
   * @return a future completed when the test passed
   */
  public CompletableFuture<Void> testAsync(ConnectorUri uri, @Nullable RequestOptions options) {
    return done(rpc.executeAsync(Endpoint.CONNECTION_TEST, testBody(uri), options, Wire.STATUS, (m, r) -> m));
  }

  /**
   * Adds a connection under a name ({@code POST /v2/connection/add}, body {@code {"uri":...,"name":...}}).
   *
   * @param name the connection name, not blank; the connection is then {@code unified://NAME}
   * @param uri the connector URI with its access token, e.g. {@code ConnectorUri.of("facebook", token)};
   *     not a {@code unified://} URI
   * @throws ValidationException when an argument is invalid
   * @throws ConnectorNotFoundException when no connector handles the URI's scheme
   */
  public void add(String name, ConnectorUri uri) {
    add(name, uri, null);
  }

  /**
   * Adds a connection under a name ({@code POST /v2/connection/add}, body {@code {"uri":...,"name":...}}).
   *
   * @param name the connection name, not blank; the connection is then {@code unified://NAME}
   * @param uri the connector URI with its access token, e.g. {@code ConnectorUri.of("facebook", token)};
   *     not a {@code unified://} URI
   * @throws ValidationException when an argument is invalid
   * @throws ConnectorNotFoundException when no connector handles the URI's scheme
   * @param options per-call options; null for none
   */
  public void add(String name, ConnectorUri uri, @Nullable RequestOptions options) {
    withRawResponse().add(name, uri, options);
  }

  /**
   * Adds a connection without blocking.
   *
   * @param name the connection name
   * @param uri the connector URI
   * @return a future completed when the connection is added
   */
  public CompletableFuture<Void> addAsync(String name, ConnectorUri uri) {
    return addAsync(name, uri, null);
  }

  /**
   * Adds a connection without blocking.
   *
   * @param name the connection name
   * @param uri the connector URI
   * @param options per-call options; null for none
   * @return a future completed when the connection is added
   */
  public CompletableFuture<Void> addAsync(String name, ConnectorUri uri, @Nullable RequestOptions options) {
    return done(rpc.executeAsync(Endpoint.CONNECTION_ADD, addBody(name, uri), options, Wire.STATUS, (m, r) -> m));
  }

  /**
   * Returns the accounts behind a connection ({@code POST /v2/connection/info}, body
   * {@code {"uri":"unified://NAME"}}).
   *
   * @param name the connection name
   * @return the connector infos (connector, display name, login name, user image)
   * @throws ConnectionNotFoundException when the user has no such connection
   */
  public List<ConnectorInfo> info(String name) {
    return info(name, null);
  }

  /**
   * Returns the accounts behind a connection ({@code POST /v2/connection/info}, body
   * {@code {"uri":"unified://NAME"}}).
   *
   * @param name the connection name
   * @param options per-call options; null for none
   * @return the connector infos (connector, display name, login name, user image)
   * @throws ConnectionNotFoundException when the user has no such connection
   */
  public List<ConnectorInfo> info(String name, @Nullable RequestOptions options) {
    return withRawResponse().info(name, options).value();
  }

  /**
   * Returns the accounts behind a connection without blocking.
   *
   * @param name the connection name
   * @return the future connector infos
   */
  public CompletableFuture<List<ConnectorInfo>> infoAsync(String name) {
    return infoAsync(name, null);
  }

  /**
   * Returns the accounts behind a connection without blocking.
   *
   * @param name the connection name
   * @param options per-call options; null for none
   * @return the future connector infos
   */
  public CompletableFuture<List<ConnectorInfo>> infoAsync(String name, @Nullable RequestOptions options) {
    return Rpc.map(rpc.executeAsync(Endpoint.CONNECTION_INFO, infoBody(name), options,
        Wire.CONNECTION_INFO, (m, r) -> m.connectors()), ApiResponse::value);
  }

  /**
   * Refreshes a connection ({@code POST /v2/connection/refresh}, body {@code {"uri":"unified://NAME"}}).
   *
   * @param name the connection name
   * @throws ConnectionNotFoundException when the user has no such connection
   */
  public void refresh(String name) {
    refresh(name, null);
  }

  /**
   * Refreshes a connection ({@code POST /v2/connection/refresh}, body {@code {"uri":"unified://NAME"}}).
   *
   * @param name the connection name
   * @throws ConnectionNotFoundException when the user has no such connection
   * @param options per-call options; null for none
   */
  public void refresh(String name, @Nullable RequestOptions options) {
    withRawResponse().refresh(name, options);
  }

  /**
   * Refreshes a connection without blocking.
   *
   * @param name the connection name
   * @return a future completed when the connection is refreshed
   */
  public CompletableFuture<Void> refreshAsync(String name) {
    return refreshAsync(name, null);
  }

  /**
   * Refreshes a connection without blocking.
   *
   * @param name the connection name
   * @param options per-call options; null for none
   * @return a future completed when the connection is refreshed
   */
  public CompletableFuture<Void> refreshAsync(String name, @Nullable RequestOptions options) {
    return done(rpc.executeAsync(Endpoint.CONNECTION_REFRESH, refreshBody(name), options, Wire.STATUS, (m, r) -> m));
  }

  /**
   * Removes a connection ({@code POST /v2/connection/remove}, body {@code {"name":NAME}}).
   *
   * @param name the connection name
   * @throws ConnectionNotFoundException when the user has no such connection
   */
  public void remove(String name) {
    remove(name, null);
  }

  /**
   * Removes a connection ({@code POST /v2/connection/remove}, body {@code {"name":NAME}}).
   *
   * @param name the connection name
   * @throws ConnectionNotFoundException when the user has no such connection
   * @param options per-call options; null for none
   */
  public void remove(String name, @Nullable RequestOptions options) {
    withRawResponse().remove(name, options);
  }

  /**
   * Removes a connection without blocking.
   *
   * @param name the connection name
   * @return a future completed when the connection is removed
   */
  public CompletableFuture<Void> removeAsync(String name) {
    return removeAsync(name, null);
  }

  /**
   * Removes a connection without blocking.
   *
   * @param name the connection name
   * @param options per-call options; null for none
   * @return a future completed when the connection is removed
   */
  public CompletableFuture<Void> removeAsync(String name, @Nullable RequestOptions options) {
    return done(rpc.executeAsync(Endpoint.CONNECTION_REMOVE, removeBody(name), options, Wire.STATUS, (m, r) -> m));
  }

  /**
   * Lists the user's connections ({@code POST /v2/connection/list}, body {@code {}}).
   *
   * @return the connections, in the service's order
   */
  public List<UeConnection> list() {
    return list(null);
  }

  /**
   * Lists the user's connections ({@code POST /v2/connection/list}, body {@code {}}).
   *
   * @param options per-call options; null for none
   * @return the connections, in the service's order
   */
  public List<UeConnection> list(@Nullable RequestOptions options) {
    return withRawResponse().list(options).value();
  }

  /**
   * Lists the user's connections without blocking.
   *
   * @return the future connections
   */
  public CompletableFuture<List<UeConnection>> listAsync() {
    return listAsync(null);
  }

  /**
   * Lists the user's connections without blocking.
   *
   * @param options per-call options; null for none
   * @return the future connections
   */
  public CompletableFuture<List<UeConnection>> listAsync(@Nullable RequestOptions options) {
    return Rpc.map(rpc.executeAsync(Endpoint.CONNECTION_LIST, null, options, Wire.LIST_CONNECTIONS,
        ConnectionsService::connections), ApiResponse::value);
  }

  private static CompletableFuture<Void> done(CompletableFuture<ApiResponse<StatusResponse>> f) {
    return Rpc.map(f, r -> (Void) null);
  }

  private static TestConnectionRequest testBody(ConnectorUri uri) {
    Checks.notNull(uri, "uri");
    return TestConnectionRequest.builder().uri(uri.value()).build();
  }

  private static AddConnectionRequest addBody(String name, ConnectorUri uri) {
    ConnectorUri.checkConnectionName(name, "name");
    Checks.notNull(uri, "uri");
    if (uri.isUnified()) {
      throw new ValidationException(
          "uri", "must be a connector URI (CONNECTOR://ACCESS_TOKEN@HOST), not unified://");
    }
    return AddConnectionRequest.builder().uri(uri.value()).name(name).build();
  }

  private static ConnectionInfoRequest infoBody(String name) {
    return ConnectionInfoRequest.builder().uri(ConnectorUri.unified(name).value()).build();
  }

  private static RefreshConnectionRequest refreshBody(String name) {
    return RefreshConnectionRequest.builder().uri(ConnectorUri.unified(name).value()).build();
  }

  private static RemoveConnectionRequest removeBody(String name) {
    return RemoveConnectionRequest.builder().name(ConnectorUri.checkConnectionName(name, "name")).build();
  }

  static List<UeConnection> connections(ListConnectionsResponse body, RawResponse raw) {
    Map<String, ConnectionEntry> entries = body.connections();
    List<UeConnection> result = new ArrayList<>(entries.size());
    for (Map.Entry<String, ConnectionEntry> e : entries.entrySet()) {
      ConnectionEntry entry = e.getValue();
      String uri = entry == null ? null : entry.uri();
      ConnectorUri parsed = null;
      if (uri != null) {
        try {
          parsed = ConnectorUri.parse(uri);
        } catch (ValidationException bad) {
          throw Invalid.response(raw, "connections." + e.getKey() + ".uri", "not a connection URI");
        }
      }
      result.add(new UeConnection(e.getKey(), parsed));
    }
    return Collections.unmodifiableList(result);
  }

  /** {@link ConnectionsService} calls that return the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Tests a connection URI.
     *
     * @param uri the connection URI
     * @return the status body, with the response
     */
    public ApiResponse<StatusResponse> test(ConnectorUri uri) {
      return test(uri, null);
    }

    /**
     * Tests a connection URI.
     *
     * @param uri the connection URI
     * @param options per-call options; null for none
     * @return the status body, with the response
     */
    public ApiResponse<StatusResponse> test(ConnectorUri uri, @Nullable RequestOptions options) {
      return rpc.execute(Endpoint.CONNECTION_TEST, testBody(uri), options, Wire.STATUS, (m, r) -> m);
    }

    /**
     * Adds a connection.
     *
     * @param name the connection name
     * @param uri the connector URI
     * @return the status body, with the response
     */
    public ApiResponse<StatusResponse> add(String name, ConnectorUri uri) {
      return add(name, uri, null);
    }

    /**
     * Adds a connection.
     *
     * @param name the connection name
     * @param uri the connector URI
     * @param options per-call options; null for none
     * @return the status body, with the response
     */
    public ApiResponse<StatusResponse> add(String name, ConnectorUri uri, @Nullable RequestOptions options) {
      return rpc.execute(Endpoint.CONNECTION_ADD, addBody(name, uri), options, Wire.STATUS, (m, r) -> m);
    }

    /**
     * Returns the accounts behind a connection.
     *
     * @param name the connection name
     * @return the connector infos, with the response
     */
    public ApiResponse<List<ConnectorInfo>> info(String name) {
      return info(name, null);
    }

    /**
     * Returns the accounts behind a connection.
     *
     * @param name the connection name
     * @param options per-call options; null for none
     * @return the connector infos, with the response
     */
    public ApiResponse<List<ConnectorInfo>> info(String name, @Nullable RequestOptions options) {
      return rpc.execute(Endpoint.CONNECTION_INFO, infoBody(name), options, Wire.CONNECTION_INFO,
          (ConnectionInfoResponse m, RawResponse r) -> m.connectors());
    }

    /**
     * Refreshes a connection.
     *
     * @param name the connection name
     * @return the status body, with the response
     */
    public ApiResponse<StatusResponse> refresh(String name) {
      return refresh(name, null);
    }

    /**
     * Refreshes a connection.
     *
     * @param name the connection name
     * @param options per-call options; null for none
     * @return the status body, with the response
     */
    public ApiResponse<StatusResponse> refresh(String name, @Nullable RequestOptions options) {
      return rpc.execute(Endpoint.CONNECTION_REFRESH, refreshBody(name), options, Wire.STATUS, (m, r) -> m);
    }

    /**
     * Removes a connection.
     *
     * @param name the connection name
     * @return the status body, with the response
     */
    public ApiResponse<StatusResponse> remove(String name) {
      return remove(name, null);
    }

    /**
     * Removes a connection.
     *
     * @param name the connection name
     * @param options per-call options; null for none
     * @return the status body, with the response
     */
    public ApiResponse<StatusResponse> remove(String name, @Nullable RequestOptions options) {
      return rpc.execute(Endpoint.CONNECTION_REMOVE, removeBody(name), options, Wire.STATUS, (m, r) -> m);
    }

    /**
     * Lists the user's connections.
     *
     * @return the connections, with the response
     */
    public ApiResponse<List<UeConnection>> list() {
      return list(null);
    }

    /**
     * Lists the user's connections.
     *
     * @param options per-call options; null for none
     * @return the connections, with the response
     */
    public ApiResponse<List<UeConnection>> list(@Nullable RequestOptions options) {
      return rpc.execute(Endpoint.CONNECTION_LIST, null, options, Wire.LIST_CONNECTIONS,
          ConnectionsService::connections);
    }
  }
}
