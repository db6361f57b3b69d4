package dev.unisdk.examples.readme;

import dev.unisdk.apideck.WebhookSignatureException;
import dev.unisdk.crm.CrmWebhooks;
import dev.unisdk.crm.model.WebhookEvent;
import dev.unisdk.crm.model.WebhookEventPayload;

/** README: "Webhooks". */
final class WebhookSnippets {
  private WebhookSnippets() {}

  static int handle(byte[] body, String signature, String apiKey) {
    // body: the raw request bytes; signature: the x-apideck-signature header
    try {
      WebhookEvent event = CrmWebhooks.constructEvent(body, signature, apiKey);
      WebhookEventPayload p = event.payload();
      System.out.println(p.eventType() + " " + p.entityType() + " " + p.entityId());
      return 200;
    } catch (WebhookSignatureException e) {
      return 400;                                           // not from Apideck, or altered: ignore it
    }
  }
}
