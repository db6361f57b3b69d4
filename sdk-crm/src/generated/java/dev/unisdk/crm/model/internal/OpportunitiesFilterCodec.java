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
import dev.unisdk.crm.model.OpportunitiesFilter;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link OpportunitiesFilter}; not public API.
 */
public final class OpportunitiesFilterCodec {
  private static final SerializedString F_TITLE = new SerializedString("title");

  private static final SerializedString F_STATUS = new SerializedString("status");

  private static final SerializedString F_MONETARY_AMOUNT = new SerializedString("monetary_amount");

  private static final SerializedString F_WIN_PROBABILITY = new SerializedString("win_probability");

  private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

  private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

  private static final SerializedString F_PRIMARY_CONTACT_ID = new SerializedString("primary_contact_id");

  private OpportunitiesFilterCodec() {
  }

  /**
   * Reads one {@link OpportunitiesFilter} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static OpportunitiesFilter read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, OpportunitiesFilter.class);
    OpportunitiesFilter.Builder b = OpportunitiesFilter.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "title":
            b.title(Codecs.readString(p, ctxt));
            break;
          case "status":
            b.status(Codecs.readString(p, ctxt));
            break;
          case "monetary_amount":
            b.monetaryAmount(Codecs.readBigDecimal(p, ctxt));
            break;
          case "win_probability":
            b.winProbability(Codecs.readBigDecimal(p, ctxt));
            break;
          case "company_id":
            b.companyId(Codecs.readString(p, ctxt));
            break;
          case "owner_id":
            b.ownerId(Codecs.readString(p, ctxt));
            break;
          case "primary_contact_id":
            b.primaryContactId(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, OpportunitiesFilter.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link OpportunitiesFilter}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, OpportunitiesFilter value)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.titleField().isMissing()) {
      g.writeFieldName(F_TITLE);
      Codecs.writeString(g, provider, value.titleField().value());
    }
    if (!value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      Codecs.writeString(g, provider, value.statusField().value());
    }
    if (!value.monetaryAmountField().isMissing()) {
      g.writeFieldName(F_MONETARY_AMOUNT);
      Codecs.writeBigDecimal(g, provider, value.monetaryAmountField().value());
    }
    if (!value.winProbabilityField().isMissing()) {
      g.writeFieldName(F_WIN_PROBABILITY);
      Codecs.writeBigDecimal(g, provider, value.winProbabilityField().value());
    }
    if (!value.companyIdField().isMissing()) {
      g.writeFieldName(F_COMPANY_ID);
      Codecs.writeString(g, provider, value.companyIdField().value());
    }
    if (!value.ownerIdField().isMissing()) {
      g.writeFieldName(F_OWNER_ID);
      Codecs.writeString(g, provider, value.ownerIdField().value());
    }
    if (!value.primaryContactIdField().isMissing()) {
      g.writeFieldName(F_PRIMARY_CONTACT_ID);
      Codecs.writeString(g, provider, value.primaryContactIdField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link OpportunitiesFilter}.
   */
  public static final class Deserializer extends StdDeserializer<OpportunitiesFilter> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(OpportunitiesFilter.class);
    }

    @Override
    public OpportunitiesFilter deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link OpportunitiesFilter}.
   */
  public static final class Serializer extends StdSerializer<OpportunitiesFilter> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(OpportunitiesFilter.class);
    }

    @Override
    public void serialize(OpportunitiesFilter value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, provider, value);
    }
  }
}
