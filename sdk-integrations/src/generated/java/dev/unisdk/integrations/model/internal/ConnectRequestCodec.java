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
import dev.unisdk.integrations.model.ConnectRequest;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link ConnectRequest}; not public API.
 */
public final class ConnectRequestCodec {
  private static final SerializedString F_INTEGRATION_TYPE = new SerializedString("integration_type");

  private static final SerializedString F_CATEGORIES = new SerializedString("categories");

  private static final SerializedString F_REDIRECT_URL = new SerializedString("redirect_url");

  private static final SerializedString F_EXTERNAL_XREF = new SerializedString("external_xref");

  private static final SerializedString F_SCOPES = new SerializedString("scopes");

  private ConnectRequestCodec() {
  }

  /**
   * Reads one {@link ConnectRequest} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static ConnectRequest read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, ConnectRequest.class);
    ConnectRequest.Builder b = ConnectRequest.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "integration_type":
            b.integrationType(Codecs.readString(p, ctxt));
            break;
          case "categories":
            b.categories(Codecs.readList(p, ctxt, CategoryCodec::read));
            break;
          case "redirect_url":
            b.redirectUrl(Codecs.readString(p, ctxt));
            break;
          case "external_xref":
            b.externalXref(Codecs.readString(p, ctxt));
            break;
          case "scopes":
            b.scopes(Codecs.readList(p, ctxt, Codecs::readString));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, ConnectRequest.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link ConnectRequest}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, ConnectRequest value)
      throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.integrationTypeField().isMissing()) {
      g.writeFieldName(F_INTEGRATION_TYPE);
      Codecs.writeString(g, provider, value.integrationTypeField().value());
    }
    if (!value.categoriesField().isMissing()) {
      g.writeFieldName(F_CATEGORIES);
      Codecs.writeList(g, provider, value.categoriesField().value(), CategoryCodec::write);
    }
    if (!value.redirectUrlField().isMissing()) {
      g.writeFieldName(F_REDIRECT_URL);
      Codecs.writeString(g, provider, value.redirectUrlField().value());
    }
    if (!value.externalXrefField().isMissing()) {
      g.writeFieldName(F_EXTERNAL_XREF);
      Codecs.writeString(g, provider, value.externalXrefField().value());
    }
    if (!value.scopesField().isMissing()) {
      g.writeFieldName(F_SCOPES);
      Codecs.writeList(g, provider, value.scopesField().value(), Codecs::writeString);
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link ConnectRequest}.
   */
  public static final class Deserializer extends StdDeserializer<ConnectRequest> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(ConnectRequest.class);
    }

    @Override
    public ConnectRequest deserialize(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link ConnectRequest}.
   */
  public static final class Serializer extends StdSerializer<ConnectRequest> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(ConnectRequest.class);
    }

    @Override
    public void serialize(ConnectRequest value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
