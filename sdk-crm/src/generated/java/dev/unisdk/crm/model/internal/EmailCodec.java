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
import dev.unisdk.crm.model.Email;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Email}; not public API.
 */
public final class EmailCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_EMAIL = new SerializedString("email");

  private static final SerializedString F_TYPE = new SerializedString("type");

  private EmailCodec() {
  }

  /**
   * Reads one {@link Email} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Email read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Email.class);
    Email.Builder b = Email.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "email":
            b.email(Codecs.readString(p, ctxt));
            break;
          case "type":
            b.type(EmailTypeCodec.read(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, Email.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Email}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Email value) throws
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
    if (!value.emailField().isMissing()) {
      g.writeFieldName(F_EMAIL);
      Codecs.writeString(g, provider, value.emailField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      EmailTypeCodec.write(g, provider, value.typeField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link Email}.
   */
  public static final class Deserializer extends StdDeserializer<Email> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Email.class);
    }

    @Override
    public Email deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Email}.
   */
  public static final class Serializer extends StdSerializer<Email> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Email.class);
    }

    @Override
    public void serialize(Email value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
