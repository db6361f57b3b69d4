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
import dev.unisdk.unificationengine.model.CreateUserResponse;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link CreateUserResponse}; not public API.
 */
public final class CreateUserResponseCodec {
  private static final SerializedString F_STATUS = new SerializedString("status");

  private static final SerializedString F_INFO = new SerializedString("info");

  private static final SerializedString F_URI = new SerializedString("uri");

  private CreateUserResponseCodec() {
  }

  /**
   * Reads one {@link CreateUserResponse} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static CreateUserResponse read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, CreateUserResponse.class);
    CreateUserResponse.Builder b = CreateUserResponse.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "status":
            b.status(Codecs.readInteger(p, ctxt));
            break;
          case "info":
            b.info(Codecs.readString(p, ctxt));
            break;
          case "uri":
            b.uri(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, CreateUserResponse.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link CreateUserResponse}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, CreateUserResponse value)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      Codecs.writeInteger(g, provider, value.statusField().value());
    }
    if (!value.infoField().isMissing()) {
      g.writeFieldName(F_INFO);
      Codecs.writeString(g, provider, value.infoField().value());
    }
    if (!value.uriField().isMissing()) {
      g.writeFieldName(F_URI);
      Codecs.writeString(g, provider, value.uriField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link CreateUserResponse}.
   */
  public static final class Deserializer extends StdDeserializer<CreateUserResponse> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(CreateUserResponse.class);
    }

    @Override
    public CreateUserResponse deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link CreateUserResponse}.
   */
  public static final class Serializer extends StdSerializer<CreateUserResponse> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(CreateUserResponse.class);
    }

    @Override
    public void serialize(CreateUserResponse value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, provider, value);
    }
  }
}
