package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckWebhooks;
import dev.unisdk.apideck.WebhookException;
import dev.unisdk.apideck.WebhookSignatureException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.json.Json;
import dev.unisdk.crm.model.WebhookEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Receives the 18 CRM webhook events ({@code crm.{activity,company,contact,lead,note,opportunity}.
 * {created,updated,deleted}}): verifies {@code x-apideck-signature} in constant time and decodes the
 * body into a {@link WebhookEvent}.
 *
 * <pre>{@code
 * WebhookEvent event = CrmWebhooks.constructEvent(body, request.getHeader(ApideckHeaders.SIGNATURE), apiKey);
 * WebhookEventPayload p = event.payload();
 * if (WebhookEventType.CRM_CONTACT_UPDATED.equals(p.eventType())) { refresh(p.entityId()); }
 * }</pre>
 */
public final class CrmWebhooks {
  private CrmWebhooks() {}

  /**
   * Verifies the signature, then decodes the event.
   *
   * @param body the request body exactly as received
   * @param signatureHeader the value of {@code x-apideck-signature}
   * @param apiKey your Apideck API key
   * @return the event
   * @throws WebhookSignatureException when the signature is missing, malformed or wrong
   * @throws WebhookException when the verified body is not a CRM webhook event
   */
  public static WebhookEvent constructEvent(byte[] body, String signatureHeader, String apiKey) {
    return ApideckWebhooks.constructEvent(body, signatureHeader, apiKey, WebhookEvent.class);
  }

  /**
   * Verifies the signature, then decodes the event.
   *
   * @param body the request body as received
   * @param signatureHeader the value of {@code x-apideck-signature}
   * @param apiKey your Apideck API key
   * @return the event
   * @throws WebhookSignatureException when the signature is missing, malformed or wrong
   */
  public static WebhookEvent constructEvent(String body, String signatureHeader, String apiKey) {
    Checks.notNull(body, "body");
    return constructEvent(body.getBytes(StandardCharsets.UTF_8), signatureHeader, apiKey);
  }

  /**
   * Decodes an event without verifying it (for bodies verified elsewhere, or tests).
   *
   * @param body the request body
   * @return the event
   * @throws WebhookException when the body is not a webhook event or is larger than {@link
   *     ApideckWebhooks#MAX_BODY_BYTES}
   */
  public static WebhookEvent parse(String body) {
    Checks.notNull(body, "body");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > ApideckWebhooks.MAX_BODY_BYTES) {
      throw new WebhookException("webhook body is larger than " + ApideckWebhooks.MAX_BODY_BYTES + " bytes");
    }
    try {
      return Json.mapper().readValue(bytes, WebhookEvent.class);
    } catch (IOException e) {
      throw new WebhookException("webhook body is not a CRM webhook event: " + e.getClass().getSimpleName(), e);
    }
  }
}
