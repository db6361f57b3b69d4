// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.sms.model.Message;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Message}; not public API.
 */
public final class MessageCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_FROM = new SerializedString("from");

  private static final SerializedString F_TO = new SerializedString("to");

  private static final SerializedString F_SUBJECT = new SerializedString("subject");

  private static final SerializedString F_BODY = new SerializedString("body");

  private static final SerializedString F_TYPE = new SerializedString("type");

  private static final SerializedString F_NUMBER_OF_UNITS = new SerializedString("number_of_units");

  private static final SerializedString F_NUMBER_OF_MEDIA_FILES = new SerializedString("number_of_media_files");

  private static final SerializedString F_DIRECTION = new SerializedString("direction");

  private static final SerializedString F_STATUS = new SerializedString("status");

  private static final SerializedString F_SCHEDULED_AT = new SerializedString("scheduled_at");

  private static final SerializedString F_SENT_AT = new SerializedString("sent_at");

  private static final SerializedString F_WEBHOOK_URL = new SerializedString("webhook_url");

  private static final SerializedString F_REFERENCE = new SerializedString("reference");

  private static final SerializedString F_PRICE = new SerializedString("price");

  private static final SerializedString F_ERROR = new SerializedString("error");

  private static final SerializedString F_MESSAGING_SERVICE_ID = new SerializedString("messaging_service_id");

  private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

  private static final SerializedString F_UPDATED_BY = new SerializedString("updated_by");

  private static final SerializedString F_CREATED_BY = new SerializedString("created_by");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private static final SerializedString F_PASS_THROUGH = new SerializedString("pass_through");

  private MessageCodec() {
  }

  /**
   * Reads one {@link Message} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Message read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Message.class);
    Message.Builder b = Message.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "from":
            b.from(Codecs.readString(p, ctxt));
            break;
          case "to":
            b.to(Codecs.readString(p, ctxt));
            break;
          case "subject":
            b.subject(Codecs.readString(p, ctxt));
            break;
          case "body":
            b.body(Codecs.readString(p, ctxt));
            break;
          case "type":
            b.type(MessageTypeCodec.read(p, ctxt));
            break;
          case "number_of_units":
            b.numberOfUnits(Codecs.readLong(p, ctxt));
            break;
          case "number_of_media_files":
            b.numberOfMediaFiles(Codecs.readLong(p, ctxt));
            break;
          case "direction":
            b.direction(MessageDirectionCodec.read(p, ctxt));
            break;
          case "status":
            b.status(MessageStatusCodec.read(p, ctxt));
            break;
          case "scheduled_at":
            b.scheduledAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "sent_at":
            b.sentAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "webhook_url":
            b.webhookUrl(Codecs.readString(p, ctxt));
            break;
          case "reference":
            b.reference(Codecs.readString(p, ctxt));
            break;
          case "price":
            b.price(PriceCodec.read(p, ctxt));
            break;
          case "error":
            b.error(MessageErrorCodec.read(p, ctxt));
            break;
          case "messaging_service_id":
            b.messagingServiceId(Codecs.readString(p, ctxt));
            break;
          case "custom_mappings":
            b.customMappings(Codecs.readMap(p, ctxt, Codecs::readJsonValue));
            break;
          case "updated_by":
            b.updatedBy(Codecs.readString(p, ctxt));
            break;
          case "created_by":
            b.createdBy(Codecs.readString(p, ctxt));
            break;
          case "updated_at":
            b.updatedAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "created_at":
            b.createdAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "pass_through":
            b.passThrough(Codecs.readList(p, ctxt, PassThroughCodec::read));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, Message.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Message}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Message value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    boolean requestBody = Json.isRequestBody(provider);
    g.writeStartObject();
    if (!requestBody && !value.idField().isMissing()) {
      g.writeFieldName(F_ID);
      Codecs.writeString(g, provider, value.idField().value());
    }
    if (!value.fromField().isMissing()) {
      g.writeFieldName(F_FROM);
      Codecs.writeString(g, provider, value.fromField().value());
    }
    if (!value.toField().isMissing()) {
      g.writeFieldName(F_TO);
      Codecs.writeString(g, provider, value.toField().value());
    }
    if (!value.subjectField().isMissing()) {
      g.writeFieldName(F_SUBJECT);
      Codecs.writeString(g, provider, value.subjectField().value());
    }
    if (!value.bodyField().isMissing()) {
      g.writeFieldName(F_BODY);
      Codecs.writeString(g, provider, value.bodyField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      MessageTypeCodec.write(g, provider, value.typeField().value());
    }
    if (!requestBody && !value.numberOfUnitsField().isMissing()) {
      g.writeFieldName(F_NUMBER_OF_UNITS);
      Codecs.writeLong(g, provider, value.numberOfUnitsField().value());
    }
    if (!requestBody && !value.numberOfMediaFilesField().isMissing()) {
      g.writeFieldName(F_NUMBER_OF_MEDIA_FILES);
      Codecs.writeLong(g, provider, value.numberOfMediaFilesField().value());
    }
    if (!requestBody && !value.directionField().isMissing()) {
      g.writeFieldName(F_DIRECTION);
      MessageDirectionCodec.write(g, provider, value.directionField().value());
    }
    if (!requestBody && !value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      MessageStatusCodec.write(g, provider, value.statusField().value());
    }
    if (!value.scheduledAtField().isMissing()) {
      g.writeFieldName(F_SCHEDULED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.scheduledAtField().value());
    }
    if (!requestBody && !value.sentAtField().isMissing()) {
      g.writeFieldName(F_SENT_AT);
      Codecs.writeOffsetDateTime(g, provider, value.sentAtField().value());
    }
    if (!value.webhookUrlField().isMissing()) {
      g.writeFieldName(F_WEBHOOK_URL);
      Codecs.writeString(g, provider, value.webhookUrlField().value());
    }
    if (!value.referenceField().isMissing()) {
      g.writeFieldName(F_REFERENCE);
      Codecs.writeString(g, provider, value.referenceField().value());
    }
    if (!requestBody && !value.priceField().isMissing()) {
      g.writeFieldName(F_PRICE);
      PriceCodec.write(g, provider, value.priceField().value());
    }
    if (!requestBody && !value.errorField().isMissing()) {
      g.writeFieldName(F_ERROR);
      MessageErrorCodec.write(g, provider, value.errorField().value());
    }
    if (!value.messagingServiceIdField().isMissing()) {
      g.writeFieldName(F_MESSAGING_SERVICE_ID);
      Codecs.writeString(g, provider, value.messagingServiceIdField().value());
    }
    if (!requestBody && !value.customMappingsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_MAPPINGS);
      Codecs.writeMap(g, provider, value.customMappingsField().value(), Codecs::writeJsonValue);
    }
    if (!requestBody && !value.updatedByField().isMissing()) {
      g.writeFieldName(F_UPDATED_BY);
      Codecs.writeString(g, provider, value.updatedByField().value());
    }
    if (!requestBody && !value.createdByField().isMissing()) {
      g.writeFieldName(F_CREATED_BY);
      Codecs.writeString(g, provider, value.createdByField().value());
    }
    if (!requestBody && !value.updatedAtField().isMissing()) {
      g.writeFieldName(F_UPDATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.updatedAtField().value());
    }
    if (!requestBody && !value.createdAtField().isMissing()) {
      g.writeFieldName(F_CREATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.createdAtField().value());
    }
    if (!value.passThroughField().isMissing()) {
      g.writeFieldName(F_PASS_THROUGH);
      Codecs.writeList(g, provider, value.passThroughField().value(), PassThroughCodec::write);
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link Message}.
   */
  public static final class Deserializer extends StdDeserializer<Message> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Message.class);
    }

    @Override
    public Message deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Message}.
   */
  public static final class Serializer extends StdSerializer<Message> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Message.class);
    }

    @Override
    public void serialize(Message value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
