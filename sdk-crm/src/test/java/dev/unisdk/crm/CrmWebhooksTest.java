package dev.unisdk.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.apideck.ApideckWebhooks;
import dev.unisdk.apideck.WebhookException;
import dev.unisdk.apideck.WebhookSignatureException;
import dev.unisdk.crm.model.WebhookEntityType;
import dev.unisdk.crm.model.WebhookEvent;
import dev.unisdk.crm.model.WebhookEventPayload;
import dev.unisdk.crm.model.WebhookEventType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CrmWebhooksTest {
  private static final String KEY = "sk_live_abc";

  static Stream<String> eventTypes() {
    return Stream.of("activity", "company", "contact", "lead", "note", "opportunity")
        .flatMap(entity -> Stream.of("created", "updated", "deleted").map(action -> "crm." + entity + "." + action));
  }

  private static String hmacOfSortedPayload(String body) throws Exception {
    // Independent canonical form: the doc's payload members written by hand in alphabetical order.
    WebhookEventPayload p = CrmWebhooks.parse(body).payload();
    String sorted = "{\"payload\":{\"consumer_id\":\"" + p.consumerId() + "\",\"entity_id\":\"" + p.entityId()
        + "\",\"entity_type\":\"" + p.entityType().value() + "\",\"entity_url\":\"" + p.entityUrl()
        + "\",\"event_id\":\"" + p.eventId() + "\",\"event_type\":\"" + p.eventType().value()
        + "\",\"occurred_at\":\"2020-01-01T00:00:00.000Z\",\"service_id\":\"" + p.serviceId()
        + "\",\"unified_api\":\"" + p.unifiedApi() + "\"}}";
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder();
    for (byte b : mac.doFinal(sorted.getBytes(StandardCharsets.UTF_8))) {
      hex.append(String.format(Locale.ROOT, "%02x", b));
    }
    return hex.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventTypes")
  void everyDocumentedEventVerifiesAndDecodesIntoATypedEvent(String type) throws Exception {
    String body = Fixtures.text("webhook-" + type + ".json");
    String signature = hmacOfSortedPayload(body);
    assertThat(ApideckWebhooks.sign(body, KEY)).isEqualTo(signature);

    WebhookEvent event = CrmWebhooks.constructEvent(body, signature, KEY);

    WebhookEventPayload p = event.payload();
    assertThat(p.eventType()).isEqualTo(WebhookEventType.of(type));
    assertThat(p.eventType().isKnown()).isTrue();
    String entity = type.split("\\.")[1];
    assertThat(p.entityType()).isEqualTo(WebhookEntityType.of(entity));
    assertThat(p.entityType().isKnown()).isTrue();
    assertThat(p.unifiedApi()).isEqualTo("crm");
    assertThat(p.serviceId()).isEqualTo("hubspot");
    assertThat(p.consumerId()).isEqualTo("test_user_id");
    assertThat(p.eventId()).isEqualTo("d290f1ee-6c54-4b01-90e6-d701748f0851");
    assertThat(p.entityId()).isEqualTo("123456ASDF");
    assertThat(p.entityUrl()).startsWith("https://unify.apideck.com/crm/").endsWith("/123456ASDF");
    assertThat(p.occurredAt()).isEqualTo(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));

    assertThatThrownBy(() -> CrmWebhooks.constructEvent(body.replace("123456ASDF", "654321ASDF"), signature, KEY))
        .isInstanceOf(WebhookSignatureException.class);
    assertThatThrownBy(() -> CrmWebhooks.constructEvent(body, signature, "sk_live_other"))
        .isInstanceOf(WebhookSignatureException.class);
  }

  @Test
  void anUnknownEventTypeIsKeptRatherThanRejected() {
    String body = "{\"payload\":{\"event_type\":\"crm.task.created\",\"entity_type\":\"task\"}}";
    WebhookEvent event = CrmWebhooks.constructEvent(body, ApideckWebhooks.sign(body, KEY), KEY);
    assertThat(event.payload().eventType().value()).isEqualTo("crm.task.created");
    assertThat(event.payload().eventType().isKnown()).isFalse();
  }

  @Test
  void aMissingSignatureOrABodyThatIsNoEventIsRefused() {
    String body = Fixtures.text("webhook-crm.contact.created.json");
    assertThatThrownBy(() -> CrmWebhooks.constructEvent(body, null, KEY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing");
    assertThatThrownBy(() -> CrmWebhooks.constructEvent("[1,2]", ApideckWebhooks.sign("[1,2]", KEY), KEY))
        .isInstanceOf(WebhookException.class).isNotInstanceOf(WebhookSignatureException.class);
    assertThatThrownBy(() -> CrmWebhooks.parse("{"))
        .isInstanceOf(WebhookException.class);
  }
}
