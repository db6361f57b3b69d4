package dev.unisdk.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.it.support.RecordingSleeper;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SDK owns every retry: at most 1 + maxRetries sends, whatever the server says. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileRetryTest {
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MockWebServer server = new MockWebServer();
  private CrmClient crm;

  @BeforeEach
  void start() throws Exception {
    server.start();
    crm = Hostile.crm(Hostile.options(server.url("/").toString(), sleeper, 2).build());
  }

  @AfterEach
  void stop() throws Exception {
    crm.close();
    server.shutdown();
  }

  private void enqueueMany(MockResponse response, int count) {
    for (int i = 0; i < count; i++) {
      server.enqueue(response);
    }
  }

  @Test
  void a503WithRetryAfterZeroIsSentAtMostThreeTimesWithTwoRetries() {
    enqueueMany(new MockResponse().setResponseCode(503).setHeader("Retry-After", "0"), 10);

    assertThatThrownBy(() -> crm.contacts().get("c1"))
        .isInstanceOfSatisfying(ServerException.class,
            e -> assertThat(e.header("Retry-After")).as("the server's value, as sent").isEqualTo("0"));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.delays()).containsExactly(Duration.ZERO, Duration.ZERO);
  }

  @Test
  void aBare408IsNotReplayedByTheHttpLayer() {
    enqueueMany(new MockResponse().setResponseCode(408), 10);
    try (CrmClient noRetries = Hostile.crm(Hostile.options(server.url("/").toString(), sleeper, 0).build())) {
      assertThatThrownBy(() -> noRetries.contacts().get("c1")).isInstanceOf(ApiException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aStalledBodyOfAGetIsRetriedWithinTheBudgetOnly() throws Exception {
    enqueueMany(new MockResponse().setBody(Hostile.ONE_CONTACT)
        .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY), 10);
    assertThatThrownBy(() -> crm.contacts().get("c1")).isInstanceOf(dev.unisdk.core.errors.UnisdkException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest(name = "Retry-After: {0}")
  @ValueSource(strings = {"99999999999", "-5", "garbage", "1e9", "NaN", "0x10", "  ", "9.9.9",
      "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 32 Foo 2026 99:99:99 GMT", "2147483648", "00000000000000000000000001"})
  void anyRetryAfterIsHandledWithoutAParsingException(String value) {
    enqueueMany(new MockResponse().setResponseCode(503).setHeader("Retry-After", value), 10);

    assertThatThrownBy(() -> crm.contacts().get("c1")).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isBetween(1, 3);
    for (Duration d : sleeper.delays()) {
      assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }
  }

  @Test
  void aThousandDigitRetryAfterFailsAtOnceInsteadOfWaiting() {
    StringBuilder digits = new StringBuilder("9");
    for (int i = 0; i < 999; i++) {
      digits.append('9');
    }
    enqueueMany(new MockResponse().setResponseCode(429).setHeader("Retry-After", digits.toString()), 5);

    assertThatThrownBy(() -> crm.contacts().get("c1")).isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void aRetryAfterLongerThanMaxRetryAfterFailsInsteadOfWaiting() {
    enqueueMany(new MockResponse().setResponseCode(429).setHeader("Retry-After", "86400"), 5);

    assertThatThrownBy(() -> crm.contacts().get("c1"))
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofDays(1)));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.delays()).isEmpty();
  }

  @Test
  void aRetryAfterWithinMaxRetryAfterIsWaitedFor() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
    server.enqueue(new MockResponse().setBody(Hostile.ONE_CONTACT));

    assertThat(crm.contacts().get("c1").id()).isEqualTo("c1");
    assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(7));
  }
}
