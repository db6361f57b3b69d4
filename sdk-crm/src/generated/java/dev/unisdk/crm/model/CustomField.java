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
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.Codecs;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A connector-defined custom field.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = CustomField.Codec.Serializer.class
)
@JsonDeserialize(
    using = CustomField.Codec.Deserializer.class
)
public final class CustomField {
  private final String id;

  private final String name;

  private final String description;

  private final JsonValue value;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private CustomField(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.description = b.description;
    this.value = b.value;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the custom field.
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
   * Name of the custom field.
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
   * More information about the custom field.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return this.description;
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.description) : JsonField.missing();
  }

  /**
   * The value of the custom field: a string, number, boolean, object, array of strings or array of objects, depending on the connector.
   *
   * @return the value, or null when missing or null
   */
  public JsonValue value() {
    return this.value;
  }

  /**
   * The <code>value</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<JsonValue> valueField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.value) : JsonField.missing();
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
    if (!(o instanceof CustomField)) {
      return false;
    }
    CustomField other = (CustomField) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.description, other.description)
        && Objects.equals(this.value, other.value)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.description);
    h = 31 * h + Objects.hashCode(this.value);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CustomField{");
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
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("value=").append(this.value);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link CustomField}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String name;

    private String description;

    private JsonValue value;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(CustomField source) {
      this.id = source.id;
      this.name = source.name;
      this.description = source.description;
      this.value = source.value;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Unique identifier for the custom field.
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
     * Name of the custom field.
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
     * More information about the custom field.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>description</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder descriptionField(JsonField<String> field) {
      Objects.requireNonNull(field, "descriptionField: field must not be null");
      this.description = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The value of the custom field: a string, number, boolean, object, array of strings or array of objects, depending on the connector.
     *
     * @param value the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder value(JsonValue value) {
      this.value = value;
      this.set0 |= 0x8L;
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
    public Builder valueField(JsonField<JsonValue> field) {
      Objects.requireNonNull(field, "valueField: field must not be null");
      this.value = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
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
    public CustomField build() {
      return new CustomField(this);
    }
  }

  /**
   * Streaming JSON codec of {@link CustomField}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_DESCRIPTION = new SerializedString("description");

    private static final SerializedString F_VALUE = new SerializedString("value");

    private Codec() {
    }

    /**
     * Reads one {@link CustomField} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static CustomField read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, CustomField.class);
      CustomField.Builder b = CustomField.builder();
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
            case "description":
              b.description = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "value":
              b.value = Codecs.readJsonValue(p, ctxt);
              b.set0 |= 0x8L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, CustomField.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link CustomField}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, CustomField value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_ID);
        Codecs.writeString(g, provider, value.id);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_NAME);
        Codecs.writeString(g, provider, value.name);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_DESCRIPTION);
        Codecs.writeString(g, provider, value.description);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_VALUE);
        Codecs.writeJsonValue(g, provider, value.value);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link CustomField}.
     */
    public static final class Deserializer extends StdDeserializer<CustomField> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(CustomField.class);
      }

      @Override
      public CustomField deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link CustomField}.
     */
    public static final class Serializer extends StdSerializer<CustomField> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(CustomField.class);
      }

      @Override
      public void serialize(CustomField value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
