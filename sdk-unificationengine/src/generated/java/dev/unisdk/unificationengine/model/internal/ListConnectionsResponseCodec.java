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
import dev.unisdk.unificationengine.model.ListConnectionsResponse;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link ListConnectionsResponse}; not public API.
 */
public final class ListConnectionsResponseCodec {
  private static final SerializedString F_STATUS = new SerializedString("status");

  private static final SerializedString F_INFO = new SerializedString("info");

  private static final SerializedString F_CONNECTIONS = new SerializedString("connections");

  private ListConnectionsResponseCodec() {
  }

  /**
   * Reads one {@link ListConnectionsResponse} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static ListConnectionsResponse read(JsonParser p, DeserializationContext ctxt) throws
      IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, ListConnectionsResponse.class);
    ListConnectionsResponse.Builder b = ListConnectionsResponse.builder();
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
          case "connections":
            b.connections(Codecs.readMap(p, ctxt, ConnectionEntryCodec::read));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, ListConnectionsResponse.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link ListConnectionsResponse}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider,
      ListConnectionsResponse value) throws IOException {
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
    if (!value.connectionsField().isMissing()) {
      g.writeFieldName(F_CONNECTIONS);
      Codecs.writeMap(g, provider, value.connectionsField().value(), ConnectionEntryCodec::write);
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link ListConnectionsResponse}.
   */
  public static final class Deserializer extends StdDeserializer<ListConnectionsResponse> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(ListConnectionsResponse.class);
    }

    @Override
    public ListConnectionsResponse deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link ListConnectionsResponse}.
   */
  public static final class Serializer extends StdSerializer<ListConnectionsResponse> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(ListConnectionsResponse.class);
    }

    @Override
    public void serialize(ListConnectionsResponse value, JsonGenerator g,
        SerializerProvider provider) throws IOException {
      write(g, provider, value);
    }
  }
}
