package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import dev.unisdk.apideck.ApideckWebhooks;
import dev.unisdk.apideck.WebhookSignatureException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.CrmWebhooks;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.WebhookEvent;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhook verification accepts exactly the body the key signed: a changed body, a wrong key, a
 * missing or malformed signature are all rejected, and a signature wrong in any single position is
 * rejected like one wrong everywhere (a whole-value comparison, not a prefix match).
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WebhookVerificationTest {
  private static final String KEY = FakeServer.DEFAULT_APIDECK_API_KEY;
  private static final String BODY = "{\"payload\":{\"event_type\":\"crm.contact.updated\",\"unified_api\":\"crm\","
      + "\"service_id\":\"salesforce\",\"consumer_id\":\"acme\",\"event_id\":\"ev_1\",\"entity_id\":\"c_12\","
      + "\"entity_type\":\"contact\",\"entity_url\":\"https://unify.apideck.com/crm/contacts/c_12\","
      + "\"occurred_at\":\"2026-01-15T10:00:00.000Z\"}}";

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(2).recordsPerResource(2));

  @Test
  void acceptsTheSignedBody() {
    String signature = ApideckWebhooks.sign(BODY, KEY);

    assertThat(ApideckWebhooks.verify(BODY, signature, KEY)).isTrue();
    WebhookEvent event = CrmWebhooks.constructEvent(BODY, signature, KEY);
    assertThat(event.payload().entityId()).isEqualTo("c_12");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"entity_id\":\"c_12\"|\"entity_id\":\"c_13\"", "\"ev_1\"|\"ev_2\"",
      "crm.contact.updated|crm.contact.deleted", "\"consumer_id\":\"acme\"|\"consumer_id\":\"acme\",\"x\":1",
      "salesforce|Salesforce"})
  void rejectsAChangedBody(String change) {
    String[] fromTo = change.split("\\|");
    String signature = ApideckWebhooks.sign(BODY, KEY);
    String changed = BODY.replace(fromTo[0], fromTo[1]);
    assertThat(changed).isNotEqualTo(BODY);

    assertRejected(changed, signature, KEY);
  }

  @Test
  void rejectsAWrongKey() {
    String signature = ApideckWebhooks.sign(BODY, KEY);

    assertRejected(BODY, signature, KEY + "x");
    assertRejected(BODY, signature, "sk_test_another_key");
    assertRejected(BODY, ApideckWebhooks.sign(BODY, "sk_test_another_key"), KEY);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void rejectsAMissingSignature(String signature) {
    assertRejected(BODY, signature, KEY);
  }

  @Test
  void rejectsMalformedSignatures() {
    String valid = ApideckWebhooks.sign(BODY, KEY);
    List<String> malformed = List.of("abc", valid.substring(1), valid + "0", valid.replace(valid.charAt(5), 'g'),
        "sha256=" + valid, "zz" + valid.substring(2), valid.substring(0, 32), valid + valid,
        java.util.Base64.getEncoder().encodeToString(valid.getBytes(StandardCharsets.UTF_8)));
    for (String s : malformed) {
      assertRejected(BODY, s, KEY);
    }
  }

  @Test
  void rejectsASignatureWrongInAnySinglePosition() {
    String valid = ApideckWebhooks.sign(BODY, KEY);
    assertThat(valid).hasSize(64);
    for (int i = 0; i < valid.length(); i++) {
      char c = valid.charAt(i);
      char other = c == '0' ? '1' : '0';
      String oneOff = valid.substring(0, i) + other + valid.substring(i + 1);
      assertRejected(BODY, oneOff, KEY);
    }
    // the comparison is over the whole decoded value: case does not matter, every byte does
    assertThat(ApideckWebhooks.verify(BODY, valid.toUpperCase(java.util.Locale.ROOT), KEY)).isTrue();
  }

  /** End to end: the fake server signs real deliveries; the SDK verifies them and rejects tampering. */
  @Test
  void verifiesWebhooksDeliveredByTheFakeServer(FakeServer server) throws Exception {
    BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hooks", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        received.add(new String[] {body, exchange.getRequestHeaders().getFirst("x-apideck-signature")});
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    try (CrmClient crm = Clients.crm(server, new RecordingSleeper(), "hooks-consumer")) {
      server.apideck().webhookUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
      String id = crm.contacts().create(Contact.builder().name("Hooked").build()).id();

      String[] delivery = received.poll(10, TimeUnit.SECONDS);
      assertThat(delivery).as("a webhook was delivered").isNotNull();
      WebhookEvent event = CrmWebhooks.constructEvent(delivery[0], delivery[1], KEY);
      assertThat(event.payload().entityId()).isEqualTo(id);
      assertRejected(delivery[0].replace(id, id + "x"), delivery[1], KEY);
      assertRejected(delivery[0], delivery[1], "sk_test_not_the_key");
    } finally {
      receiver.stop(0);
    }
  }

  private static void assertRejected(String body, String signature, String key) {
    assertThat(ApideckWebhooks.verify(body, signature, key)).as("verify(%s)", signature).isFalse();
    List<Throwable> thrown = new ArrayList<>();
    thrown.add(catchThrowable(() -> ApideckWebhooks.verifyOrThrow(
        body.getBytes(StandardCharsets.UTF_8), signature, key)));
    thrown.add(catchThrowable(() -> CrmWebhooks.constructEvent(body, signature, key)));
    for (Throwable t : thrown) {
      assertThat(t).as("signature %s", signature).isInstanceOf(WebhookSignatureException.class);
      assertThat(t.getMessage()).doesNotContain(key);
    }
  }
}
