package dev.unisdk.unificationengine.internal;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.CallHooks;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.internal.Futures;
import java.io.IOException;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends one UnificationEngine call over a core {@link Transport}: always {@code POST /v2/GROUP/ACTION}
 * with a JSON object body ({@code {}} when there is nothing to send); checks the body status (in the
 * decoder, see {@link Wire}); maps errors delivered either way to the UnificationEngine exceptions
 * through the pipeline's {@link CallHooks}, for sync and async calls alike. Immutable and thread-safe; the
 * credential level is the transport's auth (app or user).
 */
public final class Rpc {
  private static final Object EMPTY_BODY = Collections.emptyMap();

  /** The UnificationEngine rules on the core pipeline: its error codes become its exceptions. */
  private static final CallHooks HOOKS = new CallHooks() {
    @Override
    public RuntimeException mapError(ApiRequest request, RuntimeException error) {
      return Failures.translate(error);
    }
  };

  private final Transport transport;

  /**
   * Creates a caller.
   *
   * @param transport the transport, already carrying the Basic auth of the right level
   */
  public Rpc(Transport transport) {
    this.transport = transport;
  }

  /**
   * Turns a decoded model into the value a service returns.
   *
   * @param <M> the wire model
   * @param <T> the returned value
   */
  @FunctionalInterface
  public interface Mapper<M, T> {
    /**
     * Maps the model.
     *
     * @param model the decoded body, never null
     * @param raw the response it came from
     * @return the value
     * @throws IOException when the body holds a value that cannot be mapped
     */
    T map(M model, RawResponse raw) throws IOException;
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
   * Sends a call and waits for the answer.
   *
   * @param endpoint the operation
   * @param body the request body model, or null for {@code {}}
   * @param options per-call options
   * @param wire the response body type
   * @param mapper maps the body to the returned value
   * @param <M> the body model type
   * @param <T> the returned value type
   * @return the value with the response's status and headers
   */
  public <M, T> ApiResponse<T> execute(
      Endpoint endpoint, Object body, RequestOptions options, Wire<M> wire, Mapper<M, T> mapper) {
    return transport.execute(request(endpoint, body, options), decoder(wire, mapper), HOOKS);
  }

  /**
   * Sends a call without blocking. Arguments are checked before this method returns; failures of the
   * call complete the future exceptionally with the same exceptions as {@link #execute}. Cancelling
   * the future cancels the call.
   *
   * @param endpoint the operation
   * @param body the request body model, or null for {@code {}}
   * @param options per-call options
   * @param wire the response body type
   * @param mapper maps the body to the returned value
   * @param <M> the body model type
   * @param <T> the returned value type
   * @return the future value with the response's status and headers
   */
  public <M, T> CompletableFuture<ApiResponse<T>> executeAsync(
      Endpoint endpoint, Object body, RequestOptions options, Wire<M> wire, Mapper<M, T> mapper) {
    return transport.executeAsync(request(endpoint, body, options), decoder(wire, mapper), HOOKS);
  }

  /**
   * Maps a future's value, keeping cancellation linked to the source.
   *
   * @param source the source future
   * @param fn the mapping
   * @param <A> the source type
   * @param <B> the result type
   * @return the mapped future
   */
  public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<A, B> fn) {
    return Futures.map(source, fn, Failures::translateAny);
  }

  private static ApiRequest request(Endpoint endpoint, Object body, RequestOptions options) {
    return ApiRequest.builder("POST")
        .pathSegments(endpoint.pathSegments())
        .jsonBody(body == null ? EMPTY_BODY : body)
        .options(options)
        .safeToRetry(endpoint.readOnly())
        .operation(endpoint.operationName())
        .urlTemplate(endpoint.urlTemplate())
        .build();
  }

  private static <M, T> ResponseDecoder<T> decoder(Wire<M> wire, Mapper<M, T> mapper) {
    return raw -> mapper.map(wire.read(raw), raw);
  }
}
