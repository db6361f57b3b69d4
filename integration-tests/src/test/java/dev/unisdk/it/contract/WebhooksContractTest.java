package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.unisdk.apideck.ApideckWebhooks;
import dev.unisdk.apideck.WebhookSignatureException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.CrmWebhooks;
import dev.unisdk.crm.model.Activity;
import dev.unisdk.crm.model.ActivityType;
import dev.unisdk.crm.model.Company;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.Lead;
import dev.unisdk.crm.model.Note;
import dev.unisdk.crm.model.Opportunity;
import dev.unisdk.crm.model.WebhookEvent;
import dev.unisdk.crm.model.WebhookEventPayload;
import dev.unisdk.crm.model.WebhookEventType;
import dev.unisdk.fakeserver.ApideckAdmin;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed CRM webhooks: the fake delivers to a local receiver, the SDK's verifier accepts every delivery
 * (and rejects a changed body or key) and {@link CrmWebhooks} parses it.
 */
@ExtendWith(FakeServerExtension.class)
class WebhooksContractTest {
  FakeServer server;
  private CrmClient crm;
  private HttpServer receiver;
  private ExecutorService receiverThreads;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failNext = new AtomicInteger();

  /** One delivery as the receiver got it: lower-case header names, exact body bytes. */
  record Received(Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @BeforeEach
  void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hooks", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        received.add(new Received(headers, in.readAllBytes()));
      }
      exchange.sendResponseHeaders(failNext.getAndSet(0) > 0 ? 503 : 200, -1);
      exchange.close();
    });
    receiverThreads = Executors.newFixedThreadPool(2);
    receiver.setExecutor(receiverThreads);
    receiver.start();
    server.apideck().webhookUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks");
    crm = Contract.crm(server);
  }

  @AfterEach
  void stop() {
    server.apideck().webhookUrl(null);
    if (crm != null) {
      crm.close();
    }
    receiver.stop(0);
    receiverThreads.shutdownNow();
  }

  @Test
  void contactCreateUpdateDeleteDeliversThreeVerifiableEvents() throws InterruptedException {
    String id = crm.contacts().create(Contact.builder().name("Ada Lovelace").build()).id();
    crm.contacts().update(id, Contact.builder().title("Countess").build());
    crm.contacts().delete(id);

    List<WebhookEventPayload> events = awaitVerifiedEvents(3);

    assertThat(events).extracting(WebhookEventPayload::eventType).containsExactlyInAnyOrder(
        WebhookEventType.CRM_CONTACT_CREATED, WebhookEventType.CRM_CONTACT_UPDATED, WebhookEventType.CRM_CONTACT_DELETED);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.entityId()).isEqualTo(id);
      assertThat(e.entityType().value()).isEqualTo("contact");
      assertThat(e.unifiedApi()).isEqualTo("crm");
      assertThat(e.consumerId()).isEqualTo(Contract.CONSUMER);
      assertThat(e.serviceId()).isEqualTo(ApideckAdmin.DEFAULT_CRM_SERVICE_ID);
      assertThat(e.entityUrl()).endsWith("/crm/contacts/" + id);
      assertThat(e.occurredAt()).isNotNull();
      assertThat(e.eventId()).isNotBlank();
    });
    assertThat(events).extracting(WebhookEventPayload::eventId).doesNotHaveDuplicates();
  }

  @Test
  void everyOneOfTheEighteenEventTypesIsSignedAndParses() throws InterruptedException {
    String company = crm.companies().create(Company.builder().name("Analytical Engines").build()).id();
    crm.companies().update(company, Company.builder().description("Difference engines too").build());
    crm.companies().delete(company);
    String contact = crm.contacts().create(Contact.builder().name("Ada Lovelace").build()).id();
    crm.contacts().update(contact, Contact.builder().title("Countess").build());
    crm.contacts().delete(contact);
    String lead = crm.leads().create(Lead.builder().name("Charles Babbage").companyName("Engines Ltd").build()).id();
    crm.leads().update(lead, Lead.builder().title("Inventor").build());
    crm.leads().delete(lead);
    String opportunity = crm.opportunities().create(
        Opportunity.builder().title("Analytical Engine").primaryContactId("12345").build()).id();
    crm.opportunities().update(opportunity, Opportunity.builder().description("Punched cards").build());
    crm.opportunities().delete(opportunity);
    String note = crm.notes().create(Note.builder().title("Notes").content("Note G").build()).id();
    crm.notes().update(note, Note.builder().content("Note G, revised").build());
    crm.notes().delete(note);
    String activity = crm.activities().create(Activity.builder().type(ActivityType.MEETING).title("Demo").build()).id();
    crm.activities().update(activity, Activity.builder().title("Demo, again").build());
    crm.activities().delete(activity);

    List<WebhookEventPayload> events = awaitVerifiedEvents(18);

    Set<String> types = new HashSet<>();
    events.forEach(e -> types.add(e.eventType().value()));
    Set<String> expected = new HashSet<>();
    for (String entity : List.of("activity", "company", "contact", "lead", "note", "opportunity")) {
      for (String op : List.of("created", "updated", "deleted")) {
        expected.add("crm." + entity + "." + op);
      }
    }
    assertThat(types).isEqualTo(expected);
    assertThat(events).allSatisfy(e -> assertThat(e.eventType().isKnown()).isTrue());
  }

  @Test
  void aChangedBodyOrAnotherKeyFailsVerification() throws InterruptedException {
    crm.contacts().create(Contact.builder().name("Ada Lovelace").build());
    awaitVerifiedEvents(1);
    Received r = received.get(0);
    String signature = r.headers().get("x-apideck-signature");
    String tampered = r.text().replace("crm.contact.created", "crm.contact.deleted");
    assertThat(tampered).isNotEqualTo(r.text());

    assertThat(ApideckWebhooks.verify(tampered, signature, server.apideck().apiKey())).isFalse();
    assertThat(ApideckWebhooks.verify(r.body(), signature, "sk_test_some_other_key")).isFalse();
    assertThat(catchThrowableOfType(() -> CrmWebhooks.constructEvent(tampered, signature, server.apideck().apiKey()),
        WebhookSignatureException.class)).isNotNull();
  }

  @Test
  void aRedeliveryCarriesTheSameIdempotencyKeyAndAValidSignature() throws InterruptedException {
    failNext.set(1);

    String id = crm.contacts().create(Contact.builder().name("Ada Lovelace").build()).id();

    assertThat(server.apideck().awaitDeliveredWebhooks(2, Duration.ofSeconds(10))).isTrue();
    assertThat(received).hasSize(2);
    Received first = received.get(0);
    Received second = received.get(1);
    assertThat(second.headers().get("x-apideck-idempotency-key"))
        .isNotBlank().isEqualTo(first.headers().get("x-apideck-idempotency-key"));
    String key = server.apideck().apiKey();
    for (Received r : received) {
      WebhookEvent event = CrmWebhooks.constructEvent(r.body(), r.headers().get("x-apideck-signature"), key);
      assertThat(event.payload().entityId()).isEqualTo(id);
      assertThat(event.payload().eventType()).isEqualTo(WebhookEventType.CRM_CONTACT_CREATED);
    }
    assertThat(CrmWebhooks.parse(second.text()).payload().eventId()).isEqualTo(
        CrmWebhooks.parse(first.text()).payload().eventId());
    assertThat(server.apideck().deliveredWebhooks()).extracting(ApideckAdmin.DeliveredWebhook::attempt)
        .containsExactly(1, 2);
  }

  /** Waits (bounded) for {@code count} deliveries, verifies each with the SDK and parses it. */
  private List<WebhookEventPayload> awaitVerifiedEvents(int count) throws InterruptedException {
    assertThat(server.apideck().awaitDeliveredWebhooks(count, Duration.ofSeconds(10)))
        .as("%d webhook deliveries within 10 s", count).isTrue();
    assertThat(server.apideck().deliveredWebhooks()).as("each event delivered once, answered 200").hasSize(count)
        .allSatisfy(d -> {
          assertThat(d.attempt()).isEqualTo(1);
          assertThat(d.statusCode()).isEqualTo(200);
        });
    assertThat(received).hasSize(count);
    String key = server.apideck().apiKey();
    List<WebhookEventPayload> out = new ArrayList<>();
    Set<String> idempotencyKeys = new HashSet<>();
    for (Received r : received) {
      String signature = r.headers().get("x-apideck-signature");
      assertThat(signature).as("x-apideck-signature").isNotBlank();
      assertThat(ApideckWebhooks.verify(r.body(), signature, key)).as("signature of %s", r.text()).isTrue();
      assertThat(signature).isEqualTo(ApideckWebhooks.sign(r.body(), key));
      WebhookEvent event = CrmWebhooks.constructEvent(r.body(), signature, key);
      WebhookEventPayload payload = event.payload();
      assertThat(payload).isNotNull();
      assertThat(r.headers().get("x-apideck-event-type")).isEqualTo(payload.eventType().value());
      assertThat(idempotencyKeys.add(r.headers().get("x-apideck-idempotency-key")))
          .as("a fresh idempotency key per event").isTrue();
      assertThat(CrmWebhooks.parse(r.text())).isEqualTo(event);
      out.add(payload);
    }
    return out;
  }
}
