// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model.internal;

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
import dev.unisdk.unificationengine.model.MessagePart;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link MessagePart}; not public API.
 */
public final class MessagePartCodec {
  private static final SerializedString F_PART = new SerializedString("part");

  private static final SerializedString F_CONTENT_TYPE = new SerializedString("contentType");

  private static final SerializedString F_SIZE = new SerializedString("size");

  private static final SerializedString F_TYPE = new SerializedString("type");

  private static final SerializedString F_DATA = new SerializedString("data");

  private MessagePartCodec() {
  }

  /**
   * Reads one {@link MessagePart} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static MessagePart read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, MessagePart.class);
    MessagePart.Builder b = MessagePart.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "part":
            b.part(Codecs.readString(p, ctxt));
            break;
          case "contentType":
            b.contentType(Codecs.readString(p, ctxt));
            break;
          case "size":
            b.size(Codecs.readLong(p, ctxt));
            break;
          case "type":
            b.type(Codecs.readString(p, ctxt));
            break;
          case "data":
            b.data(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, MessagePart.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link MessagePart}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, MessagePart value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.partField().isMissing()) {
      g.writeFieldName(F_PART);
      Codecs.writeString(g, provider, value.partField().value());
    }
    if (!value.contentTypeField().isMissing()) {
      g.writeFieldName(F_CONTENT_TYPE);
      Codecs.writeString(g, provider, value.contentTypeField().value());
    }
    if (!value.sizeField().isMissing()) {
      g.writeFieldName(F_SIZE);
      Codecs.writeLong(g, provider, value.sizeField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      Codecs.writeString(g, provider, value.typeField().value());
    }
    if (!value.dataField().isMissing()) {
      g.writeFieldName(F_DATA);
      Codecs.writeString(g, provider, value.dataField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link MessagePart}.
   */
  public static final class Deserializer extends StdDeserializer<MessagePart> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(MessagePart.class);
    }

    @Override
    public MessagePart deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link MessagePart}.
   */
  public static final class Serializer extends StdSerializer<MessagePart> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(MessagePart.class);
    }

    @Override
    public void serialize(MessagePart value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
