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
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.Note;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Note}; not public API.
 */
public final class NoteCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_TITLE = new SerializedString("title");

  private static final SerializedString F_CONTENT = new SerializedString("content");

  private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

  private static final SerializedString F_CONTACT_ID = new SerializedString("contact_id");

  private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

  private static final SerializedString F_OPPORTUNITY_ID = new SerializedString("opportunity_id");

  private static final SerializedString F_LEAD_ID = new SerializedString("lead_id");

  private static final SerializedString F_ACTIVE = new SerializedString("active");

  private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

  private static final SerializedString F_UPDATED_BY = new SerializedString("updated_by");

  private static final SerializedString F_CREATED_BY = new SerializedString("created_by");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private NoteCodec() {
  }

  /**
   * Reads one {@link Note} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Note read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Note.class);
    Note.Builder b = Note.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "title":
            b.title(Codecs.readString(p, ctxt));
            break;
          case "content":
            b.content(Codecs.readString(p, ctxt));
            break;
          case "owner_id":
            b.ownerId(Codecs.readString(p, ctxt));
            break;
          case "contact_id":
            b.contactId(Codecs.readString(p, ctxt));
            break;
          case "company_id":
            b.companyId(Codecs.readString(p, ctxt));
            break;
          case "opportunity_id":
            b.opportunityId(Codecs.readString(p, ctxt));
            break;
          case "lead_id":
            b.leadId(Codecs.readString(p, ctxt));
            break;
          case "active":
            b.active(Codecs.readBoolean(p, ctxt));
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
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, Note.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Note}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Note value) throws
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
    if (!value.titleField().isMissing()) {
      g.writeFieldName(F_TITLE);
      Codecs.writeString(g, provider, value.titleField().value());
    }
    if (!value.contentField().isMissing()) {
      g.writeFieldName(F_CONTENT);
      Codecs.writeString(g, provider, value.contentField().value());
    }
    if (!value.ownerIdField().isMissing()) {
      g.writeFieldName(F_OWNER_ID);
      Codecs.writeString(g, provider, value.ownerIdField().value());
    }
    if (!value.contactIdField().isMissing()) {
      g.writeFieldName(F_CONTACT_ID);
      Codecs.writeString(g, provider, value.contactIdField().value());
    }
    if (!value.companyIdField().isMissing()) {
      g.writeFieldName(F_COMPANY_ID);
      Codecs.writeString(g, provider, value.companyIdField().value());
    }
    if (!value.opportunityIdField().isMissing()) {
      g.writeFieldName(F_OPPORTUNITY_ID);
      Codecs.writeString(g, provider, value.opportunityIdField().value());
    }
    if (!value.leadIdField().isMissing()) {
      g.writeFieldName(F_LEAD_ID);
      Codecs.writeString(g, provider, value.leadIdField().value());
    }
    if (!value.activeField().isMissing()) {
      g.writeFieldName(F_ACTIVE);
      Codecs.writeBoolean(g, provider, value.activeField().value());
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
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link Note}.
   */
  public static final class Deserializer extends StdDeserializer<Note> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Note.class);
    }

    @Override
    public Note deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Note}.
   */
  public static final class Serializer extends StdSerializer<Note> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Note.class);
    }

    @Override
    public void serialize(Note value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
