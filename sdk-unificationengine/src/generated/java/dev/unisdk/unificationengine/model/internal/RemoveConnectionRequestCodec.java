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
import dev.unisdk.unificationengine.model.RemoveConnectionRequest;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link RemoveConnectionRequest}; not public API.
 */
public final class RemoveConnectionRequestCodec {
  private static final SerializedString F_NAME = new SerializedString("name");

  private RemoveConnectionRequestCodec() {
  }

  /**
   * Reads one {@link RemoveConnectionRequest} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static RemoveConnectionRequest read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, RemoveConnectionRequest.class);
    RemoveConnectionRequest.Builder b = RemoveConnectionRequest.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "name":
            b.name(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, RemoveConnectionRequest.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link RemoveConnectionRequest}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider,
      RemoveConnectionRequest value) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.nameField().isMissing()) {
      g.writeFieldName(F_NAME);
      Codecs.writeString(g, provider, value.nameField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link RemoveConnectionRequest}.
   */
  public static final class Deserializer extends StdDeserializer<RemoveConnectionRequest> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(RemoveConnectionRequest.class);
    }

    @Override
    public RemoveConnectionRequest deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link RemoveConnectionRequest}.
   */
  public static final class Serializer extends StdSerializer<RemoveConnectionRequest> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(RemoveConnectionRequest.class);
    }

    @Override
    public void serialize(RemoveConnectionRequest value, JsonGenerator g,
        SerializerProvider provider) throws IOException {
      write(g, provider, value);
    }
  }
}
