package dev.unisdk.integrations.internal;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.Sleeper;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.MethodNotAllowedException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.internal.Futures;
import dev.unisdk.core.internal.RetryRules;
import dev.unisdk.core.internal.RetryScheduler;
import dev.unisdk.integrations.OperationNotAvailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link Endpoint}s through the core {@link Transport}, adding what the Integrations API needs
 * on top of it:
 *
 * <ul>
 *   <li>the client's default {@link RequestOptions}, merged under the request's own;
 *   <li>HTTP 405 becomes an {@link OperationNotAvailableException} naming the operation;
 *   <li>HTTP 429 is also retried for POST (connect, callback, passthrough). A 429 means the request
 *       was refused, so repeating it is safe. The transport already retries GET and DELETE itself
 *       (429, 5xx and network failures); POST gets no other retry here, because a 500 or a dropped
 *       connection may come after the third-party system did the work.
 * </ul>
 *
 * Waits use the policy of the client ({@code Retry-After} honoured and capped, else backoff) and its
 * {@link Sleeper}; async waits run on core's retry scheduler, never on an OkHttp thread. Internal.
 */
public final class Caller {
  private static final Logger LOG = LoggerFactory.getLogger(Caller.class);

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
    ApiRequest request = withDefaults(endpoint.request());
    int budget = extraRateLimitRetries(request);
    int retry = 0;
    while (true) {
      try {
        return transport.execute(request, endpoint.decoder());
      } catch (RateLimitException e) {
        if (retry >= budget) {
          throw e;
        }
        retry++;
        Duration delay = delay(retry, e);
        log(endpoint, retry, budget, delay);
        sleep(delay, endpoint);
      } catch (MethodNotAllowedException e) {
        throw notAvailable(e, endpoint);
      }
    }
  }

  /**
   * Sends an endpoint asynchronously.
   *
   * @param endpoint the endpoint
   * @param <T> the decoded type
   * @return the future response; cancelling it cancels the call and any pending retry
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(Endpoint<T> endpoint) {
    CompletableFuture<ApiResponse<T>> result = new CompletableFuture<>();
    ApiRequest request;
    try {
      request = withDefaults(endpoint.request());
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
    AtomicReference<Future<?>> current = new AtomicReference<>();
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        Future<?> f = current.get();
        if (f != null) {
          f.cancel(true);
        }
      }
    });
    attempt(endpoint, request, extraRateLimitRetries(request), 0, result, current);
    return result;
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

  private <T> void attempt(
      Endpoint<T> endpoint,
      ApiRequest request,
      int budget,
      int retry,
      CompletableFuture<ApiResponse<T>> result,
      AtomicReference<Future<?>> current) {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<ApiResponse<T>> call = transport.executeAsync(request, endpoint.decoder());
    current.set(call);
    if (result.isCancelled()) {
      call.cancel(true);
      return;
    }
    call.whenComplete((response, error) -> {
      if (error == null) {
        result.complete(response);
        return;
      }
      Throwable cause = unwrap(error);
      if (cause instanceof RateLimitException && retry < budget && !result.isDone()) {
        int next = retry + 1;
        Duration delay = delay(next, (RateLimitException) cause);
        log(endpoint, next, budget, delay);
        schedule(delay, endpoint, result, current,
            () -> attempt(endpoint, request, budget, next, result, current));
      } else if (cause instanceof MethodNotAllowedException) {
        result.completeExceptionally(notAvailable((MethodNotAllowedException) cause, endpoint));
      } else {
        result.completeExceptionally(cause);
      }
    });
  }

  private void schedule(
      Duration delay,
      Endpoint<?> endpoint,
      CompletableFuture<?> result,
      AtomicReference<Future<?>> current,
      Runnable next) {
    Sleeper sleeper = transport.options().sleeper();
    try {
      if (sleeper == Sleeper.system()) {
        current.set(RetryScheduler.get().schedule(next, delay.toMillis(), TimeUnit.MILLISECONDS));
      } else {
        // a custom sleeper (a test seam) waits on the scheduler thread, never on an OkHttp thread
        current.set(RetryScheduler.get().submit(() -> {
          try {
            sleeper.sleep(delay);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(interrupted(endpoint, e));
            return;
          }
          next.run();
        }));
      }
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
    if (result.isCancelled()) {
      current.get().cancel(true);
    }
  }

  private ApiRequest withDefaults(ApiRequest request) {
    if (defaults == RequestOptions.none()) {
      return request;
    }
    return request.toBuilder().options(RequestOptions.merge(defaults, request.options())).build();
  }

  /** Retries of a 429 done here: none when the transport already retries this request. */
  private int extraRateLimitRetries(ApiRequest request) {
    RequestOptions options = request.options();
    boolean transportRetries =
        RetryRules.idempotentMethod(request.method()) || options.idempotencyKey() != null;
    if (transportRetries) {
      return 0;
    }
    return options.maxRetries() != null
        ? options.maxRetries()
        : transport.options().retryPolicy().maxRetries();
  }

  private Duration delay(int retry, RateLimitException e) {
    return transport.options().retryPolicy().delayFor(retry, e.retryAfter());
  }

  private void sleep(Duration delay, Endpoint<?> endpoint) {
    try {
      transport.options().sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(endpoint, e);
    }
  }

  private static ConnectionException interrupted(Endpoint<?> endpoint, InterruptedException e) {
    return new ConnectionException(
        endpoint.operation() + " was interrupted while waiting to retry after HTTP 429", e);
  }

  private static void log(Endpoint<?> endpoint, int retry, int budget, Duration delay) {
    LOG.debug("Rate limited (HTTP 429) while {}; retrying in {} ms (retry {} of {})",
        endpoint.operation(), delay.toMillis(), retry, budget);
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

  private static Throwable unwrap(Throwable error) {
    return Futures.unwrap(error);
  }
}
