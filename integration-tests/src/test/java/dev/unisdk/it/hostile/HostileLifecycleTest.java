package dev.unisdk.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.Sleeper;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.PassthroughParams;
import dev.unisdk.it.support.RecordingSleeper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A closed client sends nothing; no Error anywhere in the pipeline leaves a future pending. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileLifecycleTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aClosedClientRefusesSyncAndAsyncCallsAndSendsNothing() {
    CrmClient crm = Hostile.crm(Hostile.options(server.url("/").toString(), sleeper, 2).build());
    CrmClient derived = crm.forConsumer("other");
    crm.close();

    assertThatThrownBy(() -> crm.contacts().get("c1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> crm.contacts().getAsync("c1").get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> derived.contacts().get("c1")).isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aClosedIntegrationsClientRefusesAsyncCalls() {
    IntegrationsClient api = Hostile.integrations(Hostile.options(server.url("/").toString(), sleeper, 2).build());
    api.close();
    assertThatThrownBy(() -> api.passthroughAsync("c", PassthroughParams.get("/x")).get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> api.connections().list()).isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anErrorThrownByTheDecoderCompletesTheFuture() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport t = Transport.builder()
        .options(Hostile.options(server.url("/").toString(), sleeper, 0).build()).build()) {
      CompletableFuture<ApiResponse<Object>> f = t.executeAsync(ApiRequest.builder("GET").pathSegments("x").build(),
          raw -> {
            throw new StackOverflowError("deep");
          });
      assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(StackOverflowError.class);
    }
  }

  @Test
  void aSleeperThrowingAnErrorDuringAnAsync429WaitCompletesTheFuture() throws Exception {
    // the Integrations client used to run its own async 429 loop that caught InterruptedException only
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    server.enqueue(new MockResponse().setBody("{}"));
    Sleeper throwing = d -> {
      throw new OutOfMemoryError("simulated");
    };
    try (IntegrationsClient api = Hostile.integrations(
        Hostile.options(server.url("/").toString(), sleeper, 2).sleeper(throwing).build())) {
      assertThatThrownBy(() -> api.passthroughAsync("c", PassthroughParams.get("/x")).get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(OutOfMemoryError.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSleeperThrowingAnErrorDuringAnAsyncCrmRetryCompletesTheFuture() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    Sleeper throwing = d -> {
      throw new StackOverflowError("simulated");
    };
    try (CrmClient crm = Hostile.crm(Hostile.options(server.url("/").toString(), sleeper, 2).sleeper(throwing).build())) {
      assertThatThrownBy(() -> crm.contacts().getAsync("c1").get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(StackOverflowError.class);
    }
  }

  @Test
  void aPostRefusedWith429IsRetriedByTheOnePipelineWithinItsBudget() throws Exception {
    for (int i = 0; i < 6; i++) {
      server.enqueue(new MockResponse().setResponseCode(429));
    }
    try (IntegrationsClient api = Hostile.integrations(
        Hostile.options(server.url("/").toString(), sleeper, 2).build())) {
      assertThatThrownBy(() -> api.passthrough("c", PassthroughParams.get("/x")))
          .isInstanceOf(RateLimitException.class);
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThatThrownBy(() -> api.passthroughAsync("c", PassthroughParams.get("/x")).get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(RateLimitException.class);
      assertThat(server.getRequestCount()).isEqualTo(6);
    }
  }
}
