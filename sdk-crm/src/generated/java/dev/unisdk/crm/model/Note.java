// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.crm.model.internal.NoteCodec;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A note attached to CRM records.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = NoteCodec.Serializer.class
)
@JsonDeserialize(
    using = NoteCodec.Deserializer.class
)
public final class Note {
  private final JsonField<String> id;

  private final JsonField<String> title;

  private final JsonField<String> content;

  private final JsonField<String> ownerId;

  private final JsonField<String> contactId;

  private final JsonField<String> companyId;

  private final JsonField<String> opportunityId;

  private final JsonField<String> leadId;

  private final JsonField<Boolean> active;

  private final JsonField<Map<String, JsonValue>> customMappings;

  private final JsonField<String> updatedBy;

  private final JsonField<String> createdBy;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

  private final Map<String, JsonNode> additionalProperties;

  private Note(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.content = b.content;
    this.ownerId = b.ownerId;
    this.contactId = b.contactId;
    this.companyId = b.companyId;
    this.opportunityId = b.opportunityId;
    this.leadId = b.leadId;
    this.active = b.active;
    this.customMappings = b.customMappings;
    this.updatedBy = b.updatedBy;
    this.createdBy = b.createdBy;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The unique identifier of the note.
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
   * The title of the note.
   *
   * @return the value, or null when missing or null
   */
  public String title() {
    return this.title.value();
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return this.title;
  }

  /**
   * The content of the note.
   *
   * @return the value, or null when missing or null
   */
  public String content() {
    return this.content.value();
  }

  /**
   * The <code>content</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contentField() {
    return this.content;
  }

  /**
   * The user that owns the note.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return this.ownerId.value();
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return this.ownerId;
  }

  /**
   * The contact that is related to the note.
   *
   * @return the value, or null when missing or null
   */
  public String contactId() {
    return this.contactId.value();
  }

  /**
   * The <code>contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactIdField() {
    return this.contactId;
  }

  /**
   * The company that is related to the note.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return this.companyId.value();
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return this.companyId;
  }

  /**
   * The opportunity that is related to the note.
   *
   * @return the value, or null when missing or null
   */
  public String opportunityId() {
    return this.opportunityId.value();
  }

  /**
   * The <code>opportunity_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> opportunityIdField() {
    return this.opportunityId;
  }

  /**
   * The lead that is related to the note.
   *
   * @return the value, or null when missing or null
   */
  public String leadId() {
    return this.leadId.value();
  }

  /**
   * The <code>lead_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadIdField() {
    return this.leadId;
  }

  /**
   * Whether the Note is active or not.
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
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = this.customMappings.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return this.customMappings;
  }

  /**
   * The user who last updated the note.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return this.updatedBy.value();
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return this.updatedBy;
  }

  /**
   * The user who created the note.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return this.createdBy.value();
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return this.createdBy;
  }

  /**
   * The date and time when the note was last updated.
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
   * The date and time when the note was created.
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
    if (!(o instanceof Note)) {
      return false;
    }
    Note other = (Note) o;
    return this.id.equals(other.id)
        && this.title.equals(other.title)
        && this.content.equals(other.content)
        && this.ownerId.equals(other.ownerId)
        && this.contactId.equals(other.contactId)
        && this.companyId.equals(other.companyId)
        && this.opportunityId.equals(other.opportunityId)
        && this.leadId.equals(other.leadId)
        && this.active.equals(other.active)
        && this.customMappings.equals(other.customMappings)
        && this.updatedBy.equals(other.updatedBy)
        && this.createdBy.equals(other.createdBy)
        && this.updatedAt.equals(other.updatedAt)
        && this.createdAt.equals(other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.title.hashCode();
    h = 31 * h + this.content.hashCode();
    h = 31 * h + this.ownerId.hashCode();
    h = 31 * h + this.contactId.hashCode();
    h = 31 * h + this.companyId.hashCode();
    h = 31 * h + this.opportunityId.hashCode();
    h = 31 * h + this.leadId.hashCode();
    h = 31 * h + this.active.hashCode();
    h = 31 * h + this.customMappings.hashCode();
    h = 31 * h + this.updatedBy.hashCode();
    h = 31 * h + this.createdBy.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Note{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.title.isMissing()) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if (!this.content.isMissing()) {
      sb.append(sep).append("content=").append(this.content);
      sep = ", ";
    }
    if (!this.ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if (!this.contactId.isMissing()) {
      sb.append(sep).append("contactId=").append(this.contactId);
      sep = ", ";
    }
    if (!this.companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if (!this.opportunityId.isMissing()) {
      sb.append(sep).append("opportunityId=").append(this.opportunityId);
      sep = ", ";
    }
    if (!this.leadId.isMissing()) {
      sb.append(sep).append("leadId=").append(this.leadId);
      sep = ", ";
    }
    if (!this.active.isMissing()) {
      sb.append(sep).append("active=").append(this.active);
      sep = ", ";
    }
    if (!this.customMappings.isMissing()) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if (!this.updatedBy.isMissing()) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if (!this.createdBy.isMissing()) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
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
   * Builds {@link Note}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> title = JsonField.missing();

    private JsonField<String> content = JsonField.missing();

    private JsonField<String> ownerId = JsonField.missing();

    private JsonField<String> contactId = JsonField.missing();

    private JsonField<String> companyId = JsonField.missing();

    private JsonField<String> opportunityId = JsonField.missing();

    private JsonField<String> leadId = JsonField.missing();

    private JsonField<Boolean> active = JsonField.missing();

    private JsonField<Map<String, JsonValue>> customMappings = JsonField.missing();

    private JsonField<String> updatedBy = JsonField.missing();

    private JsonField<String> createdBy = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Note source) {
      this.id = source.id;
      this.title = source.title;
      this.content = source.content;
      this.ownerId = source.ownerId;
      this.contactId = source.contactId;
      this.companyId = source.companyId;
      this.opportunityId = source.opportunityId;
      this.leadId = source.leadId;
      this.active = source.active;
      this.customMappings = source.customMappings;
      this.updatedBy = source.updatedBy;
      this.createdBy = source.createdBy;
      this.updatedAt = source.updatedAt;
      this.createdAt = source.createdAt;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The unique identifier of the note.
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
     * The title of the note.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = JsonField.of(title);
      return this;
    }

    /**
     * The content of the note.
     *
     * @param content the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder content(String content) {
      this.content = JsonField.of(content);
      return this;
    }

    /**
     * The user that owns the note.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = JsonField.of(ownerId);
      return this;
    }

    /**
     * The contact that is related to the note.
     *
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = JsonField.of(contactId);
      return this;
    }

    /**
     * The company that is related to the note.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = JsonField.of(companyId);
      return this;
    }

    /**
     * The opportunity that is related to the note.
     *
     * @param opportunityId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder opportunityId(String opportunityId) {
      this.opportunityId = JsonField.of(opportunityId);
      return this;
    }

    /**
     * The lead that is related to the note.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = JsonField.of(leadId);
      return this;
    }

    /**
     * Whether the Note is active or not.
     *
     * @param active the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder active(Boolean active) {
      this.active = JsonField.of(active);
      return this;
    }

    /**
     * When custom mappings are configured on the resource, the result is included here.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param customMappings the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customMappings(Map<String, JsonValue> customMappings) {
      this.customMappings = JsonField.of(customMappings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(customMappings)));
      return this;
    }

    /**
     * The user who last updated the note.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedBy(String updatedBy) {
      this.updatedBy = JsonField.of(updatedBy);
      return this;
    }

    /**
     * The user who created the note.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdBy(String createdBy) {
      this.createdBy = JsonField.of(createdBy);
      return this;
    }

    /**
     * The date and time when the note was last updated.
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
     * The date and time when the note was created.
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
    public Note build() {
      return new Note(this);
    }
  }
}
