// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.sms.model.internal.PassThroughCodec;
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
    using = PassThroughCodec.Serializer.class
)
@JsonDeserialize(
    using = PassThroughCodec.Deserializer.class
)
public final class PassThrough {
  private final JsonField<String> serviceId;

  private final JsonField<String> operationId;

  private final JsonField<Map<String, JsonValue>> extendObject;

  private final JsonField<List<ExtendPath>> extendPaths;

  private final Map<String, JsonNode> additionalProperties;

  private PassThrough(Builder b) {
    this.serviceId = b.serviceId;
    this.operationId = b.operationId;
    this.extendObject = b.extendObject;
    this.extendPaths = b.extendPathsAdded == null ? b.extendPaths : JsonField.of(ImmutableList.copyOf(b.extendPathsAdded));
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
    return this.serviceId.value();
  }

  /**
   * The <code>service_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> serviceIdField() {
    return this.serviceId;
  }

  /**
   * Optional identifier for a workflow operation to which this pass_through should be applied. This is useful for Unify calls that are making more than one downstream request.
   *
   * @return the value, or null when missing or null
   */
  public String operationId() {
    return this.operationId.value();
  }

  /**
   * The <code>operation_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> operationIdField() {
    return this.operationId;
  }

  /**
   * Simple object allowing any properties for direct extension.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> extendObject() {
    Map<String, JsonValue> v = this.extendObject.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>extend_object</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> extendObjectField() {
    return this.extendObject;
  }

  /**
   * Array of objects for structured data modifications via paths.
   *
   * @return the value, an empty list when missing or null
   */
  public List<ExtendPath> extendPaths() {
    List<ExtendPath> v = this.extendPaths.value();
    return v == null ? Collections.<ExtendPath>emptyList() : v;
  }

  /**
   * The <code>extend_paths</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<ExtendPath>> extendPathsField() {
    return this.extendPaths;
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
    return this.serviceId.equals(other.serviceId)
        && this.operationId.equals(other.operationId)
        && this.extendObject.equals(other.extendObject)
        && this.extendPaths.equals(other.extendPaths)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.serviceId.hashCode();
    h = 31 * h + this.operationId.hashCode();
    h = 31 * h + this.extendObject.hashCode();
    h = 31 * h + this.extendPaths.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PassThrough{");
    String sep = "";
    if (!this.serviceId.isMissing()) {
      sb.append(sep).append("serviceId=").append(this.serviceId);
      sep = ", ";
    }
    if (!this.operationId.isMissing()) {
      sb.append(sep).append("operationId=").append(this.operationId);
      sep = ", ";
    }
    if (!this.extendObject.isMissing()) {
      sb.append(sep).append("extendObject=").append(this.extendObject);
      sep = ", ";
    }
    if (!this.extendPaths.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> serviceId = JsonField.missing();

    private JsonField<String> operationId = JsonField.missing();

    private JsonField<Map<String, JsonValue>> extendObject = JsonField.missing();

    private JsonField<List<ExtendPath>> extendPaths = JsonField.missing();

    private ArrayList<ExtendPath> extendPathsAdded;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(PassThrough source) {
      this.serviceId = source.serviceId;
      this.operationId = source.operationId;
      this.extendObject = source.extendObject;
      this.extendPaths = source.extendPaths;
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
      this.serviceId = JsonField.of(serviceId);
      return this;
    }

    /**
     * Optional identifier for a workflow operation to which this pass_through should be applied. This is useful for Unify calls that are making more than one downstream request.
     *
     * @param operationId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder operationId(String operationId) {
      this.operationId = JsonField.of(operationId);
      return this;
    }

    /**
     * Simple object allowing any properties for direct extension.
     *
     * @param extendObject the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder extendObject(Map<String, JsonValue> extendObject) {
      this.extendObject = JsonField.of(extendObject == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(extendObject)));
      return this;
    }

    /**
     * Array of objects for structured data modifications via paths.
     *
     * @param extendPaths the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder extendPaths(List<ExtendPath> extendPaths) {
      this.extendPaths = JsonField.of(ImmutableList.copyOf(extendPaths));
      this.extendPathsAdded = null;
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
        List<ExtendPath> current = this.extendPaths.value();
        this.extendPathsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.extendPathsAdded.add(item);
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
}
