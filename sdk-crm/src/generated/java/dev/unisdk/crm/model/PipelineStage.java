// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.PipelineStageCodec;
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
    using = PipelineStageCodec.Serializer.class
)
@JsonDeserialize(
    using = PipelineStageCodec.Deserializer.class
)
public final class PipelineStage {
  private final JsonField<String> id;

  private final JsonField<String> name;

  private final JsonField<String> value;

  private final JsonField<Long> winProbability;

  private final JsonField<Long> displayOrder;

  private final Map<String, JsonNode> additionalProperties;

  private PipelineStage(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.value = b.value;
    this.winProbability = b.winProbability;
    this.displayOrder = b.displayOrder;
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
    return this.id.value();
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return this.id;
  }

  /**
   * The name of the Pipeline Stage.
   *
   * @return the value, or null when missing or null
   */
  public String name() {
    return this.name.value();
  }

  /**
   * The <code>name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> nameField() {
    return this.name;
  }

  /**
   * The value of the Pipeline Stage.
   *
   * @return the value, or null when missing or null
   */
  public String value() {
    return this.value.value();
  }

  /**
   * The <code>value</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> valueField() {
    return this.value;
  }

  /**
   * The expected probability of winning an Opportunity in this Pipeline Stage, as a percentage.
   *
   * @return the value, or null when missing or null
   */
  public Long winProbability() {
    return this.winProbability.value();
  }

  /**
   * The <code>win_probability</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> winProbabilityField() {
    return this.winProbability;
  }

  /**
   * The order in which the Pipeline Stage is displayed in the UI.
   *
   * @return the value, or null when missing or null
   */
  public Long displayOrder() {
    return this.displayOrder.value();
  }

  /**
   * The <code>display_order</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> displayOrderField() {
    return this.displayOrder;
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
    return this.id.equals(other.id)
        && this.name.equals(other.name)
        && this.value.equals(other.value)
        && this.winProbability.equals(other.winProbability)
        && this.displayOrder.equals(other.displayOrder)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.value.hashCode();
    h = 31 * h + this.winProbability.hashCode();
    h = 31 * h + this.displayOrder.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PipelineStage{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.value.isMissing()) {
      sb.append(sep).append("value=").append(this.value);
      sep = ", ";
    }
    if (!this.winProbability.isMissing()) {
      sb.append(sep).append("winProbability=").append(this.winProbability);
      sep = ", ";
    }
    if (!this.displayOrder.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> name = JsonField.missing();

    private JsonField<String> value = JsonField.missing();

    private JsonField<Long> winProbability = JsonField.missing();

    private JsonField<Long> displayOrder = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(PipelineStage source) {
      this.id = source.id;
      this.name = source.name;
      this.value = source.value;
      this.winProbability = source.winProbability;
      this.displayOrder = source.displayOrder;
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
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * The name of the Pipeline Stage.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = JsonField.of(name);
      return this;
    }

    /**
     * The value of the Pipeline Stage.
     *
     * @param value the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder value(String value) {
      this.value = JsonField.of(value);
      return this;
    }

    /**
     * The expected probability of winning an Opportunity in this Pipeline Stage, as a percentage.
     *
     * @param winProbability the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder winProbability(Long winProbability) {
      this.winProbability = JsonField.of(winProbability);
      return this;
    }

    /**
     * The order in which the Pipeline Stage is displayed in the UI.
     *
     * @param displayOrder the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder displayOrder(Long displayOrder) {
      this.displayOrder = JsonField.of(displayOrder);
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
}
