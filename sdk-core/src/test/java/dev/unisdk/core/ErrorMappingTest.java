package dev.unisdk.core;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.BadRequestException;
import dev.unisdk.core.errors.ConflictException;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.ForbiddenException;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.errors.MethodNotAllowedException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.PaymentRequiredException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.core.errors.TimeoutException;
import dev.unisdk.core.errors.UnauthorizedException;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.core.errors.UnprocessableEntityException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
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

class ErrorMappingTest {
  private static final String APIDECK_ERROR = "{\"status_code\":%d,\"error\":\"Some Error\","
      + "\"type_name\":\"EntityNotFoundError\",\"message\":\"Unknown contact\","
      + "\"detail\":{\"id\":\"c_404\"},\"ref\":\"https://developers.apideck.com/errors#x\"}";

  private final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private Transport transport;

  @BeforeEach
  void start() throws Exception {
    server.start();
    transport = Transport.builder()
        .options(TestServers.options(server, sleeper).retryPolicy(RetryPolicy.none()).build())
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    server.shutdown();
  }

  private static ApiRequest get() {
    return ApiRequest.builder("GET").pathSegments("crm", "contacts", "c_404").build();
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(402, PaymentRequiredException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(405, MethodNotAllowedException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(418, ApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void mapsEachStatusToItsExceptionWithRequestIdAndBody(int status, Class<? extends ApiException> type) {
    String body = String.format(APIDECK_ERROR, status);
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Request-Id", "req_" + status)
        .setBody(body));
    ApiException e = catchThrowableOfType(
        () -> transport.execute(get(), ResponseDecoder.discard()), ApiException.class);
    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).isEqualTo("req_" + status);
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.header("request-id")).isEqualTo("req_" + status);
    assertThat(e.errorBody().type()).isEqualTo("EntityNotFoundError");
    assertThat(e.errorBody().message()).isEqualTo("Unknown contact");
    assertThat(e.errorBody().detail().get("id").asText()).isEqualTo("c_404");
    assertThat(e.errorBody().ref()).isEqualTo("https://developers.apideck.com/errors#x");
    assertThat(e).hasMessage(status + " EntityNotFoundError: Unknown contact (request id req_" + status + ")");
  }

  @Test
  void readsTheRequestIdFromXRequestIdToo() {
    server.enqueue(new MockResponse().setResponseCode(404).setHeader("X-Request-Id", "xr_1").setBody("{}"));
    NotFoundException e = catchThrowableOfType(
        () -> transport.execute(get(), ResponseDecoder.discard()), NotFoundException.class);
    assertThat(e.requestId()).isEqualTo("xr_1");
    assertThat(e).hasMessage("404: request failed (request id xr_1)");
  }

  @Test
  void keepsANonJsonErrorBodyRawWithoutAParsedBody() {
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad gateway</html>"));
    ServerException e = catchThrowableOfType(
        () -> transport.execute(get(), ResponseDecoder.discard()), ServerException.class);
    assertThat(e.errorBody()).isNull();
    assertThat(e.body()).isEqualTo("<html>Bad gateway</html>");
    assertThat(e).hasMessage("502: server error");
  }

  @Test
  void rateLimitExceptionCarriesRetryAfter() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7").setBody("{}"));
    RateLimitException e = catchThrowableOfType(
        () -> transport.execute(get(), ResponseDecoder.discard()), RateLimitException.class);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  /** A model with a typed field, to check decode failures name the field. */
  public static final class Thing {
    public OffsetDateTime when;
  }

  /** A list envelope. */
  public static final class Things {
    public List<Thing> data;
  }

  @Test
  void undecodableSuccessBodyBecomesInvalidResponseNamingTheFieldAndKeepingTheBody() {
    String body = "{\"data\":[{\"when\":\"2024-01-02T03:04:05Z\"},{\"when\":\"yesterday-ish\"}]}";
    server.enqueue(new MockResponse().setHeader("Request-Id", "req_bad").setBody(body));
    InvalidResponseException e = catchThrowableOfType(
        () -> transport.execute(get(), ResponseDecoder.json(Things.class)), InvalidResponseException.class);
    assertThat(e.field()).isEqualTo("data[1].when");
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e).hasMessageContaining("data[1].when").hasMessageContaining("req_bad");
  }

  @Test
  void malformedJsonBecomesInvalidResponse() {
    server.enqueue(new MockResponse().setBody("{\"data\": ["));
    InvalidResponseException e = catchThrowableOfType(
        () -> transport.execute(get(), ResponseDecoder.json(Things.class)), InvalidResponseException.class);
    assertThat(e.body()).isEqualTo("{\"data\": [");
  }

  @Test
  void decodesAValidBody() {
    server.enqueue(new MockResponse().setBody("{\"data\":[{\"when\":\"2024-01-02T03:04:05+02:00\"}]}"));
    Things t = transport.execute(get(), ResponseDecoder.json(Things.class)).value();
    assertThat(t.data.get(0).when).isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05+02:00"));
  }

  @Test
  void aDecoderThrowingAnUnisdkExceptionIsPassedThrough() {
    server.enqueue(new MockResponse().setBody("{\"status\":500,\"info\":\"boom\"}"));
    UnisdkException own = new UnisdkException("provider says no");
    assertThatThrownBy(() -> transport.execute(get(), r -> {
      throw own;
    })).isSameAs(own);
  }

  @Test
  void refusedConnectionBecomesConnectionException() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (Transport t = transport.withOptions(b -> b.baseUrl("http://127.0.0.1:" + port + "/"))) {
      assertThatThrownBy(() -> t.execute(get(), ResponseDecoder.discard()))
          .isExactlyInstanceOf(ConnectionException.class)
          .hasMessageContaining("GET http://127.0.0.1:" + port + "/crm/contacts/c_404");
    }
  }

  @Test
  void readTimeoutBecomesTimeoutException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (Transport t = transport.withOptions(b -> b.readTimeout(Duration.ofMillis(200)))) {
      assertThatThrownBy(() -> t.execute(get(), ResponseDecoder.discard()))
          .isInstanceOf(TimeoutException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void perRequestTimeoutAppliesToOneCallAndIsNotRetried() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (Transport t = transport.withOptions(b -> b.retryPolicy(RetryPolicy.defaults()))) {
      ApiRequest r = get().toBuilder()
          .options(RequestOptions.builder().timeout(Duration.ofMillis(200)).build()).build();
      long start = System.nanoTime();
      assertThatThrownBy(() -> t.execute(r, ResponseDecoder.discard())).isInstanceOf(TimeoutException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1800));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }
}
