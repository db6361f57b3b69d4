package dev.unisdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FuturesTest {
  @Test
  void cancellingTheMappedFutureCancelsTheSource() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Futures.map(source, String::length);
    mapped.cancel(true);
    assertThat(source).isCancelled();
  }

  @Test
  void mapsValuesAndUnwrapsFailures() throws Exception {
    CompletableFuture<String> ok = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Futures.map(ok, String::length);
    ok.complete("four");
    assertThat(mapped.get()).isEqualTo(4);

    CompletableFuture<String> bad = new CompletableFuture<>();
    CompletableFuture<Integer> failed = Futures.map(bad, String::length);
    IllegalStateException cause = new IllegalStateException("boom");
    bad.completeExceptionally(new CompletionException(cause));
    assertThat(failed).isCompletedExceptionally();
    try {
      failed.get();
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isSameAs(cause);
    }
  }

  @Test
  void aThrowingMapperFailsTheFuture() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Futures.map(source, s -> {
      throw new IllegalArgumentException("bad " + s);
    });
    source.complete("x");
    assertThat(mapped).isCompletedExceptionally();
  }

  @Test
  void aMapperThrowingAnErrorFailsTheFutureInsteadOfLeavingItPendingForever() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Futures.map(source, s -> {
      throw new NoClassDefFoundError("dev/example/Missing");
    });
    source.complete("x");
    assertThat(mapped).isCompletedExceptionally();
  }

  @Test
  void unwrapStripsNestedWrappers() {
    IllegalStateException root = new IllegalStateException();
    assertThat(Futures.unwrap(new CompletionException(new ExecutionException(root)))).isSameAs(root);
    assertThat(Futures.unwrap(root)).isSameAs(root);
  }
}
