package dev.unisdk.unificationengine;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.unificationengine.internal.Endpoint;
import dev.unisdk.unificationengine.internal.Rpc;
import dev.unisdk.unificationengine.internal.Wire;
import dev.unisdk.unificationengine.model.UeAddress;
import dev.unisdk.unificationengine.model.internal.ListAddressesRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The addresses reachable through a user's connection ({@code address/list}), authenticated with the
 * user's key and secret. Immutable and thread-safe; get it from {@link UserSession#addresses()}.
 */
public final class AddressesService {
  private final Rpc rpc;

  AddressesService(Rpc rpc) {
    this.rpc = rpc;
  }

  /**
   * Lists the addresses of a connection ({@code POST /v2/address/list}). The document's example sends
   * the connection {@code name}, its parameter table a {@code uri}; the body carries both:
   * {@code {"name":NAME,"uri":"unified://NAME"}}.
   *
   * @param connectionName the connection name
   * @return the addresses (connector, name, address, user image, type)
   * @throws dev.unisdk.core.errors.ValidationException when the name is blank
   * @throws ConnectionNotFoundException when the user has no such connection
   */
  public List<UeAddress> list(String connectionName) {
    return list(connectionName, null);
  }

  /**
   * Lists the addresses of a connection ({@code POST /v2/address/list}). The document's example sends
   * the connection {@code name}, its parameter table a {@code uri}; the body carries both:
   * {@code {"name":NAME,"uri":"unified://NAME"}}.
   *
   * @param connectionName the connection name
   * @param options per-call options; null for none
   * @return the addresses (connector, name, address, user image, type)
   * @throws dev.unisdk.core.errors.ValidationException when the name is blank
   * @throws ConnectionNotFoundException when the user has no such connection
   */
  public List<UeAddress> list(String connectionName, @Nullable RequestOptions options) {
    return withRawResponse().list(connectionName, options).value();
  }

  /**
   * Lists the addresses of a connection without blocking.
   *
   * @param connectionName the connection name
   * @return the future addresses
   */
  public CompletableFuture<List<UeAddress>> listAsync(String connectionName) {
    return listAsync(connectionName, null);
  }

  /**
   * Lists the addresses of a connection without blocking.
   *
   * @param connectionName the connection name
   * @param options per-call options; null for none
   * @return the future addresses
   */
  public CompletableFuture<List<UeAddress>> listAsync(String connectionName, @Nullable RequestOptions options) {
    return Rpc.map(rpc.executeAsync(Endpoint.ADDRESS_LIST, body(connectionName), options,
        Wire.LIST_ADDRESSES, (m, r) -> m.addresses()), ApiResponse::value);
  }

  /**
   * Returns a view of this service whose calls return the value with the HTTP status and headers.
   *
   * @return the raw-response view
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  private static ListAddressesRequest body(String connectionName) {
    String name = ConnectorUri.checkConnectionName(connectionName, "connectionName");
    return ListAddressesRequest.builder().name(name).uri(ConnectorUri.unified(name).value()).build();
  }

  /** {@link AddressesService} calls that return the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Lists the addresses of a connection.
     *
     * @param connectionName the connection name
     * @return the addresses, with the response
     */
    public ApiResponse<List<UeAddress>> list(String connectionName) {
      return list(connectionName, null);
    }

    /**
     * Lists the addresses of a connection.
     *
     * @param connectionName the connection name
     * @param options per-call options; null for none
     * @return the addresses, with the response
     */
    public ApiResponse<List<UeAddress>> list(String connectionName, @Nullable RequestOptions options) {
      return rpc.execute(Endpoint.ADDRESS_LIST, body(connectionName), options, Wire.LIST_ADDRESSES,
          (m, r) -> m.addresses());
    }
  }
}
