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
import dev.unisdk.integrations.model.ConnectResponse;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link ConnectResponse}; not public API.
 */
public final class ConnectResponseCodec {
  private static final SerializedString F_URL = new SerializedString("url");

  private static final SerializedString F_CONNECTION_ID = new SerializedString("connection_id");

  private ConnectResponseCodec() {
  }

  /**
   * Reads one {@link ConnectResponse} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static ConnectResponse read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, ConnectResponse.class);
    ConnectResponse.Builder b = ConnectResponse.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "url":
            b.url(Codecs.readString(p, ctxt));
            break;
          case "connection_id":
            b.connectionId(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, ConnectResponse.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link ConnectResponse}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, ConnectResponse value)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.urlField().isMissing()) {
      g.writeFieldName(F_URL);
      Codecs.writeString(g, provider, value.urlField().value());
    }
    if (!value.connectionIdField().isMissing()) {
      g.writeFieldName(F_CONNECTION_ID);
      Codecs.writeString(g, provider, value.connectionIdField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link ConnectResponse}.
   */
  public static final class Deserializer extends StdDeserializer<ConnectResponse> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(ConnectResponse.class);
    }

    @Override
    public ConnectResponse deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link ConnectResponse}.
   */
  public static final class Serializer extends StdSerializer<ConnectResponse> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(ConnectResponse.class);
    }

    @Override
    public void serialize(ConnectResponse value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write(g, provider, value);
    }
  }
}
