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
import dev.unisdk.integrations.model.UnifiedRecord;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link UnifiedRecord}; not public API.
 */
public final class UnifiedRecordCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private UnifiedRecordCodec() {
  }

  /**
   * Reads one {@link UnifiedRecord} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static UnifiedRecord read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, UnifiedRecord.class);
    UnifiedRecord.Builder b = UnifiedRecord.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
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
      throw Codecs.withField(e, UnifiedRecord.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link UnifiedRecord}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, UnifiedRecord value) throws
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
   * Jackson deserializer of {@link UnifiedRecord}.
   */
  public static final class Deserializer extends StdDeserializer<UnifiedRecord> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(UnifiedRecord.class);
    }

    @Override
    public UnifiedRecord deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link UnifiedRecord}.
   */
  public static final class Serializer extends StdSerializer<UnifiedRecord> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(UnifiedRecord.class);
    }

    @Override
    public void serialize(UnifiedRecord value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
