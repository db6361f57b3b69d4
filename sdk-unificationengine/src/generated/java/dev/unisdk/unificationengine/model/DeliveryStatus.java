// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.unificationengine.model.internal.DeliveryStatusCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of `message/send` for one connection.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = DeliveryStatusCodec.Serializer.class
)
@JsonDeserialize(
    using = DeliveryStatusCodec.Deserializer.class
)
public final class DeliveryStatus {
  private final JsonField<Integer> status;

  private final JsonField<String> info;

  private final Map<String, JsonNode> additionalProperties;

  private DeliveryStatus(Builder b) {
    this.status = b.status;
    this.info = b.info;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * 200 on success, else a service error code.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public Integer status() {
    return this.status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Integer> statusField() {
    return this.status;
  }

  /**
   * The <code>info</code> field.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String info() {
    return this.info.value();
  }

  /**
   * The <code>info</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> infoField() {
    return this.info;
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
    if (!(o instanceof DeliveryStatus)) {
      return false;
    }
    DeliveryStatus other = (DeliveryStatus) o;
    return this.status.equals(other.status)
        && this.info.equals(other.info)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.info.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("DeliveryStatus{");
    String sep = "";
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.info.isMissing()) {
      sb.append(sep).append("info=").append(this.info);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link DeliveryStatus}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<Integer> status = JsonField.missing();

    private JsonField<String> info = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(DeliveryStatus source) {
      this.status = source.status;
      this.info = source.info;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * 200 on success, else a service error code.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(Integer status) {
      this.status = JsonField.of(status);
      return this;
    }

    /**
     * The <code>info</code> field.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param info the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder info(String info) {
      this.info = JsonField.of(info);
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
    public DeliveryStatus build() {
      return new DeliveryStatus(this);
    }
  }
}
