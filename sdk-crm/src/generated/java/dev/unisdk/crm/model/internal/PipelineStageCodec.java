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
import dev.unisdk.crm.model.PipelineStage;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link PipelineStage}; not public API.
 */
public final class PipelineStageCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_NAME = new SerializedString("name");

  private static final SerializedString F_VALUE = new SerializedString("value");

  private static final SerializedString F_WIN_PROBABILITY = new SerializedString("win_probability");

  private static final SerializedString F_DISPLAY_ORDER = new SerializedString("display_order");

  private PipelineStageCodec() {
  }

  /**
   * Reads one {@link PipelineStage} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static PipelineStage read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, PipelineStage.class);
    PipelineStage.Builder b = PipelineStage.builder();
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
          case "value":
            b.value(Codecs.readString(p, ctxt));
            break;
          case "win_probability":
            b.winProbability(Codecs.readLong(p, ctxt));
            break;
          case "display_order":
            b.displayOrder(Codecs.readLong(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, PipelineStage.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link PipelineStage}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, PipelineStage value) throws
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
    if (!value.nameField().isMissing()) {
      g.writeFieldName(F_NAME);
      Codecs.writeString(g, provider, value.nameField().value());
    }
    if (!value.valueField().isMissing()) {
      g.writeFieldName(F_VALUE);
      Codecs.writeString(g, provider, value.valueField().value());
    }
    if (!value.winProbabilityField().isMissing()) {
      g.writeFieldName(F_WIN_PROBABILITY);
      Codecs.writeLong(g, provider, value.winProbabilityField().value());
    }
    if (!value.displayOrderField().isMissing()) {
      g.writeFieldName(F_DISPLAY_ORDER);
      Codecs.writeLong(g, provider, value.displayOrderField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link PipelineStage}.
   */
  public static final class Deserializer extends StdDeserializer<PipelineStage> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(PipelineStage.class);
    }

    @Override
    public PipelineStage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link PipelineStage}.
   */
  public static final class Serializer extends StdSerializer<PipelineStage> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(PipelineStage.class);
    }

    @Override
    public void serialize(PipelineStage value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
