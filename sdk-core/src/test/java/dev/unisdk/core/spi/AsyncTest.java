package dev.unisdk.core.spi;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RecordingSleeper;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.Sleeper;
import dev.unisdk.core.TestServers;


import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.ServerException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncTest {
  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private Transport transport;

  @BeforeEach
  void start() throws Exception {
    server.start();
    transport = TestServers.transport(server, sleeper);
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    server.shutdown();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET").pathSegments("things", "1").build();
  }

  @Test
  void completesWithTheDecodedValue() throws Exception {
    server.enqueue(new MockResponse().setHeader("Request-Id", "a1").setBody("{\"id\":\"t1\"}"));
    ApiResponse<Map> r = transport.executeAsync(get(), ResponseDecoder.json(Map.class)).get(2, TimeUnit.SECONDS);
    assertThat(r.value()).containsEntry("id", "t1");
    assertThat(r.requestId()).isEqualTo("a1");
  }

  @Test
  void failsWithTheTypedApiException() {
    server.enqueue(new MockResponse().setResponseCode(404).setHeader("Request-Id", "a2").setBody("{}"));
    CompletableFuture<ApiResponse<Void>> f = transport.executeAsync(get(), ResponseDecoder.discard());
    assertThat(f).failsWithin(2, TimeUnit.SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(NotFoundException.class)
        .withMessageContaining("request id a2");
  }

  @Test
  void aSleeperThatThrowsFailsTheFutureAsTheBlockingCallDoesInsteadOfLeavingItPending() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    Sleeper broken = d -> {
      throw new IllegalStateException("no sleeping here");
    };
    try (Transport t = transport.withOptions(b -> b.sleeper(broken))) {
      CompletableFuture<ApiResponse<Void>> f = t.executeAsync(get(), ResponseDecoder.discard());
      assertThat(f).failsWithin(2, TimeUnit.SECONDS)
          .withThrowableOfType(ExecutionException.class)
          .havingCause()
          .isInstanceOf(IllegalStateException.class)
          .withMessage("no sleeping here");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesWaitingOnTheRetrySchedulerNeverOnAnOkHttpThread() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2").setBody("{}"));
    server.enqueue(new MockResponse().setBody("{\"ok\":true}"));
    ApiResponse<Map> r = transport.executeAsync(get(), ResponseDecoder.json(Map.class)).get(10, TimeUnit.SECONDS);
    assertThat(r.value()).containsEntry("ok", true);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(2));
    assertThat(sleeper.threads).allSatisfy(name -> assertThat(name).startsWith("unisdk-retry"));
  }

  @Test
  void retriesWithTheRealSchedulerWhenNoSleeperIsInjected() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(502).setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport t = transport.withOptions(b -> b.sleeper(Sleeper.system())
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).jitter(false).build()))) {
      assertThat(t.executeAsync(get(), ResponseDecoder.discard()).get(2, TimeUnit.SECONDS).statusCode())
          .isEqualTo(200);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void givesUpAfterMaxRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
    }
    assertThat(transport.executeAsync(get(), ResponseDecoder.discard()))
        .failsWithin(2, TimeUnit.SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<ApiResponse<Void>> f = transport.executeAsync(get(), ResponseDecoder.discard());
    server.takeRequest(2, TimeUnit.SECONDS);
    assertThat(transport.httpClient().dispatcher().runningCallsCount()).isEqualTo(1);
    f.cancel(true);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (transport.httpClient().dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(transport.httpClient().dispatcher().runningCallsCount()).isZero();
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void cancellingDuringARetryWaitSendsNoFurtherRequest() throws Exception {
    java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch woke = new java.util.concurrent.CountDownLatch(1);
    Sleeper blocking = d -> {
      waiting.countDown();
      try {
        release.await(2, TimeUnit.SECONDS);
      } finally {
        // cancelling interrupts the wait (the scheduler thread is freed at once)
        woke.countDown();
      }
    };
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport t = transport.withOptions(b -> b.sleeper(blocking))) {
      CompletableFuture<ApiResponse<Void>> f = t.executeAsync(get(), ResponseDecoder.discard());
      assertThat(waiting.await(2, TimeUnit.SECONDS)).isTrue();
      f.cancel(true);
      release.countDown();
      assertThat(woke.await(2, TimeUnit.SECONDS)).isTrue();
      // the retry scheduler is one thread: once this no-op ran, the woken retry task has finished
      dev.unisdk.core.internal.RetryScheduler.get().submit(() -> { }).get(2, TimeUnit.SECONDS);
      assertThat(f).isCancelled();
      // a wrongly enqueued retry would run to completion (the server has a 200 queued) before idle
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      while (t.httpClient().dispatcher().runningCallsCount() + t.httpClient().dispatcher().queuedCallsCount() > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(t.httpClient().dispatcher().runningCallsCount()).isZero();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void invalidRequestFailsTheFutureInsteadOfThrowing() {
    assertThat(transport.executeAsync(null, ResponseDecoder.discard()))
        .isCompletedExceptionally();
  }
}
