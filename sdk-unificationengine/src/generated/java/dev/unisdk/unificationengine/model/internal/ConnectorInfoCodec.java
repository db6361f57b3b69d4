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
import dev.unisdk.unificationengine.model.ConnectorInfo;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link ConnectorInfo}; not public API.
 */
public final class ConnectorInfoCodec {
  private static final SerializedString F_CONNECTOR = new SerializedString("connector");

  private static final SerializedString F_DISPLAY_NAME = new SerializedString("displayName");

  private static final SerializedString F_LOGIN_NAME = new SerializedString("loginName");

  private static final SerializedString F_USER_IMAGE = new SerializedString("userImage");

  private ConnectorInfoCodec() {
  }

  /**
   * Reads one {@link ConnectorInfo} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static ConnectorInfo read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, ConnectorInfo.class);
    ConnectorInfo.Builder b = ConnectorInfo.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "connector":
            b.connector(Codecs.readString(p, ctxt));
            break;
          case "displayName":
            b.displayName(Codecs.readString(p, ctxt));
            break;
          case "loginName":
            b.loginName(Codecs.readString(p, ctxt));
            break;
          case "userImage":
            b.userImage(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, ConnectorInfo.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link ConnectorInfo}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, ConnectorInfo value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.connectorField().isMissing()) {
      g.writeFieldName(F_CONNECTOR);
      Codecs.writeString(g, provider, value.connectorField().value());
    }
    if (!value.displayNameField().isMissing()) {
      g.writeFieldName(F_DISPLAY_NAME);
      Codecs.writeString(g, provider, value.displayNameField().value());
    }
    if (!value.loginNameField().isMissing()) {
      g.writeFieldName(F_LOGIN_NAME);
      Codecs.writeString(g, provider, value.loginNameField().value());
    }
    if (!value.userImageField().isMissing()) {
      g.writeFieldName(F_USER_IMAGE);
      Codecs.writeString(g, provider, value.userImageField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link ConnectorInfo}.
   */
  public static final class Deserializer extends StdDeserializer<ConnectorInfo> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(ConnectorInfo.class);
    }

    @Override
    public ConnectorInfo deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link ConnectorInfo}.
   */
  public static final class Serializer extends StdSerializer<ConnectorInfo> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(ConnectorInfo.class);
    }

    @Override
    public void serialize(ConnectorInfo value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
