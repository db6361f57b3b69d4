package dev.unisdk.core.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Future helpers shared by the client modules. Internal.
 *
 * <p>{@link CompletableFuture#thenApply} does not pass a cancellation back to its source, so cancelling
 * a mapped future would leave the HTTP call running. {@link #map} links the two.
 */
public final class Futures {
  private Futures() {}

  /**
   * Maps a future's value; cancelling the returned future cancels the source (and with it the HTTP
   * call or pending retry), and failures arrive unwrapped from {@link CompletionException}.
   *
   * @param source the source future
   * @param mapper the mapping of a successful value
   * @param <S> the source type
   * @param <R> the result type
   * @return the mapped future
   */
  public static <S, R> CompletableFuture<R> map(
      CompletableFuture<S> source, Function<? super S, ? extends R> mapper) {
    return map(source, mapper, Futures::unwrap);
  }

  /**
   * Maps a future's value and its failure; cancelling the returned future cancels the source.
   *
   * @param source the source future
   * @param mapper the mapping of a successful value
   * @param failureMapper turns the (wrapped) failure into the one callers see
   * @param <S> the source type
   * @param <R> the result type
   * @return the mapped future
   */
  public static <S, R> CompletableFuture<R> map(
      CompletableFuture<S> source,
      Function<? super S, ? extends R> mapper,
      Function<Throwable, ? extends Throwable> failureMapper) {
    CompletableFuture<R> out = new CompletableFuture<>();
    source.whenComplete((value, error) -> {
      if (error != null) {
        out.completeExceptionally(failureMapper.apply(error));
        return;
      }
      try {
        out.complete(mapper.apply(value));
      } catch (RuntimeException | Error e) {
        // an Error too: it would otherwise vanish into whenComplete's stage and leave out pending forever
        out.completeExceptionally(e);
      }
    });
    out.whenComplete((value, error) -> {
      if (out.isCancelled()) {
        source.cancel(true);
      }
    });
    return out;
  }

  /**
   * Returns a future already failed with the given error (async calls report argument errors this way).
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

  /**
   * Strips {@link CompletionException} and {@link ExecutionException} wrappers.
   *
   * @param error a failure as a future reports it
   * @return the underlying cause
   */
  public static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
