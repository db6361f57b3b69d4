package dev.unisdk.unificationengine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.errors.ApiException;
import dev.unisdk.unificationengine.ConnectionNotFoundException;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class RpcTest {

  @Test
  void cancellingTheMappedFutureCancelsTheSource() {
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Rpc.map(source, String::length);
    assertThat(mapped.cancel(true)).isTrue();
    assertThat(source.isCancelled()).isTrue();
  }

  @Test
  void mappedFutureCarriesTheValueOrTheTranslatedFailure() {
    CompletableFuture<String> ok = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Rpc.map(ok, String::length);
    ok.complete("abcd");
    assertThat(mapped.join()).isEqualTo(4);

    CompletableFuture<String> failed = new CompletableFuture<>();
    CompletableFuture<Integer> mappedFailure = Rpc.map(failed, String::length);
    failed.completeExceptionally(new CompletionException(new ApiException(
        411, Collections.<String, java.util.List<String>>emptyMap(), "{\"status\":411,\"info\":\"gone\"}")));
    assertThat(mappedFailure).isCompletedExceptionally();
    assertThat(mappedFailure.handle((v, t) -> t).join())
        .isInstanceOf(ConnectionNotFoundException.class);
  }
}
