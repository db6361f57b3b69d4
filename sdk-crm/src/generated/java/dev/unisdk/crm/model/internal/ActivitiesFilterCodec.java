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
import dev.unisdk.crm.model.ActivitiesFilter;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link ActivitiesFilter}; not public API.
 */
public final class ActivitiesFilterCodec {
  private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

  private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

  private static final SerializedString F_CONTACT_ID = new SerializedString("contact_id");

  private static final SerializedString F_UPDATED_SINCE = new SerializedString("updated_since");

  private ActivitiesFilterCodec() {
  }

  /**
   * Reads one {@link ActivitiesFilter} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static ActivitiesFilter read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, ActivitiesFilter.class);
    ActivitiesFilter.Builder b = ActivitiesFilter.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "company_id":
            b.companyId(Codecs.readString(p, ctxt));
            break;
          case "owner_id":
            b.ownerId(Codecs.readString(p, ctxt));
            break;
          case "contact_id":
            b.contactId(Codecs.readString(p, ctxt));
            break;
          case "updated_since":
            b.updatedSince(Codecs.readOffsetDateTime(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, ActivitiesFilter.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link ActivitiesFilter}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, ActivitiesFilter value)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.companyIdField().isMissing()) {
      g.writeFieldName(F_COMPANY_ID);
      Codecs.writeString(g, provider, value.companyIdField().value());
    }
    if (!value.ownerIdField().isMissing()) {
      g.writeFieldName(F_OWNER_ID);
      Codecs.writeString(g, provider, value.ownerIdField().value());
    }
    if (!value.contactIdField().isMissing()) {
      g.writeFieldName(F_CONTACT_ID);
      Codecs.writeString(g, provider, value.contactIdField().value());
    }
    if (!value.updatedSinceField().isMissing()) {
      g.writeFieldName(F_UPDATED_SINCE);
      Codecs.writeOffsetDateTime(g, provider, value.updatedSinceField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link ActivitiesFilter}.
   */
  public static final class Deserializer extends StdDeserializer<ActivitiesFilter> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(ActivitiesFilter.class);
    }

    @Override
    public ActivitiesFilter deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link ActivitiesFilter}.
   */
  public static final class Serializer extends StdSerializer<ActivitiesFilter> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(ActivitiesFilter.class);
    }

    @Override
    public void serialize(ActivitiesFilter value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, provider, value);
    }
  }
}
