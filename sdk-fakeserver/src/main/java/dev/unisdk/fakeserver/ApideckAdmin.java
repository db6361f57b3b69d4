package dev.unisdk.fakeserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.apideck.ApideckFake;
import dev.unisdk.fakeserver.internal.apideck.WebhookDelivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Test-side control of the fake Apideck CRM + SMS API: its credentials, its stored records per
 * (consumer id, service id), extra seed data, and the webhook events it delivered.
 *
 * <p>Without {@code x-apideck-service-id} the fake uses {@code salesforce} for CRM resources and
 * {@code twilio} for SMS messages; pass the same service id here to see those records.
 * Resource names are the path segments: {@code companies, contacts, leads, opportunities, pipelines,
 * notes, users, activities, messages}. Thread-safe.
 */
public final class ApideckAdmin {
  /** Service id used for CRM requests without {@code x-apideck-service-id}. */
  public static final String DEFAULT_CRM_SERVICE_ID = "salesforce";
  /** Service id used for SMS requests without {@code x-apideck-service-id}. */
  public static final String DEFAULT_SMS_SERVICE_ID = "twilio";

  private final ApideckFake fake;

  /**
   * Wraps a running fake (used by {@code FakeServer}).
   *
   * @param fake the fake to control
   */
  public ApideckAdmin(ApideckFake fake) {
    this.fake = Objects.requireNonNull(fake, "fake");
  }

  /** The API key to send as {@code Authorization: Bearer <key>}; also the webhook signing key. */
  public String apiKey() {
    return fake.settings().apiKey();
  }

  /** The application id to send as {@code x-apideck-app-id}. */
  public String appId() {
    return fake.settings().appId();
  }

  /**
   * Registers the URL that receives signed CRM webhook events from now on; null stops deliveries.
   *
   * @param url an http(s) URL on a loopback address
   * @throws IllegalArgumentException when the URL is not loopback http(s)
   */
  public void webhookUrl(String url) {
    fake.webhookUrl(url);
  }

  /** Every webhook delivery attempt so far (redeliveries included), in completion order. */
  public List<DeliveredWebhook> deliveredWebhooks() {
    List<DeliveredWebhook> out = new ArrayList<>();
    for (WebhookDelivery d : fake.webhookDeliveries()) {
      out.add(new DeliveredWebhook(d.url(), d.eventType(), d.idempotencyKey(), d.headers(), d.body(), d.attempt(),
          d.statusCode()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Waits (bounded) until at least {@code count} delivery attempts completed.
   *
   * @return true when they did, false when the timeout passed first
   * @throws InterruptedException when interrupted while waiting
   */
  public boolean awaitDeliveredWebhooks(int count, Duration timeout) throws InterruptedException {
    return fake.awaitWebhookDeliveries(count, timeout);
  }

  /**
   * A snapshot of one resource's records for a consumer and service, as the API returns them
   * (seeding the table first if it was never touched).
   *
   * @throws IllegalArgumentException for an unknown resource
   */
  public List<JsonNode> records(String consumerId, String serviceId, String resource) {
    List<JsonNode> out = new ArrayList<>();
    for (ObjectNode r : fake.records(consumerId, serviceId, resource)) {
      out.add(r);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Adds {@code count} generated, deterministic records to one resource of a consumer and service.
   *
   * @return the new records' ids
   * @throws IllegalArgumentException for an unknown resource or a negative count
   */
  public List<String> seed(String consumerId, String serviceId, String resource, int count) {
    return fake.seed(consumerId, serviceId, resource, count);
  }

  /**
   * One webhook delivery attempt.
   *
   * @param url where it was sent
   * @param eventType e.g. {@code crm.contact.created}
   * @param idempotencyKey {@code x-apideck-idempotency-key}, the same on every redelivery of one event
   * @param headers the Apideck headers sent ({@code x-apideck-event-type}, {@code x-apideck-idempotency-key},
   *     {@code x-apideck-signature})
   * @param body the exact JSON body sent (keys sorted, no whitespace)
   * @param attempt 1 for the first delivery, higher for redeliveries
   * @param statusCode the receiver's status, or -1 when it did not answer
   */
  public record DeliveredWebhook(String url, String eventType, String idempotencyKey, Map<String, String> headers,
      String body, int attempt, int statusCode) {
    /** The {@code x-apideck-signature} header sent. */
    public String signature() {
      return headers.get("x-apideck-signature");
    }
  }
}
