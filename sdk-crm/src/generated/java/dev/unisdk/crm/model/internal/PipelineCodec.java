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
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.Pipeline;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Pipeline}; not public API.
 */
public final class PipelineCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_NAME = new SerializedString("name");

  private static final SerializedString F_CURRENCY = new SerializedString("currency");

  private static final SerializedString F_ARCHIVED = new SerializedString("archived");

  private static final SerializedString F_ACTIVE = new SerializedString("active");

  private static final SerializedString F_DISPLAY_ORDER = new SerializedString("display_order");

  private static final SerializedString F_WIN_PROBABILITY_ENABLED = new SerializedString("win_probability_enabled");

  private static final SerializedString F_STAGES = new SerializedString("stages");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private PipelineCodec() {
  }

  /**
   * Reads one {@link Pipeline} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Pipeline read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Pipeline.class);
    Pipeline.Builder b = Pipeline.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "name":
            b.name(Codecs.readString(p, ctxt));
            break;
          case "currency":
            b.currency(CurrencyCodec.read(p, ctxt));
            break;
          case "archived":
            b.archived(Codecs.readBoolean(p, ctxt));
            break;
          case "active":
            b.active(Codecs.readBoolean(p, ctxt));
            break;
          case "display_order":
            b.displayOrder(Codecs.readLong(p, ctxt));
            break;
          case "win_probability_enabled":
            b.winProbabilityEnabled(Codecs.readBoolean(p, ctxt));
            break;
          case "stages":
            b.stages(Codecs.readList(p, ctxt, PipelineStageCodec::read));
            break;
          case "updated_at":
            b.updatedAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "created_at":
            b.createdAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, Pipeline.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Pipeline}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Pipeline value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    boolean requestBody = Json.isRequestBody(provider);
    g.writeStartObject();
    if (!value.idField().isMissing()) {
      g.writeFieldName(F_ID);
      Codecs.writeString(g, provider, value.idField().value());
    }
    if (!value.nameField().isMissing()) {
      g.writeFieldName(F_NAME);
      Codecs.writeString(g, provider, value.nameField().value());
    }
    if (!value.currencyField().isMissing()) {
      g.writeFieldName(F_CURRENCY);
      CurrencyCodec.write(g, provider, value.currencyField().value());
    }
    if (!value.archivedField().isMissing()) {
      g.writeFieldName(F_ARCHIVED);
      Codecs.writeBoolean(g, provider, value.archivedField().value());
    }
    if (!value.activeField().isMissing()) {
      g.writeFieldName(F_ACTIVE);
      Codecs.writeBoolean(g, provider, value.activeField().value());
    }
    if (!value.displayOrderField().isMissing()) {
      g.writeFieldName(F_DISPLAY_ORDER);
      Codecs.writeLong(g, provider, value.displayOrderField().value());
    }
    if (!value.winProbabilityEnabledField().isMissing()) {
      g.writeFieldName(F_WIN_PROBABILITY_ENABLED);
      Codecs.writeBoolean(g, provider, value.winProbabilityEnabledField().value());
    }
    if (!value.stagesField().isMissing()) {
      g.writeFieldName(F_STAGES);
      Codecs.writeList(g, provider, value.stagesField().value(), PipelineStageCodec::write);
    }
    if (!requestBody && !value.updatedAtField().isMissing()) {
      g.writeFieldName(F_UPDATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.updatedAtField().value());
    }
    if (!requestBody && !value.createdAtField().isMissing()) {
      g.writeFieldName(F_CREATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.createdAtField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link Pipeline}.
   */
  public static final class Deserializer extends StdDeserializer<Pipeline> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Pipeline.class);
    }

    @Override
    public Pipeline deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Pipeline}.
   */
  public static final class Serializer extends StdSerializer<Pipeline> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Pipeline.class);
    }

    @Override
    public void serialize(Pipeline value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
