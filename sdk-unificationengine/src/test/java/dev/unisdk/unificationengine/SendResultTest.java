package dev.unisdk.unificationengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** message/send: partial success is returned; every connection failing is thrown. */
class SendResultTest {
  private final UeServer ue = new UeServer();

  @AfterEach
  void close() {
    ue.close();
  }

  private SendResult send(String answer) {
    ue.enqueueOk(answer);
    return ue.me().messages().send(EndpointWireTest.docMessage());
  }

  @Test
  void partialSuccessIsReturnedWithEachConnectionsStatus() {
    SendResult r = send("{\"status\":200,\"info\":\"OK\",\"Status\":{"
        + "\"fb\":{\"status\":200,\"info\":\"OK\"},"
        + "\"tw\":{\"status\":415,\"info\":\"Feature not supported by connector\"}},"
        + "\"URIs\":[\"facebook://facebook.com/123\"]}");
    assertThat(r.isPartialSuccess()).isTrue();
    assertThat(r.isSuccess()).isFalse();
    assertThat(r.succeededConnections()).containsExactly("fb");
    assertThat(r.failedConnections()).containsExactly("tw");
    assertThat(r.succeeded("fb")).isTrue();
    assertThat(r.succeeded("tw")).isFalse();
    assertThat(r.statusFor("tw").status()).isEqualTo(415);
    assertThat(r.statusFor("tw").info()).isEqualTo("Feature not supported by connector");
    assertThat(r.statusFor("unknown")).isNull();
    assertThat(r.uris()).containsExactly("facebook://facebook.com/123");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.toString()).contains("succeeded=[fb]").contains("failed=[tw]");
  }

  @Test
  void partialSuccessUnderAFailedOverallStatusIsReturnedWithThatStatus() {
    SendResult r = send("{\"status\":411,\"info\":\"Connection not found\",\"Status\":{"
        + "\"fb\":{\"status\":200,\"info\":\"OK\"},"
        + "\"tw\":{\"status\":411,\"info\":\"Connection not found\"}},"
        + "\"URIs\":[\"facebook://facebook.com/7\"]}");
    assertThat(r.isPartialSuccess()).isTrue();
    assertThat(r.status()).isEqualTo(411);
    assertThat(r.info()).isEqualTo("Connection not found");
  }

  @Test
  void perConnectionSuccessMayBeReportedAs200OkInfoOnly() {
    SendResult r = send("{\"status\":200,\"info\":\"200 OK\",\"Status\":{\"fb\":{\"info\":\"200 OK\"},"
        + "\"tw\":{\"status\":200,\"info\":\"OK\"}}}");
    assertThat(r.isSuccess()).isTrue();
    assertThat(r.succeededConnections()).containsExactly("fb", "tw");
    assertThat(r.uris()).isEmpty();
  }

  @Test
  void answerWithoutPerConnectionResultsIsASuccess() {
    SendResult r = send("{\"status\":200,\"info\":\"OK\"}");
    assertThat(r.isSuccess()).isTrue();
    assertThat(r.isPartialSuccess()).isFalse();
    assertThat(r.statuses()).isEmpty();
  }

  @Test
  void everyConnectionFailingIsThrownWithTheResultAndTheCommonCode() {
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"Status\":{"
        + "\"fb\":{\"status\":411,\"info\":\"Connection not found\"},"
        + "\"tw\":{\"status\":411,\"info\":\"Connection not found\"}}}");
    Throwable t = catchThrowable(() -> ue.me().messages().send(EndpointWireTest.docMessage()));
    assertThat(t).isExactlyInstanceOf(MessageNotSentException.class);
    MessageNotSentException e = (MessageNotSentException) t;
    assertThat(e.code()).isEqualTo(411);
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.result().failedConnections()).containsExactly("fb", "tw");
    assertThat(e.info()).contains("fb 411 Connection not found").contains("tw 411");
  }

  @Test
  void everyConnectionFailingWithDifferentCodesReportsTheFirstCode() {
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"Status\":{"
        + "\"fb\":{\"status\":415,\"info\":\"Feature not supported by connector\"},"
        + "\"tw\":{\"status\":411,\"info\":\"Connection not found\"}}}");
    Throwable t = catchThrowable(() -> ue.me().messages().sendAsync(EndpointWireTest.docMessage())
        .get(5, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class);
    MessageNotSentException e = (MessageNotSentException) t.getCause();
    assertThat(e.code()).isEqualTo(415);
    assertThat(e.result().statusFor("tw").status()).isEqualTo(411);
  }

  @Test
  void everyConnectionFailingWithTheFailureAsOverallStatusKeepsThePerConnectionResults() {
    ue.enqueueOk("{\"status\":1000,\"info\":\"Internal Error\",\"Status\":{"
        + "\"fb\":{\"status\":1000,\"info\":\"Internal Error\"}},\"URIs\":[]}");
    Throwable t = catchThrowable(() -> ue.me().messages().send(EndpointWireTest.docMessage()));
    assertThat(t).isExactlyInstanceOf(MessageNotSentException.class);
    MessageNotSentException e = (MessageNotSentException) t;
    assertThat(e.code()).isEqualTo(1000);
    assertThat(e.result().failedConnections()).containsExactly("fb");
    assertThat(e.result().succeededConnections()).isEmpty();
  }

  @Test
  void anOverallErrorWithoutPerConnectionResultsIsTheTypedException() {
    ue.enqueueOk("{\"status\":410,\"info\":\"No receivers specified\"}");
    assertThat(catchThrowable(() -> ue.me().messages().send(EndpointWireTest.docMessage())))
        .isExactlyInstanceOf(NoReceiversException.class);
  }
}
