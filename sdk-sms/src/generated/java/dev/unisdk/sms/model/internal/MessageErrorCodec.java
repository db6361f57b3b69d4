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
import dev.unisdk.sms.model.MessageError;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link MessageError}; not public API.
 */
public final class MessageErrorCodec {
  private static final SerializedString F_CODE = new SerializedString("code");

  private static final SerializedString F_MESSAGE = new SerializedString("message");

  private MessageErrorCodec() {
  }

  /**
   * Reads one {@link MessageError} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static MessageError read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, MessageError.class);
    MessageError.Builder b = MessageError.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "code":
            b.code(Codecs.readString(p, ctxt));
            break;
          case "message":
            b.message(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, MessageError.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link MessageError}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, MessageError value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.codeField().isMissing()) {
      g.writeFieldName(F_CODE);
      Codecs.writeString(g, provider, value.codeField().value());
    }
    if (!value.messageField().isMissing()) {
      g.writeFieldName(F_MESSAGE);
      Codecs.writeString(g, provider, value.messageField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link MessageError}.
   */
  public static final class Deserializer extends StdDeserializer<MessageError> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(MessageError.class);
    }

    @Override
    public MessageError deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link MessageError}.
   */
  public static final class Serializer extends StdSerializer<MessageError> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(MessageError.class);
    }

    @Override
    public void serialize(MessageError value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
