package dev.unisdk.core;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.ServerException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  private static final int[] RETRYABLE = {408, 429, 500, 502, 503, 504};

  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private Transport transport;

  @BeforeEach
  void start() throws Exception {
    server.start();
    transport = Transport.builder()
        .options(TestServers.options(server, sleeper).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build())
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    server.shutdown();
  }

  private static ApiRequest request(String method, RequestOptions options) {
    ApiRequest.Builder b = ApiRequest.builder(method).pathSegments("things").options(options);
    if (method.equals("POST") || method.equals("PATCH") || method.equals("PUT")) {
      b.jsonBody(java.util.Collections.singletonMap("a", 1));
    }
    return b.build();
  }

  static Stream<Arguments> safeMethodsTimesRetryableStatuses() {
    List<Arguments> args = new ArrayList<>();
    for (String m : new String[] {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}) {
      for (int s : RETRYABLE) {
        args.add(Arguments.of(m, s));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} on {1} is retried")
  @MethodSource("safeMethodsTimesRetryableStatuses")
  void retriesSafeMethodsOnRetryableStatuses(String method, int status) throws Exception {
    MockResponse failure = new MockResponse().setResponseCode(status);
    if (status == 408) {
      // OkHttp itself replays a bare 408 once; with a Retry-After it leaves the decision to us
      failure.setHeader("Retry-After", "1");
    }
    server.enqueue(failure);
    server.enqueue(new MockResponse());
    ApiResponse<Void> r = transport.execute(request(method, RequestOptions.none()), ResponseDecoder.discard());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(status == 408 ? Duration.ofSeconds(1) : Duration.ofMillis(500));
  }

  static Stream<Arguments> unsafeMethodsTimesRetryableStatuses() {
    List<Arguments> args = new ArrayList<>();
    for (String m : new String[] {"POST", "PATCH"}) {
      for (int s : RETRYABLE) {
        args.add(Arguments.of(m, s));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} on {1} without idempotency key is not retried")
  @MethodSource("unsafeMethodsTimesRetryableStatuses")
  void doesNotRetryNonIdempotentRequestsWithoutAKey(String method, int status) {
    server.enqueue(new MockResponse().setResponseCode(status).setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    assertThatThrownBy(() -> transport.execute(request(method, RequestOptions.none()), ResponseDecoder.discard()))
        .isInstanceOf(ApiException.class)
        .extracting(e -> ((ApiException) e).statusCode())
        .isEqualTo(status);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void retriesPostOn500WhenItCarriesAnIdempotencyKeyResendingTheSameKeyAndBody() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    RequestOptions idem = RequestOptions.builder().idempotencyKey("idem-42").build();
    transport.execute(request("POST", idem), ResponseDecoder.discard());
    okhttp3.mockwebserver.RecordedRequest first = server.takeRequest();
    okhttp3.mockwebserver.RecordedRequest second = server.takeRequest();
    assertThat(first.getHeader("Idempotency-Key")).isEqualTo("idem-42");
    assertThat(second.getHeader("Idempotency-Key")).isEqualTo("idem-42");
    assertThat(second.getBody().readUtf8()).isEqualTo("{\"a\":1}");
  }

  @Test
  void retriesAPostDeclaredSafeToRetryOn503() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    ApiRequest readOnlyPost = ApiRequest.builder("POST").pathSegments("v2", "connection", "list")
        .jsonBody(java.util.Collections.emptyMap()).safeToRetry(true).build();
    transport.execute(readOnlyPost, ResponseDecoder.discard());
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{}");
    assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("{}");
  }

  @ParameterizedTest(name = "GET on {0} is not retried")
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501, 505})
  void doesNotRetryOtherStatuses(int status) {
    server.enqueue(new MockResponse().setResponseCode(status).setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    assertThatThrownBy(() -> transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard()))
        .isInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void givesUpAfterMaxRetriesWithExponentialBackoff() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(503).setHeader("Request-Id", "r" + i).setBody("{}"));
    }
    server.enqueue(new MockResponse().setBody("{}"));
    assertThatThrownBy(() -> transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard()))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("request id r2");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void retriesGetOn503HonouringRetryAfterSeconds() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "3").setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard());
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retriesGetOn429HonouringRetryAfterHttpDateAgainstTheInjectedClock() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(7).atZone(ZoneOffset.UTC));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", date).setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard());
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("retry-after-ms", "250")
        .setHeader("Retry-After", "9").setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard());
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void failsInsteadOfWaitingWhenRetryAfterExceedsTheConfiguredMaximum() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "3600").setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    assertThatThrownBy(() -> transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard()))
        .isInstanceOf(ServerException.class);
    assertThat(sleeper.sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void waitsForARetryAfterAtTheConfiguredMaximum() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "60").setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard());
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void perRequestMaxRetriesOverridesThePolicy() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    }
    assertThatThrownBy(() -> transport.execute(
        request("GET", RequestOptions.builder().maxRetries(0).build()), ResponseDecoder.discard()))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThatThrownBy(() -> transport.execute(
        request("GET", RequestOptions.builder().maxRetries(4).build()), ResponseDecoder.discard()))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void retriesEvenAPostWhenTheConnectionFailedBeforeSending() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (Transport t = transport.withOptions(b -> b.baseUrl("http://127.0.0.1:" + port))) {
      assertThatThrownBy(() -> t.execute(request("POST", RequestOptions.none()), ResponseDecoder.discard()))
          .isInstanceOf(ConnectionException.class);
    }
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void retriesAGetWhoseConnectionDroppedAfterSending() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("{}"));
    assertThat(transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard()).statusCode())
        .isEqualTo(200);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500));
  }

  private static MockResponse cutMidBody() {
    StringBuilder big = new StringBuilder("{\"data\":\"");
    for (int i = 0; i < 20_000; i++) {
      big.append('x');
    }
    return new MockResponse().setBody(big.append("\"}").toString())
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
  }

  @Test
  void retriesAGetWhoseResponseBodyWasCutOff() {
    server.enqueue(cutMidBody());
    server.enqueue(new MockResponse().setBody("{}"));
    assertThat(transport.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard()).statusCode())
        .isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void retriesAnAsyncGetWhoseResponseBodyWasCutOff() throws Exception {
    server.enqueue(cutMidBody());
    server.enqueue(new MockResponse().setBody("{}"));
    assertThat(transport.executeAsync(request("GET", RequestOptions.none()), ResponseDecoder.discard())
        .get(10, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void doesNotRetryAPostWhoseResponseBodyWasCutOff() {
    server.enqueue(cutMidBody());
    server.enqueue(new MockResponse().setBody("{}"));
    assertThatThrownBy(() -> transport.execute(request("POST", RequestOptions.none()), ResponseDecoder.discard()))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("reading the response body");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void doesNotRetryAPostWhoseRequestMayHaveBeenWritten() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("{}"));
    assertThatThrownBy(() -> transport.execute(request("POST", RequestOptions.none()), ResponseDecoder.discard()))
        .isInstanceOf(ConnectionException.class);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void retriesAGetAfterAReadTimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport t = transport.withOptions(b -> b.readTimeout(Duration.ofMillis(200)))) {
      assertThat(t.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard()).statusCode())
          .isEqualTo(200);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void doesNotRetryAPostAfterAReadTimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport t = transport.withOptions(b -> b.readTimeout(Duration.ofMillis(200)))) {
      assertThatThrownBy(() -> t.execute(request("POST", RequestOptions.none()), ResponseDecoder.discard()))
          .isInstanceOf(dev.unisdk.core.errors.TimeoutException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void retryPolicyNoneNeverRetries() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport t = transport.withOptions(b -> b.retryPolicy(RetryPolicy.none()))) {
      assertThatThrownBy(() -> t.execute(request("GET", RequestOptions.none()), ResponseDecoder.discard()))
          .isInstanceOf(ServerException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
