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
import dev.unisdk.sms.model.ExtendPath;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link ExtendPath}; not public API.
 */
public final class ExtendPathCodec {
  private static final SerializedString F_PATH = new SerializedString("path");

  private static final SerializedString F_VALUE = new SerializedString("value");

  private ExtendPathCodec() {
  }

  /**
   * Reads one {@link ExtendPath} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static ExtendPath read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, ExtendPath.class);
    ExtendPath.Builder b = ExtendPath.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "path":
            b.path(Codecs.readString(p, ctxt));
            break;
          case "value":
            b.value(Codecs.readJsonValue(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, ExtendPath.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link ExtendPath}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, ExtendPath value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.pathField().isMissing()) {
      g.writeFieldName(F_PATH);
      Codecs.writeString(g, provider, value.pathField().value());
    }
    if (!value.valueField().isMissing()) {
      g.writeFieldName(F_VALUE);
      Codecs.writeJsonValue(g, provider, value.valueField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link ExtendPath}.
   */
  public static final class Deserializer extends StdDeserializer<ExtendPath> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(ExtendPath.class);
    }

    @Override
    public ExtendPath deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link ExtendPath}.
   */
  public static final class Serializer extends StdSerializer<ExtendPath> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(ExtendPath.class);
    }

    @Override
    public void serialize(ExtendPath value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
