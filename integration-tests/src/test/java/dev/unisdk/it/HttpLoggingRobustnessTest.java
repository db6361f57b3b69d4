package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Note;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.it.logging.CapturedLogs;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Logging at TRACE never changes the outcome of a call: bodies holding long JSON strings (a long note;
 * a full 1,600-character SMS is near the limit, depending on the thread's stack) are logged, redacted and
 * sent like any other.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HttpLoggingRobustnessTest {
  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(8).recordsPerResource(2));

  @Test
  void traceLoggingHandlesShortBodies(FakeServer server) {
    try (SmsClient sms = sms(server)) {
      CapturedLogs.start();
      String id = sms.messages().create(message("hello\nworld")).id();
      CapturedLogs.stop();
      assertThat(id).isNotBlank();
      assertThat(CapturedLogs.events()).anyMatch(e -> e.message().contains("body:") && e.message().contains("hello"));
    }
  }

  @Test
  void traceLoggingSurvivesALongStringInARequest(FakeServer server) {
    try (CrmClient crm = Clients.crm(Clients.options(server, new RecordingSleeper(), Duration.ofSeconds(5)),
        "logging")) {
      String content = "line of a long meeting note\n".repeat(110); // 3,080 characters
      String id = crm.notes().create(Note.builder().title("long").content(content).build()).id();
      assertThat(server.apideck().records("logging", "salesforce", "notes"))
          .anyMatch(n -> id.equals(n.path("id").asText()) && content.equals(n.path("content").asText()));
    }
  }

  @Test
  void traceLoggingSurvivesALongStringInAResponse(FakeServer server) {
    try (CrmClient crm = Clients.crm(Clients.options(server, new RecordingSleeper(), Duration.ofSeconds(5)),
        "logging")) {
      String content = "x".repeat(3000);
      String id = CapturedLogs.withoutTraceReturning(
          () -> crm.notes().create(Note.builder().title("long").content(content).build()).id());
      assertThat(crm.notes().get(id).content()).isEqualTo(content); // the response is logged at TRACE
    }
  }

  private static Message message(String body) {
    return Message.builder().from("+15017122661").to("+15017122662").body(body).type(MessageType.SMS).build();
  }

  private static SmsClient sms(FakeServer server) {
    return SmsClient.builder().apiKey(FakeServer.DEFAULT_APIDECK_API_KEY).appId(FakeServer.DEFAULT_APIDECK_APP_ID)
        .consumerId("logging").options(Clients.options(server, new RecordingSleeper(), Duration.ofSeconds(5)))
        .build();
  }
}
