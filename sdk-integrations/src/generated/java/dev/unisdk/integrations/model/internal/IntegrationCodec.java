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
import dev.unisdk.integrations.model.Integration;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Integration}; not public API.
 */
public final class IntegrationCodec {
  private static final SerializedString F_TYPE = new SerializedString("type");

  private static final SerializedString F_NAME = new SerializedString("name");

  private static final SerializedString F_CATEGORIES = new SerializedString("categories");

  private static final SerializedString F_DESCRIPTION = new SerializedString("description");

  private static final SerializedString F_LOGO_URL = new SerializedString("logo_url");

  private static final SerializedString F_WEB_URL = new SerializedString("web_url");

  private static final SerializedString F_API_DOCS_URL = new SerializedString("api_docs_url");

  private static final SerializedString F_IS_ACTIVE = new SerializedString("is_active");

  private static final SerializedString F_IN_PROGRESS = new SerializedString("in_progress");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private IntegrationCodec() {
  }

  /**
   * Reads one {@link Integration} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Integration read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Integration.class);
    Integration.Builder b = Integration.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "type":
            b.type(Codecs.readString(p, ctxt));
            break;
          case "name":
            b.name(Codecs.readString(p, ctxt));
            break;
          case "categories":
            b.categories(Codecs.readList(p, ctxt, CategoryCodec::read));
            break;
          case "description":
            b.description(Codecs.readString(p, ctxt));
            break;
          case "logo_url":
            b.logoUrl(Codecs.readString(p, ctxt));
            break;
          case "web_url":
            b.webUrl(Codecs.readString(p, ctxt));
            break;
          case "api_docs_url":
            b.apiDocsUrl(Codecs.readString(p, ctxt));
            break;
          case "is_active":
            b.isActive(Codecs.readBoolean(p, ctxt));
            break;
          case "in_progress":
            b.inProgress(Codecs.readBoolean(p, ctxt));
            break;
          case "created_at":
            b.createdAt(Codecs.readString(p, ctxt));
            break;
          case "updated_at":
            b.updatedAt(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, Integration.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Integration}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Integration value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      Codecs.writeString(g, provider, value.typeField().value());
    }
    if (!value.nameField().isMissing()) {
      g.writeFieldName(F_NAME);
      Codecs.writeString(g, provider, value.nameField().value());
    }
    if (!value.categoriesField().isMissing()) {
      g.writeFieldName(F_CATEGORIES);
      Codecs.writeList(g, provider, value.categoriesField().value(), CategoryCodec::write);
    }
    if (!value.descriptionField().isMissing()) {
      g.writeFieldName(F_DESCRIPTION);
      Codecs.writeString(g, provider, value.descriptionField().value());
    }
    if (!value.logoUrlField().isMissing()) {
      g.writeFieldName(F_LOGO_URL);
      Codecs.writeString(g, provider, value.logoUrlField().value());
    }
    if (!value.webUrlField().isMissing()) {
      g.writeFieldName(F_WEB_URL);
      Codecs.writeString(g, provider, value.webUrlField().value());
    }
    if (!value.apiDocsUrlField().isMissing()) {
      g.writeFieldName(F_API_DOCS_URL);
      Codecs.writeString(g, provider, value.apiDocsUrlField().value());
    }
    if (!value.isActiveField().isMissing()) {
      g.writeFieldName(F_IS_ACTIVE);
      Codecs.writeBoolean(g, provider, value.isActiveField().value());
    }
    if (!value.inProgressField().isMissing()) {
      g.writeFieldName(F_IN_PROGRESS);
      Codecs.writeBoolean(g, provider, value.inProgressField().value());
    }
    if (!value.createdAtField().isMissing()) {
      g.writeFieldName(F_CREATED_AT);
      Codecs.writeString(g, provider, value.createdAtField().value());
    }
    if (!value.updatedAtField().isMissing()) {
      g.writeFieldName(F_UPDATED_AT);
      Codecs.writeString(g, provider, value.updatedAtField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link Integration}.
   */
  public static final class Deserializer extends StdDeserializer<Integration> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Integration.class);
    }

    @Override
    public Integration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Integration}.
   */
  public static final class Serializer extends StdSerializer<Integration> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Integration.class);
    }

    @Override
    public void serialize(Integration value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
