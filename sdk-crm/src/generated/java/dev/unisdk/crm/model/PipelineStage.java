// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.Codecs;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stage of a pipeline.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = PipelineStage.Codec.Serializer.class
)
@JsonDeserialize(
    using = PipelineStage.Codec.Deserializer.class
)
public final class PipelineStage {
  private final String id;

  private final String name;

  private final String value;

  private final Long winProbability;

  private final Long displayOrder;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private PipelineStage(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.value = b.value;
    this.winProbability = b.winProbability;
    this.displayOrder = b.displayOrder;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The unique identifier of the Pipeline Stage.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String id() {
    return this.id;
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.id) : JsonField.missing();
  }

  /**
   * The name of the Pipeline Stage.
   *
   * @return the value, or null when missing or null
   */
  public String name() {
    return this.name;
  }

  /**
   * The <code>name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> nameField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.name) : JsonField.missing();
  }

  /**
   * The value of the Pipeline Stage.
   *
   * @return the value, or null when missing or null
   */
  public String value() {
    return this.value;
  }

  /**
   * The <code>value</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> valueField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.value) : JsonField.missing();
  }

  /**
   * The expected probability of winning an Opportunity in this Pipeline Stage, as a percentage.
   *
   * @return the value, or null when missing or null
   */
  public Long winProbability() {
    return this.winProbability;
  }

  /**
   * The <code>win_probability</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> winProbabilityField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.winProbability) : JsonField.missing();
  }

  /**
   * The order in which the Pipeline Stage is displayed in the UI.
   *
   * @return the value, or null when missing or null
   */
  public Long displayOrder() {
    return this.displayOrder;
  }

  /**
   * The <code>display_order</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> displayOrderField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.displayOrder) : JsonField.missing();
  }

  /**
   * Properties the spec does not document, kept as received and written back on serialization.
   *
   * @return an unmodifiable map, empty when there are none
   */
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties;
  }

  /**
   * A builder with every field missing.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this instance's fields, to build a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PipelineStage)) {
      return false;
    }
    PipelineStage other = (PipelineStage) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.value, other.value)
        && Objects.equals(this.winProbability, other.winProbability)
        && Objects.equals(this.displayOrder, other.displayOrder)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.value);
    h = 31 * h + Objects.hashCode(this.winProbability);
    h = 31 * h + Objects.hashCode(this.displayOrder);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PipelineStage{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("value=").append(this.value);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("winProbability=").append(this.winProbability);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("displayOrder=").append(this.displayOrder);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link PipelineStage}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String name;

    private String value;

    private Long winProbability;

    private Long displayOrder;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(PipelineStage source) {
      this.id = source.id;
      this.name = source.name;
      this.value = source.value;
      this.winProbability = source.winProbability;
      this.displayOrder = source.displayOrder;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The unique identifier of the Pipeline Stage.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param id the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder idField(JsonField<String> field) {
      Objects.requireNonNull(field, "idField: field must not be null");
      this.id = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * The name of the Pipeline Stage.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder nameField(JsonField<String> field) {
      Objects.requireNonNull(field, "nameField: field must not be null");
      this.name = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The value of the Pipeline Stage.
     *
     * @param value the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder value(String value) {
      this.value = value;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>value</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder valueField(JsonField<String> field) {
      Objects.requireNonNull(field, "valueField: field must not be null");
      this.value = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The expected probability of winning an Opportunity in this Pipeline Stage, as a percentage.
     *
     * @param winProbability the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder winProbability(Long winProbability) {
      this.winProbability = winProbability;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>win_probability</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder winProbabilityField(JsonField<Long> field) {
      Objects.requireNonNull(field, "winProbabilityField: field must not be null");
      this.winProbability = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The order in which the Pipeline Stage is displayed in the UI.
     *
     * @param displayOrder the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder displayOrder(Long displayOrder) {
      this.displayOrder = displayOrder;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>display_order</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder displayOrderField(JsonField<Long> field) {
      Objects.requireNonNull(field, "displayOrderField: field must not be null");
      this.displayOrder = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * Adds a property the spec does not document; it is serialized as given.
     *
     * @param name the JSON name
     * @param value the JSON value
     * @return this builder
     */
    public Builder putAdditionalProperty(String name, JsonNode value) {
      Objects.requireNonNull(name, "name");
      if (additionalProperties == null) {
        additionalProperties = new LinkedHashMap<>();
      }
      additionalProperties.put(name, value);
      return this;
    }

    /**
     * Removes an undocumented property.
     *
     * @param name the JSON name
     * @return this builder
     */
    public Builder removeAdditionalProperty(String name) {
      if (additionalProperties != null) {
        additionalProperties.remove(name);
      }
      return this;
    }

    /**
     * Replaces all undocumented properties.
     *
     * @param properties the properties
     * @return this builder
     */
    public Builder additionalProperties(Map<String, JsonNode> properties) {
      this.additionalProperties = new LinkedHashMap<>(properties);
      return this;
    }

    /**
     * Builds the immutable instance.
     *
     * @return the model
     */
    public PipelineStage build() {
      return new PipelineStage(this);
    }
  }

  /**
   * Streaming JSON codec of {@link PipelineStage}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_VALUE = new SerializedString("value");

    private static final SerializedString F_WIN_PROBABILITY = new SerializedString("win_probability");

    private static final SerializedString F_DISPLAY_ORDER = new SerializedString("display_order");

    private Codec() {
    }

    /**
     * Reads one {@link PipelineStage} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static PipelineStage read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
              b.id = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "name":
              b.name = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "value":
              b.value = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "win_probability":
              b.winProbability = Codecs.readLong(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "display_order":
              b.displayOrder = Codecs.readLong(p, ctxt);
              b.set0 |= 0x10L;
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
    static void write(JsonGenerator g, SerializerProvider provider, PipelineStage value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      boolean requestBody = Json.isRequestBody(provider);
      g.writeStartObject();
      if (!requestBody && (value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_ID);
        Codecs.writeString(g, provider, value.id);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_NAME);
        Codecs.writeString(g, provider, value.name);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_VALUE);
        Codecs.writeString(g, provider, value.value);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_WIN_PROBABILITY);
        Codecs.writeLong(g, provider, value.winProbability);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_DISPLAY_ORDER);
        Codecs.writeLong(g, provider, value.displayOrder);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
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
      public PipelineStage deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
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
      public void serialize(PipelineStage value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
