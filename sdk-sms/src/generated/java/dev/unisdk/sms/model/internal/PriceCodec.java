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
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.sms.model.Price;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Price}; not public API.
 */
public final class PriceCodec {
  private static final SerializedString F_PER_UNIT = new SerializedString("per_unit");

  private static final SerializedString F_TOTAL_AMOUNT = new SerializedString("total_amount");

  private static final SerializedString F_CURRENCY = new SerializedString("currency");

  private PriceCodec() {
  }

  /**
   * Reads one {@link Price} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Price read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Price.class);
    Price.Builder b = Price.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "per_unit":
            b.perUnit(Codecs.readString(p, ctxt));
            break;
          case "total_amount":
            b.totalAmount(Codecs.readString(p, ctxt));
            break;
          case "currency":
            b.currency(CurrencyCodec.read(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, Price.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Price}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Price value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.perUnitField().isMissing()) {
      g.writeFieldName(F_PER_UNIT);
      Codecs.writeString(g, provider, value.perUnitField().value());
    }
    if (!value.totalAmountField().isMissing()) {
      g.writeFieldName(F_TOTAL_AMOUNT);
      Codecs.writeString(g, provider, value.totalAmountField().value());
    }
    if (!value.currencyField().isMissing()) {
      g.writeFieldName(F_CURRENCY);
      CurrencyCodec.write(g, provider, value.currencyField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link Price}.
   */
  public static final class Deserializer extends StdDeserializer<Price> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Price.class);
    }

    @Override
    public Price deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Price}.
   */
  public static final class Serializer extends StdSerializer<Price> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Price.class);
    }

    @Override
    public void serialize(Price value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
