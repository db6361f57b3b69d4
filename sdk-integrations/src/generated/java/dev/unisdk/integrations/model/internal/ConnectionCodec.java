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
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.integrations.model.Connection;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Connection}; not public API.
 */
public final class ConnectionCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_INTEGRATION_TYPE = new SerializedString("integration_type");

  private static final SerializedString F_INTEGRATION_NAME = new SerializedString("integration_name");

  private static final SerializedString F_CATEGORIES = new SerializedString("categories");

  private static final SerializedString F_EXTERNAL_XREF = new SerializedString("external_xref");

  private static final SerializedString F_PERMISSIONS = new SerializedString("permissions");

  private static final SerializedString F_AUTH = new SerializedString("auth");

  private static final SerializedString F_IS_PAUSED = new SerializedString("is_paused");

  private static final SerializedString F_ENVIRONMENT = new SerializedString("environment");

  private static final SerializedString F_LAST_HEALTHY_AT = new SerializedString("last_healthy_at");

  private static final SerializedString F_LAST_UNHEALTHY_AT = new SerializedString("last_unhealthy_at");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private ConnectionCodec() {
  }

  /**
   * Reads one {@link Connection} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Connection read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Connection.class);
    Connection.Builder b = Connection.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "integration_type":
            b.integrationType(Codecs.readString(p, ctxt));
            break;
          case "integration_name":
            b.integrationName(Codecs.readString(p, ctxt));
            break;
          case "categories":
            b.categories(Codecs.readList(p, ctxt, CategoryCodec::read));
            break;
          case "external_xref":
            b.externalXref(Codecs.readString(p, ctxt));
            break;
          case "permissions":
            b.permissions(Codecs.readList(p, ctxt, Codecs::readString));
            break;
          case "auth":
            b.auth(Codecs.readMap(p, ctxt, Codecs::readJsonValue));
            break;
          case "is_paused":
            b.isPaused(Codecs.readBoolean(p, ctxt));
            break;
          case "environment":
            b.environment(Codecs.readString(p, ctxt));
            break;
          case "last_healthy_at":
            b.lastHealthyAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "last_unhealthy_at":
            b.lastUnhealthyAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "created_at":
            b.createdAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "updated_at":
            b.updatedAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, Connection.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Connection}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Connection value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    boolean requestBody = Json.isRequestBody(provider);
    g.writeStartObject();
    if (!requestBody && !value.idField().isMissing()) {
      g.writeFieldName(F_ID);
      Codecs.writeString(g, provider, value.idField().value());
    }
    if (!value.integrationTypeField().isMissing()) {
      g.writeFieldName(F_INTEGRATION_TYPE);
      Codecs.writeString(g, provider, value.integrationTypeField().value());
    }
    if (!value.integrationNameField().isMissing()) {
      g.writeFieldName(F_INTEGRATION_NAME);
      Codecs.writeString(g, provider, value.integrationNameField().value());
    }
    if (!value.categoriesField().isMissing()) {
      g.writeFieldName(F_CATEGORIES);
      Codecs.writeList(g, provider, value.categoriesField().value(), CategoryCodec::write);
    }
    if (!value.externalXrefField().isMissing()) {
      g.writeFieldName(F_EXTERNAL_XREF);
      Codecs.writeString(g, provider, value.externalXrefField().value());
    }
    if (!value.permissionsField().isMissing()) {
      g.writeFieldName(F_PERMISSIONS);
      Codecs.writeList(g, provider, value.permissionsField().value(), Codecs::writeString);
    }
    if (!requestBody && !value.authField().isMissing()) {
      g.writeFieldName(F_AUTH);
      Codecs.writeMap(g, provider, value.authField().value(), Codecs::writeJsonValue);
    }
    if (!value.isPausedField().isMissing()) {
      g.writeFieldName(F_IS_PAUSED);
      Codecs.writeBoolean(g, provider, value.isPausedField().value());
    }
    if (!value.environmentField().isMissing()) {
      g.writeFieldName(F_ENVIRONMENT);
      Codecs.writeString(g, provider, value.environmentField().value());
    }
    if (!requestBody && !value.lastHealthyAtField().isMissing()) {
      g.writeFieldName(F_LAST_HEALTHY_AT);
      Codecs.writeOffsetDateTime(g, provider, value.lastHealthyAtField().value());
    }
    if (!requestBody && !value.lastUnhealthyAtField().isMissing()) {
      g.writeFieldName(F_LAST_UNHEALTHY_AT);
      Codecs.writeOffsetDateTime(g, provider, value.lastUnhealthyAtField().value());
    }
    if (!requestBody && !value.createdAtField().isMissing()) {
      g.writeFieldName(F_CREATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.createdAtField().value());
    }
    if (!requestBody && !value.updatedAtField().isMissing()) {
      g.writeFieldName(F_UPDATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.updatedAtField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link Connection}.
   */
  public static final class Deserializer extends StdDeserializer<Connection> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Connection.class);
    }

    @Override
    public Connection deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Connection}.
   */
  public static final class Serializer extends StdSerializer<Connection> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Connection.class);
    }

    @Override
    public void serialize(Connection value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
