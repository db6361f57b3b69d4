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
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.core.model.internal.ImmutableList;
import java.io.IOException;
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
    using = Pipeline.Codec.Serializer.class
)
@JsonDeserialize(
    using = Pipeline.Codec.Deserializer.class
)
public final class Pipeline {
  private final String id;

  private final String name;

  private final Currency currency;

  private final Boolean archived;

  private final Boolean active;

  private final Long displayOrder;

  private final Boolean winProbabilityEnabled;

  private final List<PipelineStage> stages;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Pipeline(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.currency = b.currency;
    this.archived = b.archived;
    this.active = b.active;
    this.displayOrder = b.displayOrder;
    this.winProbabilityEnabled = b.winProbabilityEnabled;
    this.stages = b.stagesAdded == null ? b.stages : ImmutableList.copyOf(b.stagesAdded);
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The unique identifier of the Pipeline; may be set in a create or update body.
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
   * The name of the Pipeline.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
   * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
   *
   * @return the value, or null when missing or null
   */
  public Currency currency() {
    return this.currency;
  }

  /**
   * The <code>currency</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Currency> currencyField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.currency) : JsonField.missing();
  }

  /**
   * Whether the Pipeline is archived or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean archived() {
    return this.archived;
  }

  /**
   * The <code>archived</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> archivedField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.archived) : JsonField.missing();
  }

  /**
   * Whether the Pipeline is active or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean active() {
    return this.active;
  }

  /**
   * The <code>active</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> activeField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.active) : JsonField.missing();
  }

  /**
   * The order in which the Pipeline is displayed in the UI.
   *
   * @return the value, or null when missing or null
   */
  public Long displayOrder() {
    return this.displayOrder;
  }

  /**
   * The <code>display_order</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> displayOrderField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.displayOrder) : JsonField.missing();
  }

  /**
   * Whether the Pipeline has win probability enabled or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean winProbabilityEnabled() {
    return this.winProbabilityEnabled;
  }

  /**
   * The <code>win_probability_enabled</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> winProbabilityEnabledField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.winProbabilityEnabled) : JsonField.missing();
  }

  /**
   * The Pipeline Stages.
   *
   * @return the value, an empty list when missing or null
   */
  public List<PipelineStage> stages() {
    List<PipelineStage> v = this.stages;
    return v == null ? Collections.<PipelineStage>emptyList() : v;
  }

  /**
   * The <code>stages</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<PipelineStage>> stagesField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.stages) : JsonField.missing();
  }

  /**
   * The date and time when the pipeline was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return this.updatedAt;
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
  }

  /**
   * The date and time when the pipeline was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return this.createdAt;
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.currency, other.currency)
        && Objects.equals(this.archived, other.archived)
        && Objects.equals(this.active, other.active)
        && Objects.equals(this.displayOrder, other.displayOrder)
        && Objects.equals(this.winProbabilityEnabled, other.winProbabilityEnabled)
        && Objects.equals(this.stages, other.stages)
        && Objects.equals(this.updatedAt, other.updatedAt)
        && Objects.equals(this.createdAt, other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.currency);
    h = 31 * h + Objects.hashCode(this.archived);
    h = 31 * h + Objects.hashCode(this.active);
    h = 31 * h + Objects.hashCode(this.displayOrder);
    h = 31 * h + Objects.hashCode(this.winProbabilityEnabled);
    h = 31 * h + Objects.hashCode(this.stages);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Pipeline{");
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
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("archived=").append(this.archived);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("active=").append(this.active);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("displayOrder=").append(this.displayOrder);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("winProbabilityEnabled=").append(this.winProbabilityEnabled);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("stages=").append(this.stages);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String name;

    private Currency currency;

    private Boolean archived;

    private Boolean active;

    private Long displayOrder;

    private Boolean winProbabilityEnabled;

    private List<PipelineStage> stages;

    private ArrayList<PipelineStage> stagesAdded;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private long set0;

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
      this.set0 = source.set0;
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
     * The name of the Pipeline.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
     * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
     *
     * @param currency the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = currency;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>currency</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder currencyField(JsonField<Currency> field) {
      Objects.requireNonNull(field, "currencyField: field must not be null");
      this.currency = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Whether the Pipeline is archived or not.
     *
     * @param archived the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder archived(Boolean archived) {
      this.archived = archived;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>archived</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder archivedField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "archivedField: field must not be null");
      this.archived = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Whether the Pipeline is active or not.
     *
     * @param active the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder active(Boolean active) {
      this.active = active;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>active</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder activeField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "activeField: field must not be null");
      this.active = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The order in which the Pipeline is displayed in the UI.
     *
     * @param displayOrder the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder displayOrder(Long displayOrder) {
      this.displayOrder = displayOrder;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>display_order</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder displayOrderField(JsonField<Long> field) {
      Objects.requireNonNull(field, "displayOrderField: field must not be null");
      this.displayOrder = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * Whether the Pipeline has win probability enabled or not.
     *
     * @param winProbabilityEnabled the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder winProbabilityEnabled(Boolean winProbabilityEnabled) {
      this.winProbabilityEnabled = winProbabilityEnabled;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>win_probability_enabled</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder winProbabilityEnabledField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "winProbabilityEnabledField: field must not be null");
      this.winProbabilityEnabled = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * The Pipeline Stages.
     *
     * @param stages the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder stages(List<PipelineStage> stages) {
      this.stages = ImmutableList.copyOf(stages);
      this.stagesAdded = null;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>stages</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder stagesField(JsonField<List<PipelineStage>> field) {
      Objects.requireNonNull(field, "stagesField: field must not be null");
      this.stages = ImmutableList.copyOf(field.value());
      this.stagesAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
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
        List<PipelineStage> current = this.stages;
        this.stagesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.stagesAdded.add(item);
      this.set0 |= 0x80L;
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
      this.updatedAt = updatedAt;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>updated_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder updatedAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "updatedAtField: field must not be null");
      this.updatedAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
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
      this.createdAt = createdAt;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>created_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder createdAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "createdAtField: field must not be null");
      this.createdAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
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
    public Pipeline build() {
      return new Pipeline(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Pipeline}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_CURRENCY = new SerializedString("currency");

    private static final SerializedString F_ARCHIVED = new SerializedString("archived");

    private static final SerializedString F_ACTIVE = new SerializedString("active");

    private static final SerializedString F_DISPLAY_ORDER = new SerializedString("display_order");

    private static final SerializedString F_WIN_PROBABILITY_ENABLED = new SerializedString("win_probability_enabled");

    private static final SerializedString F_STAGES = new SerializedString("stages");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private Codec() {
    }

    /**
     * Reads one {@link Pipeline} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Pipeline read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Pipeline.class);
      Pipeline.Builder b = Pipeline.builder();
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
            case "currency":
              b.currency = Currency.Codec.read(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "archived":
              b.archived = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "active":
              b.active = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "display_order":
              b.displayOrder = Codecs.readLong(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "win_probability_enabled":
              b.winProbabilityEnabled = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "stages":
              b.stages = Codecs.readList(p, ctxt, PipelineStage.Codec::read);
              b.set0 |= 0x80L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x200L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Pipeline.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Pipeline}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Pipeline value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      boolean requestBody = Json.isRequestBody(provider);
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
        g.writeFieldName(F_CURRENCY);
        Currency.Codec.write(g, provider, value.currency);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_ARCHIVED);
        Codecs.writeBoolean(g, provider, value.archived);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_ACTIVE);
        Codecs.writeBoolean(g, provider, value.active);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_DISPLAY_ORDER);
        Codecs.writeLong(g, provider, value.displayOrder);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_WIN_PROBABILITY_ENABLED);
        Codecs.writeBoolean(g, provider, value.winProbabilityEnabled);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_STAGES);
        Codecs.writeList(g, provider, value.stages, PipelineStage.Codec::write);
      }
      if (!requestBody && (value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      if (!requestBody && (value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Pipeline}.
     */
    public static final class Deserializer extends StdDeserializer<Pipeline> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Pipeline.class);
      }

      @Override
      public Pipeline deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Pipeline}.
     */
    public static final class Serializer extends StdSerializer<Pipeline> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Pipeline.class);
      }

      @Override
      public void serialize(Pipeline value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
