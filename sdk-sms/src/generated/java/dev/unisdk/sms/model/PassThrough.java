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
import dev.unisdk.core.model.internal.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Service-specific data for one connector, merged into the downstream request body.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = PassThrough.Codec.Serializer.class
)
@JsonDeserialize(
    using = PassThrough.Codec.Deserializer.class
)
public final class PassThrough {
  private final String serviceId;

  private final String operationId;

  private final Map<String, JsonValue> extendObject;

  private final List<ExtendPath> extendPaths;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private PassThrough(Builder b) {
    this.serviceId = b.serviceId;
    this.operationId = b.operationId;
    this.extendObject = b.extendObject;
    this.extendPaths = b.extendPathsAdded == null ? b.extendPaths : ImmutableList.copyOf(b.extendPathsAdded);
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Identifier for the service to which this pass_through should be applied.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String serviceId() {
    return this.serviceId;
  }

  /**
   * The <code>service_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> serviceIdField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.serviceId) : JsonField.missing();
  }

  /**
   * Optional identifier for a workflow operation to which this pass_through should be applied. This is useful for Unify calls that are making more than one downstream request.
   *
   * @return the value, or null when missing or null
   */
  public String operationId() {
    return this.operationId;
  }

  /**
   * The <code>operation_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> operationIdField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.operationId) : JsonField.missing();
  }

  /**
   * Simple object allowing any properties for direct extension.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> extendObject() {
    Map<String, JsonValue> v = this.extendObject;
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>extend_object</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> extendObjectField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.extendObject) : JsonField.missing();
  }

  /**
   * Array of objects for structured data modifications via paths.
   *
   * @return the value, an empty list when missing or null
   */
  public List<ExtendPath> extendPaths() {
    List<ExtendPath> v = this.extendPaths;
    return v == null ? Collections.<ExtendPath>emptyList() : v;
  }

  /**
   * The <code>extend_paths</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<ExtendPath>> extendPathsField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.extendPaths) : JsonField.missing();
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
    if (!(o instanceof PassThrough)) {
      return false;
    }
    PassThrough other = (PassThrough) o;
    return this.set0 == other.set0
        && Objects.equals(this.serviceId, other.serviceId)
        && Objects.equals(this.operationId, other.operationId)
        && Objects.equals(this.extendObject, other.extendObject)
        && Objects.equals(this.extendPaths, other.extendPaths)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.serviceId);
    h = 31 * h + Objects.hashCode(this.operationId);
    h = 31 * h + Objects.hashCode(this.extendObject);
    h = 31 * h + Objects.hashCode(this.extendPaths);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PassThrough{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("serviceId=").append(this.serviceId);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("operationId=").append(this.operationId);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("extendObject=").append(this.extendObject);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("extendPaths=").append(this.extendPaths);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link PassThrough}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String serviceId;

    private String operationId;

    private Map<String, JsonValue> extendObject;

    private List<ExtendPath> extendPaths;

    private ArrayList<ExtendPath> extendPathsAdded;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(PassThrough source) {
      this.serviceId = source.serviceId;
      this.operationId = source.operationId;
      this.extendObject = source.extendObject;
      this.extendPaths = source.extendPaths;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Identifier for the service to which this pass_through should be applied.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param serviceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder serviceId(String serviceId) {
      this.serviceId = serviceId;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>service_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder serviceIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "serviceIdField: field must not be null");
      this.serviceId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Optional identifier for a workflow operation to which this pass_through should be applied. This is useful for Unify calls that are making more than one downstream request.
     *
     * @param operationId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder operationId(String operationId) {
      this.operationId = operationId;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>operation_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder operationIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "operationIdField: field must not be null");
      this.operationId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Simple object allowing any properties for direct extension.
     *
     * @param extendObject the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder extendObject(Map<String, JsonValue> extendObject) {
      this.extendObject = extendObject == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(extendObject));
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>extend_object</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder extendObjectField(JsonField<Map<String, JsonValue>> field) {
      Objects.requireNonNull(field, "extendObjectField: field must not be null");
      this.extendObject = field.value() == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(field.value()));
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Array of objects for structured data modifications via paths.
     *
     * @param extendPaths the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder extendPaths(List<ExtendPath> extendPaths) {
      this.extendPaths = ImmutableList.copyOf(extendPaths);
      this.extendPathsAdded = null;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>extend_paths</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder extendPathsField(JsonField<List<ExtendPath>> field) {
      Objects.requireNonNull(field, "extendPathsField: field must not be null");
      this.extendPaths = ImmutableList.copyOf(field.value());
      this.extendPathsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Adds one item to <code>extend_paths</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #extendPaths(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addExtendPath(ExtendPath item) {
      Objects.requireNonNull(item, "extendPaths: item must not be null");
      if (this.extendPathsAdded == null) {
        List<ExtendPath> current = this.extendPaths;
        this.extendPathsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.extendPathsAdded.add(item);
      this.set0 |= 0x8L;
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
    public PassThrough build() {
      return new PassThrough(this);
    }
  }

  /**
   * Streaming JSON codec of {@link PassThrough}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_SERVICE_ID = new SerializedString("service_id");

    private static final SerializedString F_OPERATION_ID = new SerializedString("operation_id");

    private static final SerializedString F_EXTEND_OBJECT = new SerializedString("extend_object");

    private static final SerializedString F_EXTEND_PATHS = new SerializedString("extend_paths");

    private Codec() {
    }

    /**
     * Reads one {@link PassThrough} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static PassThrough read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, PassThrough.class);
      PassThrough.Builder b = PassThrough.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "service_id":
              b.serviceId = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "operation_id":
              b.operationId = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "extend_object":
              b.extendObject = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x4L;
              break;
            case "extend_paths":
              b.extendPaths = Codecs.readList(p, ctxt, ExtendPath.Codec::read);
              b.set0 |= 0x8L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, PassThrough.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link PassThrough}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, PassThrough value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_SERVICE_ID);
        Codecs.writeString(g, provider, value.serviceId);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_OPERATION_ID);
        Codecs.writeString(g, provider, value.operationId);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_EXTEND_OBJECT);
        Codecs.writeMap(g, provider, value.extendObject, Codecs::writeJsonValue);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_EXTEND_PATHS);
        Codecs.writeList(g, provider, value.extendPaths, ExtendPath.Codec::write);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link PassThrough}.
     */
    public static final class Deserializer extends StdDeserializer<PassThrough> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(PassThrough.class);
      }

      @Override
      public PassThrough deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link PassThrough}.
     */
    public static final class Serializer extends StdSerializer<PassThrough> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(PassThrough.class);
      }

      @Override
      public void serialize(PassThrough value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
