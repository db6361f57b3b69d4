// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

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
 * Body of `POST /v1/integrations/&#123;connectionId&#125;/passthrough`.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = PassthroughRequest.Codec.Serializer.class
)
@JsonDeserialize(
    using = PassthroughRequest.Codec.Deserializer.class
)
public final class PassthroughRequest {
  private final PassthroughMethod method;

  private final String path;

  private final Map<String, JsonValue> data;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private PassthroughRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.data = b.data;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * HTTP method of a passthrough call.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public PassthroughMethod method() {
    return this.method;
  }

  /**
   * The <code>method</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<PassthroughMethod> methodField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.method) : JsonField.missing();
  }

  /**
   * Path on the third-party system.
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
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.path) : JsonField.missing();
  }

  /**
   * Body (POST/PUT/PATCH) or query (GET/DELETE) of the call.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> data() {
    Map<String, JsonValue> v = this.data;
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>data</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> dataField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.data) : JsonField.missing();
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
    if (!(o instanceof PassthroughRequest)) {
      return false;
    }
    PassthroughRequest other = (PassthroughRequest) o;
    return this.set0 == other.set0
        && Objects.equals(this.method, other.method)
        && Objects.equals(this.path, other.path)
        && Objects.equals(this.data, other.data)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.method);
    h = 31 * h + Objects.hashCode(this.path);
    h = 31 * h + Objects.hashCode(this.data);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PassthroughRequest{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("method=").append(this.method);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("path=").append(this.path);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("data=").append(this.data);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link PassthroughRequest}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private PassthroughMethod method;

    private String path;

    private Map<String, JsonValue> data;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(PassthroughRequest source) {
      this.method = source.method;
      this.path = source.path;
      this.data = source.data;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * HTTP method of a passthrough call.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param method the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder method(PassthroughMethod method) {
      this.method = method;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>method</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder methodField(JsonField<PassthroughMethod> field) {
      Objects.requireNonNull(field, "methodField: field must not be null");
      this.method = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Path on the third-party system.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param path the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder path(String path) {
      this.path = path;
      this.set0 |= 0x2L;
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
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Body (POST/PUT/PATCH) or query (GET/DELETE) of the call.
     *
     * @param data the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder data(Map<String, JsonValue> data) {
      this.data = data == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(data));
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>data</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder dataField(JsonField<Map<String, JsonValue>> field) {
      Objects.requireNonNull(field, "dataField: field must not be null");
      this.data = field.value() == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(field.value()));
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
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
    public PassthroughRequest build() {
      return new PassthroughRequest(this);
    }
  }

  /**
   * Streaming JSON codec of {@link PassthroughRequest}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_METHOD = new SerializedString("method");

    private static final SerializedString F_PATH = new SerializedString("path");

    private static final SerializedString F_DATA = new SerializedString("data");

    private Codec() {
    }

    /**
     * Reads one {@link PassthroughRequest} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static PassthroughRequest read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, PassthroughRequest.class);
      PassthroughRequest.Builder b = PassthroughRequest.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "method":
              b.method = PassthroughMethod.Codec.read(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "path":
              b.path = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "data":
              b.data = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x4L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, PassthroughRequest.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link PassthroughRequest}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, PassthroughRequest value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_METHOD);
        PassthroughMethod.Codec.write(g, provider, value.method);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_PATH);
        Codecs.writeString(g, provider, value.path);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_DATA);
        Codecs.writeMap(g, provider, value.data, Codecs::writeJsonValue);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link PassthroughRequest}.
     */
    public static final class Deserializer extends StdDeserializer<PassthroughRequest> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(PassthroughRequest.class);
      }

      @Override
      public PassthroughRequest deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link PassthroughRequest}.
     */
    public static final class Serializer extends StdSerializer<PassthroughRequest> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(PassthroughRequest.class);
      }

      @Override
      public void serialize(PassthroughRequest value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
