// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.integrations.model.internal.PassthroughRequestCodec;
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
    using = PassthroughRequestCodec.Serializer.class
)
@JsonDeserialize(
    using = PassthroughRequestCodec.Deserializer.class
)
public final class PassthroughRequest {
  private final JsonField<PassthroughMethod> method;

  private final JsonField<String> path;

  private final JsonField<Map<String, JsonValue>> data;

  private final Map<String, JsonNode> additionalProperties;

  private PassthroughRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.data = b.data;
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
    return this.method.value();
  }

  /**
   * The <code>method</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<PassthroughMethod> methodField() {
    return this.method;
  }

  /**
   * Path on the third-party system.
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
   * Body (POST/PUT/PATCH) or query (GET/DELETE) of the call.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> data() {
    Map<String, JsonValue> v = this.data.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>data</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> dataField() {
    return this.data;
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
    return this.method.equals(other.method)
        && this.path.equals(other.path)
        && this.data.equals(other.data)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.method.hashCode();
    h = 31 * h + this.path.hashCode();
    h = 31 * h + this.data.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PassthroughRequest{");
    String sep = "";
    if (!this.method.isMissing()) {
      sb.append(sep).append("method=").append(this.method);
      sep = ", ";
    }
    if (!this.path.isMissing()) {
      sb.append(sep).append("path=").append(this.path);
      sep = ", ";
    }
    if (!this.data.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<PassthroughMethod> method = JsonField.missing();

    private JsonField<String> path = JsonField.missing();

    private JsonField<Map<String, JsonValue>> data = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(PassthroughRequest source) {
      this.method = source.method;
      this.path = source.path;
      this.data = source.data;
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
      this.method = JsonField.of(method);
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
      this.path = JsonField.of(path);
      return this;
    }

    /**
     * Body (POST/PUT/PATCH) or query (GET/DELETE) of the call.
     *
     * @param data the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder data(Map<String, JsonValue> data) {
      this.data = JsonField.of(data == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(data)));
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
}
