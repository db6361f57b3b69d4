package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Integration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-token rate limit (INDEX.md: 429 with {@code Retry-After}); the SDK waits as told and retries.
 * The client's {@code Sleeper} advances the fake server's clock instead of sleeping.
 */
class IntegrationsRateLimitContractTest {
  static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));

  @RegisterExtension
  static final FakeServerExtension FAKE =
      new FakeServerExtension(b -> b.integrationsRateLimitPerMinute(3).clock(CLOCK));

  private final List<Duration> slept = new CopyOnWriteArrayList<>();

  private ClientOptions.Builder options(FakeServer server) {
    return IntegrationsClient.optionsBuilder().baseUrl(server.integrationsBaseUrl()).sleeper(d -> {
      slept.add(d);
      CLOCK.advance(d);
    });
  }

  @Test
  void retriesA429AfterWaitingForRetryAfter(FakeServer server) {
    CLOCK.advance(Duration.ofMinutes(5)); // an empty window
    try (IntegrationsClient api = IntegrationsClient.builder().token(server.integrations().token())
        .options(options(server).build()).build()) {
      for (int i = 0; i < 3; i++) {
        api.integrations().list();
      }
      CLOCK.advance(Duration.ofSeconds(50));

      List<Integration> fourth = api.integrations().list();

      assertThat(fourth).isNotEmpty();
      assertThat(slept).as("waited as Retry-After said (oldest request leaves the window in 10 s)")
          .containsExactly(Duration.ofSeconds(10));
      assertThat(server.requests().count("integrations.list")).isEqualTo(5);
    }
  }

  @Test
  void without429RetriesTheRateLimitExceptionCarriesRetryAfter(FakeServer server) {
    CLOCK.advance(Duration.ofMinutes(5));
    try (IntegrationsClient api = IntegrationsClient.builder().token(server.integrations().token())
        .options(options(server).build()).retryPolicy(RetryPolicy.none()).build()) {
      for (int i = 0; i < 3; i++) {
        api.integrations().list();
      }
      CLOCK.advance(Duration.ofSeconds(20));

      RateLimitException e = catchThrowableOfType(() -> api.integrations().list(), RateLimitException.class);

      assertThat(e).isNotNull();
      assertThat(e.statusCode()).isEqualTo(429);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(40));
      RecordedRequest last = server.requests().last();
      assertThat(e.requestId()).isEqualTo(last.requestId());
      assertThat(slept).isEmpty();
    }
  }

  @Test
  void a429WithoutRetryAfterIsRetriedAfterAboutOneSecond(FakeServer server) {
    CLOCK.advance(Duration.ofMinutes(5));
    server.faults().add(Fault.status(429).times(1).forPathPrefix("/api/v1/integrations"));
    try (IntegrationsClient api = IntegrationsClient.builder().token(server.integrations().token())
        .options(options(server).build()).build()) {

      List<Integration> list = api.integrations().list();

      assertThat(list).isNotEmpty();
      assertThat(slept).hasSize(1);
      assertThat(slept.get(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(2000));
      assertThat(server.requests().count("integrations.list")).isEqualTo(2);
    }
  }
}
