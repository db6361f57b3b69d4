package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.unisdk.fakeserver.ApideckAdmin;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApideckAdminTest {
  private final FakeCalls calls = new FakeCalls(4);
  private final ApideckAdmin admin = new ApideckAdmin(calls.fake);

  @Test
  void exposesCredentials() {
    assertThat(admin.apiKey()).isEqualTo(FakeCalls.KEY);
    assertThat(admin.appId()).isEqualTo(FakeCalls.APP);
    assertThat(calls.fake.settings().toString()).doesNotContain(FakeCalls.KEY);
  }

  @Test
  void recordsShowWhatTheApiStoredPerConsumerAndService() {
    String id = calls.post("/crm/contacts", "{\"name\":\"Grace Hopper\"}").data().get("id").asText();

    List<JsonNode> records = admin.records("consumer-a", "salesforce", "contacts");

    assertThat(records).hasSize(5);
    assertThat(records.get(4).get("id").asText()).isEqualTo(id);
    assertThat(records.get(4).get("name").asText()).isEqualTo("Grace Hopper");
    assertThat(admin.records("consumer-a", "hubspot", "contacts")).hasSize(4);
    assertThatThrownBy(() -> admin.records("c", "s", "invoices")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void seedAddsRecordsTheApiServes() {
    List<String> ids = admin.seed("consumer-a", "twilio", "messages", 3);

    assertThat(ids).hasSize(3);
    for (String id : ids) {
      FakeCalls.Answer a = calls.get("/sms/messages/" + id);
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.data().get("body").asText()).isNotBlank();
    }
    assertThat(calls.allIds("/sms/messages", "", 3)).hasSize(7);
  }

  @Test
  void webhookUrlRegisteredThroughAdminReceivesSignedEvents() throws Exception {
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    receiver.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    try {
      admin.webhookUrl("http://localhost:" + receiver.getAddress().getPort() + "/apideck");
      calls.post("/crm/notes", "{\"title\":\"hello\"}");

      assertThat(admin.awaitDeliveredWebhooks(1, Duration.ofSeconds(10))).isTrue();
      ApideckAdmin.DeliveredWebhook d = admin.deliveredWebhooks().get(0);
      assertThat(d.eventType()).isEqualTo("crm.note.created");
      assertThat(d.statusCode()).isEqualTo(204);
      assertThat(d.signature()).isEqualTo(CanonicalJson.sign(admin.apiKey(), d.body()));
      assertThat(d.idempotencyKey()).isNotBlank();
    } finally {
      calls.fake.close();
      receiver.stop(0);
    }
  }
}
