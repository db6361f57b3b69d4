package dev.unisdk.fakeserver.internal.apideck;

import java.util.Map;

/**
 * One delivery attempt of a webhook event.
 *
 * @param url where it was sent
 * @param eventType e.g. {@code crm.contact.created}
 * @param idempotencyKey {@code x-apideck-idempotency-key}, equal on every attempt of the same event
 * @param headers the Apideck headers sent
 * @param body the exact (canonical) body sent
 * @param attempt 1 for the first delivery, 2.. for redeliveries
 * @param statusCode the receiver's HTTP status, or -1 when no response arrived
 * @param error why no response arrived, or null
 */
public record WebhookDelivery(String url, String eventType, String idempotencyKey, Map<String, String> headers, String body,
    int attempt, int statusCode, String error) {

  /** True when the receiver answered 2xx. */
  public boolean succeeded() {
    return statusCode >= 200 && statusCode < 300;
  }
}
