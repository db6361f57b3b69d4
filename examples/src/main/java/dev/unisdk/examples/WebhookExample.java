package dev.unisdk.examples;

import dev.unisdk.apideck.WebhookSignatureException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.CrmWebhooks;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.WebhookEventPayload;
import dev.unisdk.fakeserver.FakeServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Webhooks: receive a signed Apideck CRM event on a local HTTP endpoint and verify it with the SDK;
 * show that a tampered body is rejected.
 *
 * <p>On the fake server the example registers its receiver and creates a contact to trigger an
 * event. Against Apideck ({@code APIDECK_API_KEY} etc. set) it listens on {@code WEBHOOK_PORT}
 * (default 8787) for five minutes: expose it (e.g. with a tunnel) and point your Apideck webhook at it.
 */
public final class WebhookExample {
  private WebhookExample() {}

  /** Runs the example on its own. */
  public static void main(String[] args) {
    ExampleContext.runMain("WebhookExample", WebhookExample::run);
  }

  /** The example's steps. */
  public static void run(ExampleContext ctx) {
    FakeServer fake = ctx.fakeFor(Provider.APIDECK);
    String signingKey = fake != null ? fake.apideck().apiKey() : System.getenv("APIDECK_API_KEY");
    int port = fake != null ? 0 : Integer.parseInt(System.getenv().getOrDefault("WEBHOOK_PORT", "8787"));
    CrmClient crm = ctx.unisdk().crm();

    try (WebhookReceiver receiver = WebhookReceiver.start(signingKey, port)) {
      String contactId = null;
      Duration wait;
      if (fake != null) {
        fake.apideck().webhookUrl(receiver.url());
        contactId = crm.contacts().create(Contact.builder().name("Katherine Johnson").build()).id();
        ctx.say("receiver at %s; created contact %s to trigger crm.contact.created", receiver.url(), contactId);
        wait = Duration.ofSeconds(10);
      } else {
        ctx.say("receiver at %s; point your Apideck webhook at it (waiting up to 5 minutes)", receiver.url());
        wait = Duration.ofMinutes(5);
      }

      WebhookReceiver.Received received = receiver.awaitEvent(wait);
      ctx.check(received != null, "a verified webhook within " + wait.getSeconds() + " s");
      WebhookEventPayload payload = received.event().payload();
      ctx.say("verified event %s: %s %s (consumer %s, service %s, at %s)", payload.eventId(), payload.eventType(),
          payload.entityId(), payload.consumerId(), payload.serviceId(), payload.occurredAt());
      if (contactId != null) {
        ctx.check(contactId.equals(payload.entityId()), "the event to name contact " + contactId);
      }

      // The same signature over a changed body fails verification: never act on such a request.
      String tampered = new String(received.body(), StandardCharsets.UTF_8).replace("created", "deleted");
      try {
        CrmWebhooks.constructEvent(tampered, received.signature(), signingKey);
        ctx.check(false, "a tampered body to be rejected");
      } catch (WebhookSignatureException e) {
        ctx.say("tampered body rejected: %s", e.getMessage());
      }

      if (fake != null) {
        fake.apideck().webhookUrl(null); // stop deliveries before the receiver goes away
        crm.contacts().delete(contactId);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a webhook", e);
    }
  }
}
