// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.crm.model.internal.PipelineCodec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sales pipeline with its stages.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = PipelineCodec.Serializer.class
)
@JsonDeserialize(
    using = PipelineCodec.Deserializer.class
)
public final class Pipeline {
  private final JsonField<String> id;

  private final JsonField<String> name;

  private final JsonField<Currency> currency;

  private final JsonField<Boolean> archived;

  private final JsonField<Boolean> active;

  private final JsonField<Long> displayOrder;

  private final JsonField<Boolean> winProbabilityEnabled;

  private final JsonField<List<PipelineStage>> stages;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

  private final Map<String, JsonNode> additionalProperties;

  private Pipeline(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.currency = b.currency;
    this.archived = b.archived;
    this.active = b.active;
    this.displayOrder = b.displayOrder;
    this.winProbabilityEnabled = b.winProbabilityEnabled;
    this.stages = b.stagesAdded == null ? b.stages : JsonField.of(ImmutableList.copyOf(b.stagesAdded));
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The unique identifier of the Pipeline; may be set in a create or update body.
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
   * The name of the Pipeline.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
   * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
   *
   * @return the value, or null when missing or null
   */
  public Currency currency() {
    return this.currency.value();
  }

  /**
   * The <code>currency</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Currency> currencyField() {
    return this.currency;
  }

  /**
   * Whether the Pipeline is archived or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean archived() {
    return this.archived.value();
  }

  /**
   * The <code>archived</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> archivedField() {
    return this.archived;
  }

  /**
   * Whether the Pipeline is active or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean active() {
    return this.active.value();
  }

  /**
   * The <code>active</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> activeField() {
    return this.active;
  }

  /**
   * The order in which the Pipeline is displayed in the UI.
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
   * Whether the Pipeline has win probability enabled or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean winProbabilityEnabled() {
    return this.winProbabilityEnabled.value();
  }

  /**
   * The <code>win_probability_enabled</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> winProbabilityEnabledField() {
    return this.winProbabilityEnabled;
  }

  /**
   * The Pipeline Stages.
   *
   * @return the value, an empty list when missing or null
   */
  public List<PipelineStage> stages() {
    List<PipelineStage> v = this.stages.value();
    return v == null ? Collections.<PipelineStage>emptyList() : v;
  }

  /**
   * The <code>stages</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<PipelineStage>> stagesField() {
    return this.stages;
  }

  /**
   * The date and time when the pipeline was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return this.updatedAt.value();
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return this.updatedAt;
  }

  /**
   * The date and time when the pipeline was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return this.createdAt.value();
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return this.createdAt;
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
    if (!(o instanceof Pipeline)) {
      return false;
    }
    Pipeline other = (Pipeline) o;
    return this.id.equals(other.id)
        && this.name.equals(other.name)
        && this.currency.equals(other.currency)
        && this.archived.equals(other.archived)
        && this.active.equals(other.active)
        && this.displayOrder.equals(other.displayOrder)
        && this.winProbabilityEnabled.equals(other.winProbabilityEnabled)
        && this.stages.equals(other.stages)
        && this.updatedAt.equals(other.updatedAt)
        && this.createdAt.equals(other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.currency.hashCode();
    h = 31 * h + this.archived.hashCode();
    h = 31 * h + this.active.hashCode();
    h = 31 * h + this.displayOrder.hashCode();
    h = 31 * h + this.winProbabilityEnabled.hashCode();
    h = 31 * h + this.stages.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Pipeline{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.currency.isMissing()) {
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if (!this.archived.isMissing()) {
      sb.append(sep).append("archived=").append(this.archived);
      sep = ", ";
    }
    if (!this.active.isMissing()) {
      sb.append(sep).append("active=").append(this.active);
      sep = ", ";
    }
    if (!this.displayOrder.isMissing()) {
      sb.append(sep).append("displayOrder=").append(this.displayOrder);
      sep = ", ";
    }
    if (!this.winProbabilityEnabled.isMissing()) {
      sb.append(sep).append("winProbabilityEnabled=").append(this.winProbabilityEnabled);
      sep = ", ";
    }
    if (!this.stages.isMissing()) {
      sb.append(sep).append("stages=").append(this.stages);
      sep = ", ";
    }
    if (!this.updatedAt.isMissing()) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if (!this.createdAt.isMissing()) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Pipeline}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> name = JsonField.missing();

    private JsonField<Currency> currency = JsonField.missing();

    private JsonField<Boolean> archived = JsonField.missing();

    private JsonField<Boolean> active = JsonField.missing();

    private JsonField<Long> displayOrder = JsonField.missing();

    private JsonField<Boolean> winProbabilityEnabled = JsonField.missing();

    private JsonField<List<PipelineStage>> stages = JsonField.missing();

    private ArrayList<PipelineStage> stagesAdded;

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Pipeline source) {
      this.id = source.id;
      this.name = source.name;
      this.currency = source.currency;
      this.archived = source.archived;
      this.active = source.active;
      this.displayOrder = source.displayOrder;
      this.winProbabilityEnabled = source.winProbabilityEnabled;
      this.stages = source.stages;
      this.updatedAt = source.updatedAt;
      this.createdAt = source.createdAt;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The unique identifier of the Pipeline; may be set in a create or update body.
     *
     * @param id the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * The name of the Pipeline.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = JsonField.of(name);
      return this;
    }

    /**
     * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
     *
     * @param currency the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = JsonField.of(currency);
      return this;
    }

    /**
     * Whether the Pipeline is archived or not.
     *
     * @param archived the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder archived(Boolean archived) {
      this.archived = JsonField.of(archived);
      return this;
    }

    /**
     * Whether the Pipeline is active or not.
     *
     * @param active the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder active(Boolean active) {
      this.active = JsonField.of(active);
      return this;
    }

    /**
     * The order in which the Pipeline is displayed in the UI.
     *
     * @param displayOrder the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder displayOrder(Long displayOrder) {
      this.displayOrder = JsonField.of(displayOrder);
      return this;
    }

    /**
     * Whether the Pipeline has win probability enabled or not.
     *
     * @param winProbabilityEnabled the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder winProbabilityEnabled(Boolean winProbabilityEnabled) {
      this.winProbabilityEnabled = JsonField.of(winProbabilityEnabled);
      return this;
    }

    /**
     * The Pipeline Stages.
     *
     * @param stages the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder stages(List<PipelineStage> stages) {
      this.stages = JsonField.of(ImmutableList.copyOf(stages));
      this.stagesAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>stages</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #stages(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addStage(PipelineStage item) {
      Objects.requireNonNull(item, "stages: item must not be null");
      if (this.stagesAdded == null) {
        List<PipelineStage> current = this.stages.value();
        this.stagesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.stagesAdded.add(item);
      return this;
    }

    /**
     * The date and time when the pipeline was last updated.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = JsonField.of(updatedAt);
      return this;
    }

    /**
     * The date and time when the pipeline was created.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = JsonField.of(createdAt);
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
    public Pipeline build() {
      return new Pipeline(this);
    }
  }
}
