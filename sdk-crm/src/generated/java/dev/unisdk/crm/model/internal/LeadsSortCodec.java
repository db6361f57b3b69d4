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
import dev.unisdk.crm.model.LeadsSort;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link LeadsSort}; not public API.
 */
public final class LeadsSortCodec {
  private static final SerializedString F_BY = new SerializedString("by");

  private static final SerializedString F_DIRECTION = new SerializedString("direction");

  private LeadsSortCodec() {
  }

  /**
   * Reads one {@link LeadsSort} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static LeadsSort read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, LeadsSort.class);
    LeadsSort.Builder b = LeadsSort.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "by":
            b.by(LeadsSortByCodec.read(p, ctxt));
            break;
          case "direction":
            b.direction(SortDirectionCodec.read(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, LeadsSort.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link LeadsSort}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, LeadsSort value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.byField().isMissing()) {
      g.writeFieldName(F_BY);
      LeadsSortByCodec.write(g, provider, value.byField().value());
    }
    if (!value.directionField().isMissing()) {
      g.writeFieldName(F_DIRECTION);
      SortDirectionCodec.write(g, provider, value.directionField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link LeadsSort}.
   */
  public static final class Deserializer extends StdDeserializer<LeadsSort> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(LeadsSort.class);
    }

    @Override
    public LeadsSort deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link LeadsSort}.
   */
  public static final class Serializer extends StdSerializer<LeadsSort> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(LeadsSort.class);
    }

    @Override
    public void serialize(LeadsSort value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
