// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model.internal;

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
import dev.unisdk.crm.model.SocialLink;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link SocialLink}; not public API.
 */
public final class SocialLinkCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_URL = new SerializedString("url");

  private static final SerializedString F_TYPE = new SerializedString("type");

  private SocialLinkCodec() {
  }

  /**
   * Reads one {@link SocialLink} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static SocialLink read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, SocialLink.class);
    SocialLink.Builder b = SocialLink.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "url":
            b.url(Codecs.readString(p, ctxt));
            break;
          case "type":
            b.type(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, SocialLink.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link SocialLink}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, SocialLink value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.idField().isMissing()) {
      g.writeFieldName(F_ID);
      Codecs.writeString(g, provider, value.idField().value());
    }
    if (!value.urlField().isMissing()) {
      g.writeFieldName(F_URL);
      Codecs.writeString(g, provider, value.urlField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      Codecs.writeString(g, provider, value.typeField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link SocialLink}.
   */
  public static final class Deserializer extends StdDeserializer<SocialLink> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(SocialLink.class);
    }

    @Override
    public SocialLink deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link SocialLink}.
   */
  public static final class Serializer extends StdSerializer<SocialLink> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(SocialLink.class);
    }

    @Override
    public void serialize(SocialLink value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
