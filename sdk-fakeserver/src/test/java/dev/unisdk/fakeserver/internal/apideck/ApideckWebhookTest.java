package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApideckWebhookTest {
  /** What the receiver got. */
  record Received(Map<String, String> headers, String body) {}

  private HttpServer receiver;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failFirst = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile CountDownLatch holding;
  private FakeCalls calls;

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    receiver.createContext("/hooks", exchange -> {
      CountDownLatch hold = holding;
      if (hold != null) { // keep the delivery in flight until the test releases it
        hold.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      try (InputStream in = exchange.getRequestBody()) {
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(Map.of(
            "x-apideck-event-type", exchange.getRequestHeaders().getFirst("x-apideck-event-type"),
            "x-apideck-idempotency-key", exchange.getRequestHeaders().getFirst("x-apideck-idempotency-key"),
            "x-apideck-signature", exchange.getRequestHeaders().getFirst("x-apideck-signature")), body));
      }
      int status = failFirst.getAndDecrement() > 0 ? 500 : 200;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    calls = new FakeCalls(new ApideckSettings(FakeCalls.KEY, FakeCalls.APP, 1, 2, FakeCalls.CLOCK, url));
  }

  @AfterEach
  void stop() {
    release.countDown();
    calls.fake.close();
    receiver.stop(0);
  }

  @Test
  void createUpdateDeleteDeliverSignedEventsWithSortedBodies() throws Exception {
    String id = calls.post("/crm/contacts", "{\"name\":\"Ada\"}").data().get("id").asText();
    calls.patch("/crm/contacts/" + id, "{\"title\":\"CEO\"}");
    calls.delete("/crm/contacts/" + id);

    assertThat(calls.fake.awaitWebhookDeliveries(3, Duration.ofSeconds(10))).isTrue();
    assertThat(received).hasSize(3);
    assertThat(received).extracting(r -> r.headers().get("x-apideck-event-type")).containsExactlyInAnyOrder(
        "crm.contact.created", "crm.contact.updated", "crm.contact.deleted");
    for (Received r : received) {
      assertThat(r.headers().get("x-apideck-signature")).isEqualTo(CanonicalJson.sign(FakeCalls.KEY, r.body()));
      assertThat(r.body()).isEqualTo(CanonicalJson.canonical(FakeJson.parse(r.body().getBytes(StandardCharsets.UTF_8))));
      assertThat(r.body()).doesNotContain(" ").startsWith("{\"payload\":{\"consumer_id\":");
      JsonNode p = FakeJson.parse(r.body().getBytes(StandardCharsets.UTF_8)).get("payload");
      assertThat(p.get("unified_api").asText()).isEqualTo("crm");
      assertThat(p.get("service_id").asText()).isEqualTo("salesforce");
      assertThat(p.get("consumer_id").asText()).isEqualTo("consumer-a");
      assertThat(p.get("entity_id").asText()).isEqualTo(id);
      assertThat(p.get("entity_type").asText()).isEqualTo("contact");
      assertThat(p.get("entity_url").asText()).isEqualTo("http://127.0.0.1:8080/crm/contacts/" + id);
      assertThat(p.get("occurred_at").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
      assertThat(p.get("event_type").asText()).isEqualTo(r.headers().get("x-apideck-event-type"));
      assertThat(p.get("event_id").asText()).isNotBlank();
    }
  }

  @Test
  void everyCrmEventTypeIsEmittedAndUsersPipelinesAndSmsAreNot() throws Exception {
    String[][] resources = {{"activities", "{\"type\":\"call\"}", "activity"}, {"companies", "{\"name\":\"x\"}", "company"},
        {"contacts", "{\"name\":\"x\"}", "contact"}, {"leads", "{\"name\":\"x\",\"company_name\":\"y\"}", "lead"},
        {"notes", "{\"title\":\"x\"}", "note"}, {"opportunities", "{\"title\":\"x\",\"primary_contact_id\":\"c\"}", "opportunity"}};
    for (String[] r : resources) {
      String id = calls.post("/crm/" + r[0], r[1]).data().get("id").asText();
      calls.patch("/crm/" + r[0] + "/" + id, "{}");
      calls.delete("/crm/" + r[0] + "/" + id);
    }
    calls.post("/crm/pipelines", "{\"name\":\"p\"}");
    calls.post("/crm/users", "{\"emails\":[]}");
    calls.post("/sms/messages", "{\"from\":\"1\",\"to\":\"2\",\"body\":\"x\"}");

    assertThat(calls.fake.awaitWebhookDeliveries(18, Duration.ofSeconds(10))).isTrue();
    List<String> types = calls.fake.webhookDeliveries().stream().map(WebhookDelivery::eventType).toList();
    assertThat(types).hasSize(18).doesNotHaveDuplicates()
        .allMatch(t -> t.matches("crm\\.(activity|company|contact|lead|note|opportunity)\\.(created|updated|deleted)"));
  }

  @Test
  void failedDeliveryIsRedeliveredWithTheSameIdempotencyKeyAndBody() throws Exception {
    failFirst.set(1);
    calls.post("/crm/companies", "{\"name\":\"Retry Inc\"}");

    assertThat(calls.fake.awaitWebhookDeliveries(2, Duration.ofSeconds(10))).isTrue();
    List<WebhookDelivery> attempts = calls.fake.webhookDeliveries();
    assertThat(attempts).extracting(WebhookDelivery::statusCode).containsExactly(500, 200);
    assertThat(attempts).extracting(WebhookDelivery::attempt).containsExactly(1, 2);
    assertThat(received).hasSize(2);
    assertThat(received.get(0).headers().get("x-apideck-idempotency-key"))
        .isEqualTo(received.get(1).headers().get("x-apideck-idempotency-key"));
    assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
  }

  @Test
  void closeEndsTheWebhookThreadsEvenWithADeliveryInFlight() throws Exception {
    CountDownLatch inFlight = new CountDownLatch(1);
    holding = inFlight;
    calls.post("/crm/contacts", "{\"name\":\"Slow receiver\"}");
    assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();

    calls.fake.close();

    assertThat(Thread.getAllStackTraces().keySet()).filteredOn(Thread::isAlive)
        .extracting(Thread::getName).noneMatch(name -> name.startsWith("apideck-fake-webhooks-"));
  }

  @Test
  void failedValidationEmitsNoEvent() throws Exception {
    calls.post("/crm/contacts", "{}");
    calls.post("/crm/contacts", "{\"name\":\"ok\"}");
    assertThat(calls.fake.awaitWebhookDeliveries(1, Duration.ofSeconds(10))).isTrue();
    assertThat(calls.fake.awaitWebhookDeliveries(2, Duration.ofMillis(200))).isFalse();
  }

  @Test
  void noUrlMeansNoDelivery() throws Exception {
    calls.fake.webhookUrl(null);
    calls.post("/crm/contacts", "{\"name\":\"quiet\"}");
    assertThat(calls.fake.awaitWebhookDeliveries(1, Duration.ofMillis(200))).isFalse();
    assertThat(received).isEmpty();
  }

  @Test
  void nonLoopbackUrlIsRefused() {
    assertThatThrownBy(() -> calls.fake.webhookUrl("http://93.184.216.34/hooks"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    assertThatThrownBy(() -> calls.fake.webhookUrl("ftp://127.0.0.1/x")).isInstanceOf(IllegalArgumentException.class);
  }
}
