// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.sms.model.internal.ExtendPathCodec;
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
    using = ExtendPathCodec.Serializer.class
)
@JsonDeserialize(
    using = ExtendPathCodec.Deserializer.class
)
public final class ExtendPath {
  private final JsonField<String> path;

  private final JsonField<JsonValue> value;

  private final Map<String, JsonNode> additionalProperties;

  private ExtendPath(Builder b) {
    this.path = b.path;
    this.value = b.value;
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
    return this.path.value();
  }

  /**
   * The <code>path</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> pathField() {
    return this.path;
  }

  /**
   * The value to set at the specified path; any JSON value.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public JsonValue value() {
    return this.value.value();
  }

  /**
   * The <code>value</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<JsonValue> valueField() {
    return this.value;
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
    return this.path.equals(other.path)
        && this.value.equals(other.value)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.path.hashCode();
    h = 31 * h + this.value.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ExtendPath{");
    String sep = "";
    if (!this.path.isMissing()) {
      sb.append(sep).append("path=").append(this.path);
      sep = ", ";
    }
    if (!this.value.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> path = JsonField.missing();

    private JsonField<JsonValue> value = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ExtendPath source) {
      this.path = source.path;
      this.value = source.value;
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
      this.path = JsonField.of(path);
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
      this.value = JsonField.of(value);
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
}
