// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.WebhookEventPayload;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link WebhookEventPayload}; not public API.
 */
public final class WebhookEventPayloadCodec {
  private static final SerializedString F_EVENT_TYPE = new SerializedString("event_type");

  private static final SerializedString F_UNIFIED_API = new SerializedString("unified_api");

  private static final SerializedString F_SERVICE_ID = new SerializedString("service_id");

  private static final SerializedString F_CONSUMER_ID = new SerializedString("consumer_id");

  private static final SerializedString F_EVENT_ID = new SerializedString("event_id");

  private static final SerializedString F_ENTITY_ID = new SerializedString("entity_id");

  private static final SerializedString F_ENTITY_URL = new SerializedString("entity_url");

  private static final SerializedString F_ENTITY_TYPE = new SerializedString("entity_type");

  private static final SerializedString F_OCCURRED_AT = new SerializedString("occurred_at");

  private WebhookEventPayloadCodec() {
  }

  /**
   * Reads one {@link WebhookEventPayload} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static WebhookEventPayload read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, WebhookEventPayload.class);
    WebhookEventPayload.Builder b = WebhookEventPayload.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "event_type":
            b.eventType(WebhookEventTypeCodec.read(p, ctxt));
            break;
          case "unified_api":
            b.unifiedApi(Codecs.readString(p, ctxt));
            break;
          case "service_id":
            b.serviceId(Codecs.readString(p, ctxt));
            break;
          case "consumer_id":
            b.consumerId(Codecs.readString(p, ctxt));
            break;
          case "event_id":
            b.eventId(Codecs.readString(p, ctxt));
            break;
          case "entity_id":
            b.entityId(Codecs.readString(p, ctxt));
            break;
          case "entity_url":
            b.entityUrl(Codecs.readString(p, ctxt));
            break;
          case "entity_type":
            b.entityType(WebhookEntityTypeCodec.read(p, ctxt));
            break;
          case "occurred_at":
            b.occurredAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, WebhookEventPayload.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link WebhookEventPayload}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, WebhookEventPayload value)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.eventTypeField().isMissing()) {
      g.writeFieldName(F_EVENT_TYPE);
      WebhookEventTypeCodec.write(g, provider, value.eventTypeField().value());
    }
    if (!value.unifiedApiField().isMissing()) {
      g.writeFieldName(F_UNIFIED_API);
      Codecs.writeString(g, provider, value.unifiedApiField().value());
    }
    if (!value.serviceIdField().isMissing()) {
      g.writeFieldName(F_SERVICE_ID);
      Codecs.writeString(g, provider, value.serviceIdField().value());
    }
    if (!value.consumerIdField().isMissing()) {
      g.writeFieldName(F_CONSUMER_ID);
      Codecs.writeString(g, provider, value.consumerIdField().value());
    }
    if (!value.eventIdField().isMissing()) {
      g.writeFieldName(F_EVENT_ID);
      Codecs.writeString(g, provider, value.eventIdField().value());
    }
    if (!value.entityIdField().isMissing()) {
      g.writeFieldName(F_ENTITY_ID);
      Codecs.writeString(g, provider, value.entityIdField().value());
    }
    if (!value.entityUrlField().isMissing()) {
      g.writeFieldName(F_ENTITY_URL);
      Codecs.writeString(g, provider, value.entityUrlField().value());
    }
    if (!value.entityTypeField().isMissing()) {
      g.writeFieldName(F_ENTITY_TYPE);
      WebhookEntityTypeCodec.write(g, provider, value.entityTypeField().value());
    }
    if (!value.occurredAtField().isMissing()) {
      g.writeFieldName(F_OCCURRED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.occurredAtField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link WebhookEventPayload}.
   */
  public static final class Deserializer extends StdDeserializer<WebhookEventPayload> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(WebhookEventPayload.class);
    }

    @Override
    public WebhookEventPayload deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link WebhookEventPayload}.
   */
  public static final class Serializer extends StdSerializer<WebhookEventPayload> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(WebhookEventPayload.class);
    }

    @Override
    public void serialize(WebhookEventPayload value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, provider, value);
    }
  }
}
