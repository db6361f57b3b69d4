package dev.unisdk.core.spi;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.Sleeper;

import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.core.internal.RetryRules;
import dev.unisdk.core.internal.RetryScheduler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * One asynchronous request with its retries: each attempt is enqueued on OkHttp; waits between
 * attempts run on the shared retry scheduler, never on a dispatcher thread.
 */
final class AsyncExchange<T> implements Callback {
  private final Transport transport;
  private final PreparedRequest prepared;
  private final ResponseDecoder<T> decoder;
  private final CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
  private volatile Call current;
  private volatile Future<?> pending;
  private int retry;

  AsyncExchange(Transport transport, PreparedRequest prepared, ResponseDecoder<T> decoder) {
    this.transport = transport;
    this.prepared = prepared;
    this.decoder = decoder;
    future.whenComplete((value, error) -> {
      if (future.isCancelled()) {
        Future<?> p = pending;
        if (p != null) {
          p.cancel(false);
        }
        Call c = current;
        if (c != null) {
          c.cancel();
        }
      }
    });
  }

  CompletableFuture<ApiResponse<T>> future() {
    return future;
  }

  void start() {
    attempt();
  }

  private void attempt() {
    if (future.isDone()) {
      return;
    }
    try {
      Call call = transport.newCall(prepared);
      current = call;
      if (future.isCancelled()) {
        call.cancel();
        return;
      }
      call.enqueue(this);
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }

  @Override
  public void onFailure(Call call, IOException e) {
    if (future.isDone()) {
      return;
    }
    if (retry < prepared.maxRetries && !call.isCanceled() && RetryRules.retryableFailure(e, prepared.safe)) {
      retry++;
      schedule(transport.options().retryPolicy().delayFor(retry, null), e.toString());
      return;
    }
    future.completeExceptionally(ResponseReader.failure(e, prepared.description()));
  }

  @Override
  public void onResponse(Call call, Response response) {
    try {
      if (future.isDone()) {
        response.close();
        return;
      }
      if (retry < prepared.maxRetries && prepared.safe && RetryRules.retryableStatus(response.code())) {
        Duration delay = transport.retryDelay(retry + 1, response);
        response.close();
        retry++;
        schedule(delay, "status " + response.code());
        return;
      }
      byte[] body;
      try {
        body = ResponseReader.readBody(response);
      } catch (IOException e) {
        if (retry < prepared.maxRetries && prepared.safe && !call.isCanceled()
            && RetryRules.retryableFailure(e, true)) {
          retry++;
          schedule(transport.options().retryPolicy().delayFor(retry, null), e.toString());
          return;
        }
        future.completeExceptionally(
            ResponseReader.failure(e, ResponseReader.bodyFailureDescription(prepared.description())));
        return;
      }
      future.complete(ResponseReader.interpret(response, body, decoder, transport.options().clock()));
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    } catch (Error e) {
      future.completeExceptionally(e);
      throw e;
    }
  }

  private void schedule(Duration delay, String reason) {
    transport.logRetry(prepared, retry, delay, reason);
    Sleeper sleeper = transport.options().sleeper();
    try {
      if (sleeper == Sleeper.system()) {
        pending = RetryScheduler.get().schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
      } else {
        // a custom sleeper (a test seam) waits on the scheduler thread, never on an OkHttp thread
        pending = RetryScheduler.get().submit(() -> {
          try {
            sleeper.sleep(delay);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.completeExceptionally(
                new ConnectionException(
                    prepared.description() + " interrupted while waiting to retry", e));
            return;
          } catch (RuntimeException | Error e) {
            // as the blocking call would throw it; the executor would otherwise swallow it silently
            future.completeExceptionally(e);
            return;
          }
          attempt();
        });
      }
    } catch (RuntimeException e) {
      future.completeExceptionally(
          new UnisdkException(prepared.description() + " could not schedule a retry: " + e, e));
    }
    if (future.isCancelled()) {
      Future<?> p = pending;
      if (p != null) {
        p.cancel(false);
      }
    }
  }
}
