package dev.unisdk.core.spi;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.Sleeper;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.core.internal.RetryScheduler;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The async driver of one {@link Operation}: each send is enqueued on OkHttp; waits between attempts
 * run on the shared retry scheduler, never on a dispatcher thread. Whatever is thrown at any step (an
 * {@link Error} too: OutOfMemoryError, StackOverflowError, a throwing {@link Sleeper}) completes the
 * future; it is never left pending.
 */
final class AsyncExchange<T> implements Callback {
  private final Transport transport;
  private final Operation<T> op;
  private final CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
  private volatile Call current;
  private volatile Future<?> pending;

  AsyncExchange(Transport transport, Operation<T> op) {
    this.transport = transport;
    this.op = op;
    future.whenComplete((value, error) -> {
      if (future.isCancelled()) {
        Future<?> p = pending;
        if (p != null) {
          p.cancel(true);
        }
        Call c = current;
        if (c != null) {
          c.cancel();
        }
        op.end(error instanceof CancellationException ? error : new CancellationException());
      }
    });
  }

  CompletableFuture<ApiResponse<T>> future() {
    return future;
  }

  void start() {
    try {
      send(op.firstAttempt());
    } catch (Throwable t) {
      finish(t);
    }
  }

  private void send(Request request) {
    if (future.isDone()) {
      return;
    }
    Call call = transport.newCall(request, op.timeout());
    current = call;
    if (future.isCancelled()) {
      call.cancel();
      return;
    }
    call.enqueue(this);
  }

  @Override
  public void onFailure(Call call, IOException e) {
    if (future.isDone()) {
      return;
    }
    try {
      proceed(op.onFailure(e, call));
    } catch (Throwable t) {
      finish(t);
    }
  }

  @Override
  public void onResponse(Call call, Response response) {
    if (future.isDone()) {
      response.close();
      return;
    }
    try {
      proceed(op.onResponse(response, call));
    } catch (Throwable t) {
      // an Error too: OkHttp would rethrow it on its thread and the future would stay pending
      response.close();
      finish(t);
    }
  }

  private void proceed(Operation.Step step) {
    switch (step) {
      case SEND:
        send(op.next());
        return;
      case WAIT:
        schedule(op.delay());
        return;
      default:
        Throwable failure = op.failure();
        if (failure != null) {
          finish(failure);
        } else {
          op.end(null);
          future.complete(op.result());
        }
    }
  }

  private void finish(Throwable failure) {
    op.end(failure);
    future.completeExceptionally(failure);
  }

  private void nextAttempt() {
    try {
      send(op.nextAttempt());
    } catch (Throwable t) {
      finish(t);
    }
  }

  private void schedule(Duration delay) {
    Sleeper sleeper = transport.options().sleeper();
    try {
      if (sleeper == Sleeper.system()) {
        pending = RetryScheduler.get().schedule(this::nextAttempt, delay.toMillis(), TimeUnit.MILLISECONDS);
      } else {
        // a custom sleeper (a test seam) waits on the scheduler thread, never on an OkHttp thread
        pending = RetryScheduler.get().submit(() -> {
          try {
            sleeper.sleep(delay);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(new ConnectionException(op.description() + " interrupted while waiting to retry", e));
            return;
          } catch (Throwable e) {
            // as the blocking call would throw it; the executor would otherwise swallow it silently
            finish(e);
            return;
          }
          nextAttempt();
        });
      }
    } catch (RuntimeException e) {
      finish(new UnisdkException(op.description() + " could not schedule a retry: " + e, e));
    }
    if (future.isCancelled()) {
      Future<?> p = pending;
      if (p != null) {
        p.cancel(true);
      }
    }
  }
}
