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
import dev.unisdk.crm.model.PhoneNumber;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link PhoneNumber}; not public API.
 */
public final class PhoneNumberCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_COUNTRY_CODE = new SerializedString("country_code");

  private static final SerializedString F_AREA_CODE = new SerializedString("area_code");

  private static final SerializedString F_NUMBER = new SerializedString("number");

  private static final SerializedString F_EXTENSION = new SerializedString("extension");

  private static final SerializedString F_TYPE = new SerializedString("type");

  private PhoneNumberCodec() {
  }

  /**
   * Reads one {@link PhoneNumber} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static PhoneNumber read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, PhoneNumber.class);
    PhoneNumber.Builder b = PhoneNumber.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "country_code":
            b.countryCode(Codecs.readString(p, ctxt));
            break;
          case "area_code":
            b.areaCode(Codecs.readString(p, ctxt));
            break;
          case "number":
            b.number(Codecs.readString(p, ctxt));
            break;
          case "extension":
            b.extension(Codecs.readString(p, ctxt));
            break;
          case "type":
            b.type(PhoneNumberTypeCodec.read(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, PhoneNumber.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link PhoneNumber}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, PhoneNumber value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.idField().isMissing()) {
      g.writeFieldName(F_ID);
      Codecs.writeString(g, provider, value.idField().value());
    }
    if (!value.countryCodeField().isMissing()) {
      g.writeFieldName(F_COUNTRY_CODE);
      Codecs.writeString(g, provider, value.countryCodeField().value());
    }
    if (!value.areaCodeField().isMissing()) {
      g.writeFieldName(F_AREA_CODE);
      Codecs.writeString(g, provider, value.areaCodeField().value());
    }
    if (!value.numberField().isMissing()) {
      g.writeFieldName(F_NUMBER);
      Codecs.writeString(g, provider, value.numberField().value());
    }
    if (!value.extensionField().isMissing()) {
      g.writeFieldName(F_EXTENSION);
      Codecs.writeString(g, provider, value.extensionField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      PhoneNumberTypeCodec.write(g, provider, value.typeField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link PhoneNumber}.
   */
  public static final class Deserializer extends StdDeserializer<PhoneNumber> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(PhoneNumber.class);
    }

    @Override
    public PhoneNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link PhoneNumber}.
   */
  public static final class Serializer extends StdSerializer<PhoneNumber> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(PhoneNumber.class);
    }

    @Override
    public void serialize(PhoneNumber value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
