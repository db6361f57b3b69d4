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
import dev.unisdk.unificationengine.model.Message;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Message}; not public API.
 */
public final class MessageCodec {
  private static final SerializedString F_URI = new SerializedString("uri");

  private static final SerializedString F_MID = new SerializedString("mid");

  private static final SerializedString F_TIMESTAMP = new SerializedString("timestamp");

  private static final SerializedString F_RETURN_PATH = new SerializedString("returnPath");

  private static final SerializedString F_DATE = new SerializedString("date");

  private static final SerializedString F_USER_AGENT = new SerializedString("userAgent");

  private static final SerializedString F_HEADERS = new SerializedString("headers");

  private static final SerializedString F_RECEIVERS = new SerializedString("receivers");

  private static final SerializedString F_SENDER = new SerializedString("sender");

  private static final SerializedString F_SUBJECT = new SerializedString("subject");

  private static final SerializedString F_PARTS = new SerializedString("parts");

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
          case "uri":
            b.uri(Codecs.readString(p, ctxt));
            break;
          case "mid":
            b.mid(Codecs.readString(p, ctxt));
            break;
          case "timestamp":
            b.timestamp(Codecs.readString(p, ctxt));
            break;
          case "returnPath":
            b.returnPath(Codecs.readString(p, ctxt));
            break;
          case "date":
            b.date(Codecs.readString(p, ctxt));
            break;
          case "userAgent":
            b.userAgent(Codecs.readString(p, ctxt));
            break;
          case "headers":
            b.headers(Codecs.readString(p, ctxt));
            break;
          case "receivers":
            b.receivers(Codecs.readList(p, ctxt, ParticipantCodec::read));
            break;
          case "sender":
            b.sender(ParticipantCodec.read(p, ctxt));
            break;
          case "subject":
            b.subject(Codecs.readString(p, ctxt));
            break;
          case "parts":
            b.parts(Codecs.readList(p, ctxt, MessagePartCodec::read));
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
    g.writeStartObject();
    if (!value.uriField().isMissing()) {
      g.writeFieldName(F_URI);
      Codecs.writeString(g, provider, value.uriField().value());
    }
    if (!value.midField().isMissing()) {
      g.writeFieldName(F_MID);
      Codecs.writeString(g, provider, value.midField().value());
    }
    if (!value.timestampField().isMissing()) {
      g.writeFieldName(F_TIMESTAMP);
      Codecs.writeString(g, provider, value.timestampField().value());
    }
    if (!value.returnPathField().isMissing()) {
      g.writeFieldName(F_RETURN_PATH);
      Codecs.writeString(g, provider, value.returnPathField().value());
    }
    if (!value.dateField().isMissing()) {
      g.writeFieldName(F_DATE);
      Codecs.writeString(g, provider, value.dateField().value());
    }
    if (!value.userAgentField().isMissing()) {
      g.writeFieldName(F_USER_AGENT);
      Codecs.writeString(g, provider, value.userAgentField().value());
    }
    if (!value.headersField().isMissing()) {
      g.writeFieldName(F_HEADERS);
      Codecs.writeString(g, provider, value.headersField().value());
    }
    if (!value.receiversField().isMissing()) {
      g.writeFieldName(F_RECEIVERS);
      Codecs.writeList(g, provider, value.receiversField().value(), ParticipantCodec::write);
    }
    if (!value.senderField().isMissing()) {
      g.writeFieldName(F_SENDER);
      ParticipantCodec.write(g, provider, value.senderField().value());
    }
    if (!value.subjectField().isMissing()) {
      g.writeFieldName(F_SUBJECT);
      Codecs.writeString(g, provider, value.subjectField().value());
    }
    if (!value.partsField().isMissing()) {
      g.writeFieldName(F_PARTS);
      Codecs.writeList(g, provider, value.partsField().value(), MessagePartCodec::write);
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
