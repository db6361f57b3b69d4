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

/**
 * The addresses reachable through a user's connection ({@code address/list}), authenticated with the
 * user's key and secret. Immutable and thread-safe; get it from {@link UserSession#addresses()}.
 */
public final class AddressesService {
  private final Rpc rpc;
  private final RequestOptions options;

  AddressesService(Rpc rpc, RequestOptions options) {
    this.rpc = rpc;
    this.options = options;
  }

  /**
   * Returns a copy of this service that applies per-call options (timeout, retries, headers).
   *
   * @param options the options
   * @return the configured service
   */
  public AddressesService withOptions(RequestOptions options) {
    return new AddressesService(rpc, Checks.notNull(options, "options"));
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
    return withRawResponse().list(connectionName).value();
  }

  /**
   * Lists the addresses of a connection without blocking.
   *
   * @param connectionName the connection name
   * @return the future addresses
   */
  public CompletableFuture<List<UeAddress>> listAsync(String connectionName) {
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
      return rpc.execute(Endpoint.ADDRESS_LIST, body(connectionName), options, Wire.LIST_ADDRESSES,
          (m, r) -> m.addresses());
    }
  }
}
