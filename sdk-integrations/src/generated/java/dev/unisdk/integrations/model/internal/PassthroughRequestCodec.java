// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model.internal;

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
import dev.unisdk.integrations.model.PassthroughRequest;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link PassthroughRequest}; not public API.
 */
public final class PassthroughRequestCodec {
  private static final SerializedString F_METHOD = new SerializedString("method");

  private static final SerializedString F_PATH = new SerializedString("path");

  private static final SerializedString F_DATA = new SerializedString("data");

  private PassthroughRequestCodec() {
  }

  /**
   * Reads one {@link PassthroughRequest} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static PassthroughRequest read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, PassthroughRequest.class);
    PassthroughRequest.Builder b = PassthroughRequest.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "method":
            b.method(PassthroughMethodCodec.read(p, ctxt));
            break;
          case "path":
            b.path(Codecs.readString(p, ctxt));
            break;
          case "data":
            b.data(Codecs.readMap(p, ctxt, Codecs::readJsonValue));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, PassthroughRequest.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link PassthroughRequest}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, PassthroughRequest value)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.methodField().isMissing()) {
      g.writeFieldName(F_METHOD);
      PassthroughMethodCodec.write(g, provider, value.methodField().value());
    }
    if (!value.pathField().isMissing()) {
      g.writeFieldName(F_PATH);
      Codecs.writeString(g, provider, value.pathField().value());
    }
    if (!value.dataField().isMissing()) {
      g.writeFieldName(F_DATA);
      Codecs.writeMap(g, provider, value.dataField().value(), Codecs::writeJsonValue);
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link PassthroughRequest}.
   */
  public static final class Deserializer extends StdDeserializer<PassthroughRequest> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(PassthroughRequest.class);
    }

    @Override
    public PassthroughRequest deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link PassthroughRequest}.
   */
  public static final class Serializer extends StdSerializer<PassthroughRequest> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(PassthroughRequest.class);
    }

    @Override
    public void serialize(PassthroughRequest value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, provider, value);
    }
  }
}
