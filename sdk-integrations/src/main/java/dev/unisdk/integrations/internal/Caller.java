package dev.unisdk.integrations.internal;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.spi.CallHooks;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.errors.MethodNotAllowedException;
import dev.unisdk.core.internal.Futures;
import dev.unisdk.integrations.OperationNotAvailableException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends {@link Endpoint}s through the core {@link Transport}'s one pipeline, with the Integrations
 * rules as {@link CallHooks}:
 *
 * <ul>
 *   <li>the client's default {@link RequestOptions}, merged under the request's own;
 *   <li>HTTP 405 becomes an {@link OperationNotAvailableException} naming the operation;
 *   <li>HTTP 429 is a refusal, so it is retried for POST too (connect, callback, passthrough). POST
 *       gets no other retry, because a 500 or a dropped connection may come after the third-party
 *       system did the work.
 * </ul>
 *
 * The retry budget, the waits ({@code Retry-After} honoured, else backoff), cancellation and the
 * listener events are the core pipeline's, the same for sync and async calls. Internal.
 */
public final class Caller {
  private final Transport transport;
  private final RequestOptions defaults;

  /**
   * Creates a caller.
   *
   * @param transport the transport
   * @param defaults options applied under every request's own
   */
  public Caller(Transport transport, RequestOptions defaults) {
    this.transport = transport;
    this.defaults = defaults == null ? RequestOptions.none() : defaults;
  }

  /**
   * Returns a caller with more default options ({@code options} wins).
   *
   * @param options the options to add
   * @return the new caller, sharing the transport
   */
  public Caller withOptions(RequestOptions options) {
    return new Caller(transport, RequestOptions.merge(defaults, options));
  }

  /**
   * Returns a caller on another transport with the same default options.
   *
   * @param other the transport
   * @return the new caller
   */
  public Caller withTransport(Transport other) {
    return new Caller(other, defaults);
  }

  /**
   * Returns the transport.
   *
   * @return the transport
   */
  public Transport transport() {
    return transport;
  }

  /**
   * Sends an endpoint in the calling thread.
   *
   * @param endpoint the endpoint
   * @param <T> the decoded type
   * @return the response
   */
  public <T> ApiResponse<T> execute(Endpoint<T> endpoint) {
    return transport.execute(withDefaults(endpoint.request()), endpoint.decoder(), new Hooks(endpoint));
  }

  /**
   * Sends an endpoint asynchronously.
   *
   * @param endpoint the endpoint
   * @param <T> the decoded type
   * @return the future response; cancelling it cancels the call and any pending retry
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(Endpoint<T> endpoint) {
    ApiRequest request;
    try {
      request = withDefaults(endpoint.request());
    } catch (RuntimeException e) {
      return failed(e);
    }
    return transport.executeAsync(request, endpoint.decoder(), new Hooks(endpoint));
  }

  /**
   * Sends an endpoint asynchronously and completes with the decoded value only.
   *
   * @param endpoint the endpoint
   * @param <T> the decoded type
   * @return the future value; cancelling it cancels the call and any pending retry
   */
  public <T> CompletableFuture<T> executeValueAsync(Endpoint<T> endpoint) {
    return map(executeAsync(endpoint), ApiResponse::value);
  }

  /**
   * Maps a future's value; cancelling the returned future cancels the source (and with it the HTTP
   * call), and failures arrive unwrapped.
   *
   * @param source the source future
   * @param mapper the mapping
   * @param <S> the source type
   * @param <R> the result type
   * @return the mapped future
   */
  public static <S, R> CompletableFuture<R> map(
      CompletableFuture<S> source, Function<? super S, ? extends R> mapper) {
    return Futures.map(source, mapper);
  }

  /**
   * Returns a future failed with an argument error (async calls never throw).
   *
   * @param error the failure
   * @param <T> the value type
   * @return the failed future
   */
  public static <T> CompletableFuture<T> failed(Throwable error) {
    CompletableFuture<T> f = new CompletableFuture<>();
    f.completeExceptionally(error);
    return f;
  }

  private ApiRequest withDefaults(ApiRequest request) {
    if (defaults == RequestOptions.none()) {
      return request;
    }
    return request.toBuilder().options(RequestOptions.merge(defaults, request.options())).build();
  }

  /** The Integrations rules for one endpoint. */
  private static final class Hooks implements CallHooks {
    private final Endpoint<?> endpoint;

    Hooks(Endpoint<?> endpoint) {
      this.endpoint = endpoint;
    }

    @Override
    public boolean refused(ApiRequest request, int status) {
      return status == 429;
    }

    @Override
    public RuntimeException mapError(ApiRequest request, RuntimeException error) {
      return error instanceof MethodNotAllowedException
          ? notAvailable((MethodNotAllowedException) error, endpoint)
          : error;
    }
  }

  private static OperationNotAvailableException notAvailable(
      MethodNotAllowedException e, Endpoint<?> endpoint) {
    if (e instanceof OperationNotAvailableException) {
      return (OperationNotAvailableException) e;
    }
    OperationNotAvailableException mapped =
        new OperationNotAvailableException(e.headers(), e.body(), endpoint.operation());
    mapped.initCause(e);
    return mapped;
  }
}
