package dev.unisdk.unificationengine;

import static dev.unisdk.unificationengine.UeServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.core.errors.UnauthorizedException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented code, delivered in the body with HTTP 200 and as the HTTP status. */
class ErrorMappingTest {
  private final UeServer ue = new UeServer();

  @AfterEach
  void close() {
    ue.close();
  }

  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of(410, NoReceiversException.class, "No receivers specified"),
        Arguments.of(411, ConnectionNotFoundException.class, "Connection not found"),
        Arguments.of(413, ConnectorNotFoundException.class, "Connector not found"),
        Arguments.of(414, UserNotFoundException.class, "User not found"),
        Arguments.of(415, FeatureNotSupportedException.class, "Feature not supported by connector"),
        Arguments.of(505, RequestErrorsException.class, "Request contains errors"),
        Arguments.of(1000, InternalErrorException.class, "Internal Error"));
  }

  private static String body(int code, String info) {
    return "{\"status\":" + code + ",\"info\":\"" + info + "\"}";
  }

  @ParameterizedTest(name = "{0} in body")
  @MethodSource("codes")
  void bodyStatusOnHttp200ThrowsTheTypedException(int code, Class<?> type, String info) {
    ue.enqueue(200, body(code, info));
    Throwable t = catchThrowable(() -> ue.me().connections().refresh("facebook"));
    assertThat(t).isExactlyInstanceOf(type).isInstanceOf(ApiException.class);
    UnificationEngineException e = (UnificationEngineException) t;
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.info()).isEqualTo(info);
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.requestId()).isEqualTo("req-200");
    assertThat(e.body()).isEqualTo(body(code, info));
    assertThat(e.getMessage()).contains(String.valueOf(code)).contains(info).contains("req-200");
  }

  @ParameterizedTest(name = "{0} as HTTP status")
  @MethodSource("codes")
  void httpErrorStatusThrowsTheSameTypedException(int code, Class<?> type, String info) {
    int http = code == 1000 ? 500 : code; // 1000 is no HTTP status: the service sends it with a 5xx
    ue.enqueue(http, body(code, info));
    Throwable t = catchThrowable(() -> ue.client.users().delete(UeUser.withoutSecret("k")));
    assertThat(t).isExactlyInstanceOf(type);
    UnificationEngineException e = (UnificationEngineException) t;
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.info()).isEqualTo(info);
    assertThat(e.statusCode()).isEqualTo(http);
    assertThat(e.requestId()).isEqualTo("req-" + http);
    assertThat(e.getCause()).isInstanceOf(ApiException.class);
  }

  @ParameterizedTest(name = "{0} as bare HTTP status")
  @MethodSource("codes")
  void httpStatusWithoutBodyUsesTheStatusAsCode(int code, Class<?> type, String info) {
    if (code == 1000) {
      return; // not an HTTP status
    }
    ue.enqueue(code, "");
    Throwable t = catchThrowable(() -> ue.me().messages().send(EndpointWireTest.docMessage()));
    assertThat(t).isExactlyInstanceOf(type);
    assertThat(((UnificationEngineException) t).code()).isEqualTo(code);
    assertThat(((UnificationEngineException) t).info()).isNull();
  }

  @ParameterizedTest(name = "{0} async")
  @MethodSource("codes")
  void asyncCallsFailWithTheTypedExceptionToo(int code, Class<?> type, String info) {
    ue.enqueue(200, body(code, info));
    Throwable t = catchThrowable(() -> ue.me().connections().listAsync().get(5, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class);
    assertThat(t.getCause()).isExactlyInstanceOf(type);
  }

  @Test
  void undocumentedBodyCodeFallsBackToTheGenericException() {
    ue.enqueue(200, body(412, "Something new"));
    Throwable t = catchThrowable(() -> ue.client.users().list());
    assertThat(t).isExactlyInstanceOf(UnificationEngineException.class);
    assertThat(((UnificationEngineException) t).code()).isEqualTo(412);
    assertThat(((UnificationEngineException) t).info()).isEqualTo("Something new");
  }

  @Test
  void httpErrorWhoseBodyCodeDiffersFromTheStatusIsAUnificationEngineError() {
    ue.enqueue(400, body(499, "Odd"));
    Throwable t = catchThrowable(() -> ue.client.users().create());
    assertThat(t).isExactlyInstanceOf(UnificationEngineException.class);
    assertThat(((UnificationEngineException) t).code()).isEqualTo(499);
    assertThat(((UnificationEngineException) t).statusCode()).isEqualTo(400);
  }

  @Test
  void plainHttpErrorsKeepCoreTypes() {
    ue.enqueue(401, body(401, "Unauthorized"));
    assertThatThrownBy(() -> ue.client.users().list()).isExactlyInstanceOf(UnauthorizedException.class);
    ue.enqueue(503, "");
    assertThatThrownBy(() -> ue.client.users().list()).isInstanceOf(ServerException.class)
        .isNotInstanceOf(UnificationEngineException.class);
    ue.server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    assertThatThrownBy(() -> ue.client.users().list()).isInstanceOf(RateLimitException.class);
  }

  @Test
  void numericTextStatusIsReadToo() {
    ue.enqueue(200, "{\"status\":\"411\",\"info\":\"Connection not found\"}");
    assertThatThrownBy(() -> ue.me().connections().info("x")).isInstanceOf(ConnectionNotFoundException.class);
  }

  @Test
  void errorBodyThatDoesNotFitTheSuccessModelStillMapsItsCode() {
    ue.enqueue(200, "{\"status\":414,\"info\":\"User not found\",\"users\":\"none\"}");
    assertThatThrownBy(() -> ue.client.users().list()).isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void infoMayReadOkOr200OkOnSuccess() {
    ue.enqueue(200, "{\"status\":200,\"info\":\"200 OK\"}");
    ue.me().connections().refresh("fb");
    ue.enqueue(200, "{\"info\":\"OK\"}");
    ue.me().connections().refresh("fb");
    ue.enqueue(200, "{\"info\":\"200 OK\"}");
    ue.me().connections().refresh("fb");
    assertThat(ue.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void infoWithACodeAndNoStatusIsAnError() {
    ue.enqueue(200, "{\"info\":\"411 Connection not found\"}");
    assertThatThrownBy(() -> ue.me().connections().refresh("fb"))
        .isInstanceOf(ConnectionNotFoundException.class);
  }

  @Test
  void sendAnswering411IsThrownAsConnectionNotFound() {
    ue.enqueue(200, fixture("messageSend.response.connectionNotFound.json"));
    assertThatThrownBy(() -> ue.me().messages().send(EndpointWireTest.docMessage()))
        .isExactlyInstanceOf(ConnectionNotFoundException.class);
  }

  @Test
  void nonJsonOrNullSuccessBodiesAreInvalidResponses() {
    ue.enqueue(200, "<html>oops</html>");
    assertThatThrownBy(() -> ue.client.users().list()).isInstanceOf(InvalidResponseException.class);
    ue.enqueue(200, "null");
    assertThatThrownBy(() -> ue.client.users().list()).isInstanceOf(InvalidResponseException.class);
    ue.enqueue(200, "[]");
    assertThatThrownBy(() -> ue.client.users().list()).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void malformedUserUrisInAnswersAreInvalidResponsesWithoutTheSecret() {
    ue.enqueue(200, "{\"status\":200,\"info\":\"OK\",\"uri\":\"user://key:TOPSECRET\"}");
    Throwable t = catchThrowable(() -> ue.client.users().create());
    assertThat(t).isInstanceOf(InvalidResponseException.class);
    assertThat(((InvalidResponseException) t).field()).isEqualTo("uri");
    assertThat(t.getMessage()).doesNotContain("TOPSECRET");

    ue.enqueue(200, "{\"status\":200,\"info\":\"OK\",\"uri\":\"user://key@\"}");
    assertThatThrownBy(() -> ue.client.users().create()).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("without a secret");

    ue.enqueue(200, "{\"status\":200,\"info\":\"OK\",\"users\":[{\"uri\":\"user://a@\"},{}]}");
    Throwable listed = catchThrowable(() -> ue.client.users().list());
    assertThat(((InvalidResponseException) listed).field()).isEqualTo("users[1].uri");
  }
}
