package dev.unisdk.apideck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ApideckWebhooksTest {
  private static final String KEY = "sk_live_webhook_key";
  /** As Apideck sends it: keys in no particular order, nested object, whitespace. */
  private static final String BODY = "{\n  \"payload\": {\n    \"event_type\": \"crm.contact.updated\",\n"
      + "    \"unified_api\": \"crm\",\n    \"service_id\": \"hubspot\",\n    \"consumer_id\": \"test_user_id\",\n"
      + "    \"event_id\": \"d290f1ee-6c54-4b01-90e6-d701748f0851\",\n    \"entity_id\": \"123456ASDF\",\n"
      + "    \"entity_url\": \"https://unify.apideck.com/crm/contacts/123456ASDF\",\n"
      + "    \"entity_type\": \"contact\",\n    \"occurred_at\": \"2020-01-01T00:00:00.000Z\",\n"
      + "    \"tags\": [\"b\", \"a\", {\"z\": 1, \"y\": [2, 1]}]\n  }\n}";
  /** The same document with every object's keys sorted and no whitespace, written by hand. */
  private static final String SORTED = "{\"payload\":{\"consumer_id\":\"test_user_id\","
      + "\"entity_id\":\"123456ASDF\",\"entity_type\":\"contact\","
      + "\"entity_url\":\"https://unify.apideck.com/crm/contacts/123456ASDF\","
      + "\"event_id\":\"d290f1ee-6c54-4b01-90e6-d701748f0851\",\"event_type\":\"crm.contact.updated\","
      + "\"occurred_at\":\"2020-01-01T00:00:00.000Z\",\"service_id\":\"hubspot\","
      + "\"tags\":[\"b\",\"a\",{\"y\":[2,1],\"z\":1}],\"unified_api\":\"crm\"}}";

  private static String independentHmac(String message, String key) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder sb = new StringBuilder();
    for (byte b : mac.doFinal(message.getBytes(StandardCharsets.UTF_8))) {
      sb.append(String.format(Locale.ROOT, "%02x", b));
    }
    return sb.toString();
  }

  @Test
  void signatureIsTheHmacOfTheKeySortedCompactJson() throws Exception {
    assertThat(ApideckWebhooks.canonicalize(BODY)).isEqualTo(SORTED);
    assertThat(ApideckWebhooks.sign(BODY, KEY)).isEqualTo(independentHmac(SORTED, KEY));
  }

  @Test
  void acceptsTheCorrectSignatureForAnyLayoutOfTheSameDocument() throws Exception {
    String signature = independentHmac(SORTED, KEY);
    assertThat(ApideckWebhooks.verify(BODY, signature, KEY)).isTrue();
    assertThat(ApideckWebhooks.verify(SORTED, signature, KEY)).isTrue();
    assertThat(ApideckWebhooks.verify(BODY.getBytes(StandardCharsets.UTF_8), " " + signature.toUpperCase(Locale.ROOT) + " ", KEY))
        .isTrue();
    ApideckWebhooks.verifyOrThrow(BODY.getBytes(StandardCharsets.UTF_8), signature, KEY);
  }

  @Test
  void rejectsAChangedBody() {
    String signature = ApideckWebhooks.sign(BODY, KEY);
    assertThat(ApideckWebhooks.verify(BODY.replace("123456ASDF", "123456ASDG"), signature, KEY)).isFalse();
    assertThat(ApideckWebhooks.verify(BODY.replace("[\"b\", \"a\"", "[\"a\", \"b\""), signature, KEY))
        .as("array order is significant").isFalse();
    assertThat(ApideckWebhooks.verify("not json", signature, KEY)).isFalse();
    assertThatThrownBy(() -> ApideckWebhooks.verifyOrThrow(
        BODY.replace("crm.contact.updated", "crm.contact.deleted").getBytes(StandardCharsets.UTF_8), signature, KEY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("does not match")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void rejectsTheWrongKey() {
    String signature = ApideckWebhooks.sign(BODY, "another-key");
    assertThat(ApideckWebhooks.verify(BODY, signature, KEY)).isFalse();
  }

  @Test
  void rejectsMissingOrMalformedSignatures() {
    String good = ApideckWebhooks.sign(BODY, KEY);
    assertThat(ApideckWebhooks.verify(BODY, null, KEY)).isFalse();
    assertThat(ApideckWebhooks.verify(BODY, "  ", KEY)).isFalse();
    assertThat(ApideckWebhooks.verify(BODY, good.substring(2), KEY)).isFalse();
    assertThat(ApideckWebhooks.verify(BODY, good + "00", KEY)).isFalse();
    assertThat(ApideckWebhooks.verify(BODY, "zz" + good.substring(2), KEY)).isFalse();
    assertThat(ApideckWebhooks.verify(BODY, "sha256=" + good, KEY)).isFalse();
    assertThat(ApideckWebhooks.verify((String) null, good, KEY)).isFalse();
    assertThatThrownBy(() -> ApideckWebhooks.verifyOrThrow(new byte[0], null, KEY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("missing");
    assertThatThrownBy(() -> ApideckWebhooks.verifyOrThrow(new byte[0], "abc", KEY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("malformed");
    assertThatThrownBy(() -> ApideckWebhooks.verify(BODY, good, " ")).isInstanceOf(ValidationException.class);
  }

  @Test
  void constructEventVerifiesThenDecodes() {
    String signature = ApideckWebhooks.sign(BODY, KEY);
    com.fasterxml.jackson.databind.JsonNode event = ApideckWebhooks.constructEvent(
        BODY.getBytes(StandardCharsets.UTF_8), signature, KEY, com.fasterxml.jackson.databind.JsonNode.class);
    assertThat(event.get("payload").get("entity_type").asText()).isEqualTo("contact");
    assertThatThrownBy(() -> ApideckWebhooks.constructEvent(
        BODY.getBytes(StandardCharsets.UTF_8), signature, "wrong", com.fasterxml.jackson.databind.JsonNode.class))
        .isInstanceOf(WebhookSignatureException.class);
  }

  @Test
  void refusesBodiesBeyondTheDocumentedLimitsWithAReason() {
    String wrong = ApideckWebhooks.sign("{}", KEY);
    byte[] big = new byte[ApideckWebhooks.MAX_BODY_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    assertThatThrownBy(() -> ApideckWebhooks.verifyOrThrow(big, wrong, KEY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("larger than 1048576 bytes");
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 990; i++) {
      deep.append("{\"a\":");
    }
    deep.append('1');
    for (int i = 0; i < 990; i++) {
      deep.append('}');
    }
    assertThatThrownBy(() -> ApideckWebhooks.verifyOrThrow(
        deep.toString().getBytes(StandardCharsets.UTF_8), wrong, KEY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("deeper than 64");
    assertThatThrownBy(() -> ApideckWebhooks.sign(deep.toString(), KEY)).isInstanceOf(ValidationException.class);
  }

  @Test
  void aDocumentAtTheLimitsStillVerifies() {
    StringBuilder body = new StringBuilder("{\"n\":[");
    for (int i = 0; body.length() < ApideckWebhooks.MAX_BODY_BYTES - 40; i++) {
      body.append(i == 0 ? "" : ",").append(i < 1000 ? "12345678901234567" : "123456789012345");
    }
    body.append("]}");
    String signature = ApideckWebhooks.sign(body.toString(), KEY);
    assertThat(ApideckWebhooks.verify(body.toString(), signature, KEY)).isTrue();
  }

  @Test
  void refusesMoreLongNumbersThanTheSearchBudget() {
    StringBuilder body = new StringBuilder("{\"n\":[");
    for (int i = 0; i <= 1000; i++) {
      body.append(i == 0 ? "" : ",").append("1.2345678901234567e-300");
    }
    body.append("]}");
    assertThatThrownBy(() -> ApideckWebhooks.verifyOrThrow(
        body.toString().getBytes(StandardCharsets.UTF_8), ApideckWebhooks.sign("{}", KEY), KEY))
        .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("more than 1000 numbers");
  }
}
