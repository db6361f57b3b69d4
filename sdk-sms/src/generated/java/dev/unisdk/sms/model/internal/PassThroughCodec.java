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
import dev.unisdk.sms.model.PassThrough;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link PassThrough}; not public API.
 */
public final class PassThroughCodec {
  private static final SerializedString F_SERVICE_ID = new SerializedString("service_id");

  private static final SerializedString F_OPERATION_ID = new SerializedString("operation_id");

  private static final SerializedString F_EXTEND_OBJECT = new SerializedString("extend_object");

  private static final SerializedString F_EXTEND_PATHS = new SerializedString("extend_paths");

  private PassThroughCodec() {
  }

  /**
   * Reads one {@link PassThrough} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static PassThrough read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, PassThrough.class);
    PassThrough.Builder b = PassThrough.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "service_id":
            b.serviceId(Codecs.readString(p, ctxt));
            break;
          case "operation_id":
            b.operationId(Codecs.readString(p, ctxt));
            break;
          case "extend_object":
            b.extendObject(Codecs.readMap(p, ctxt, Codecs::readJsonValue));
            break;
          case "extend_paths":
            b.extendPaths(Codecs.readList(p, ctxt, ExtendPathCodec::read));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, PassThrough.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link PassThrough}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, PassThrough value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.serviceIdField().isMissing()) {
      g.writeFieldName(F_SERVICE_ID);
      Codecs.writeString(g, provider, value.serviceIdField().value());
    }
    if (!value.operationIdField().isMissing()) {
      g.writeFieldName(F_OPERATION_ID);
      Codecs.writeString(g, provider, value.operationIdField().value());
    }
    if (!value.extendObjectField().isMissing()) {
      g.writeFieldName(F_EXTEND_OBJECT);
      Codecs.writeMap(g, provider, value.extendObjectField().value(), Codecs::writeJsonValue);
    }
    if (!value.extendPathsField().isMissing()) {
      g.writeFieldName(F_EXTEND_PATHS);
      Codecs.writeList(g, provider, value.extendPathsField().value(), ExtendPathCodec::write);
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link PassThrough}.
   */
  public static final class Deserializer extends StdDeserializer<PassThrough> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(PassThrough.class);
    }

    @Override
    public PassThrough deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link PassThrough}.
   */
  public static final class Serializer extends StdSerializer<PassThrough> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(PassThrough.class);
    }

    @Override
    public void serialize(PassThrough value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
