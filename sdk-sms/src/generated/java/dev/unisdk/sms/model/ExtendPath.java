// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

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
 * One structured modification of the downstream request body.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ExtendPath.Codec.Serializer.class
)
@JsonDeserialize(
    using = ExtendPath.Codec.Deserializer.class
)
public final class ExtendPath {
  private final String path;

  private final JsonValue value;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private ExtendPath(Builder b) {
    this.path = b.path;
    this.value = b.value;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * JSONPath string specifying where to apply the value.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String path() {
    return this.path;
  }

  /**
   * The <code>path</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> pathField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.path) : JsonField.missing();
  }

  /**
   * The value to set at the specified path; any JSON value.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.value) : JsonField.missing();
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
    if (!(o instanceof ExtendPath)) {
      return false;
    }
    ExtendPath other = (ExtendPath) o;
    return this.set0 == other.set0
        && Objects.equals(this.path, other.path)
        && Objects.equals(this.value, other.value)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.path);
    h = 31 * h + Objects.hashCode(this.value);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ExtendPath{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("path=").append(this.path);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("value=").append(this.value);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ExtendPath}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String path;

    private JsonValue value;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ExtendPath source) {
      this.path = source.path;
      this.value = source.value;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * JSONPath string specifying where to apply the value.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param path the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder path(String path) {
      this.path = path;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>path</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder pathField(JsonField<String> field) {
      Objects.requireNonNull(field, "pathField: field must not be null");
      this.path = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * The value to set at the specified path; any JSON value.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param value the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder value(JsonValue value) {
      this.value = value;
      this.set0 |= 0x2L;
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
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
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
    public ExtendPath build() {
      return new ExtendPath(this);
    }
  }

  /**
   * Streaming JSON codec of {@link ExtendPath}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_PATH = new SerializedString("path");

    private static final SerializedString F_VALUE = new SerializedString("value");

    private Codec() {
    }

    /**
     * Reads one {@link ExtendPath} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static ExtendPath read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, ExtendPath.class);
      ExtendPath.Builder b = ExtendPath.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "path":
              b.path = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "value":
              b.value = Codecs.readJsonValue(p, ctxt);
              b.set0 |= 0x2L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, ExtendPath.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link ExtendPath}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ExtendPath value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_PATH);
        Codecs.writeString(g, provider, value.path);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_VALUE);
        Codecs.writeJsonValue(g, provider, value.value);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link ExtendPath}.
     */
    public static final class Deserializer extends StdDeserializer<ExtendPath> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ExtendPath.class);
      }

      @Override
      public ExtendPath deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ExtendPath}.
     */
    public static final class Serializer extends StdSerializer<ExtendPath> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ExtendPath.class);
      }

      @Override
      public void serialize(ExtendPath value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
