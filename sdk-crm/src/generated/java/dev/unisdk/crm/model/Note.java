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
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.Codecs;
import java.io.IOException;
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
    using = Note.Codec.Serializer.class
)
@JsonDeserialize(
    using = Note.Codec.Deserializer.class
)
public final class Note {
  private final String id;

  private final String title;

  private final String content;

  private final String ownerId;

  private final String contactId;

  private final String companyId;

  private final String opportunityId;

  private final String leadId;

  private final Boolean active;

  private final Map<String, JsonValue> customMappings;

  private final String updatedBy;

  private final String createdBy;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final long set0;

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
    this.set0 = b.set0;
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
   * The title of the note.
   *
   * @return the value, or null when missing or null
   */
  public String title() {
    return this.title;
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.title) : JsonField.missing();
  }

  /**
   * The content of the note.
   *
   * @return the value, or null when missing or null
   */
  public String content() {
    return this.content;
  }

  /**
   * The <code>content</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contentField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.content) : JsonField.missing();
  }

  /**
   * The user that owns the note.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return this.ownerId;
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.ownerId) : JsonField.missing();
  }

  /**
   * The contact that is related to the note.
   *
   * @return the value, or null when missing or null
   */
  public String contactId() {
    return this.contactId;
  }

  /**
   * The <code>contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactIdField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.contactId) : JsonField.missing();
  }

  /**
   * The company that is related to the note.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return this.companyId;
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.companyId) : JsonField.missing();
  }

  /**
   * The opportunity that is related to the note.
   *
   * @return the value, or null when missing or null
   */
  public String opportunityId() {
    return this.opportunityId;
  }

  /**
   * The <code>opportunity_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> opportunityIdField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.opportunityId) : JsonField.missing();
  }

  /**
   * The lead that is related to the note.
   *
   * @return the value, or null when missing or null
   */
  public String leadId() {
    return this.leadId;
  }

  /**
   * The <code>lead_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadIdField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.leadId) : JsonField.missing();
  }

  /**
   * Whether the Note is active or not.
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
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.active) : JsonField.missing();
  }

  /**
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = this.customMappings;
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.customMappings) : JsonField.missing();
  }

  /**
   * The user who last updated the note.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return this.updatedBy;
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.updatedBy) : JsonField.missing();
  }

  /**
   * The user who created the note.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return this.createdBy;
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.createdBy) : JsonField.missing();
  }

  /**
   * The date and time when the note was last updated.
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
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
  }

  /**
   * The date and time when the note was created.
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
    return (this.set0 & 0x2000L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.title, other.title)
        && Objects.equals(this.content, other.content)
        && Objects.equals(this.ownerId, other.ownerId)
        && Objects.equals(this.contactId, other.contactId)
        && Objects.equals(this.companyId, other.companyId)
        && Objects.equals(this.opportunityId, other.opportunityId)
        && Objects.equals(this.leadId, other.leadId)
        && Objects.equals(this.active, other.active)
        && Objects.equals(this.customMappings, other.customMappings)
        && Objects.equals(this.updatedBy, other.updatedBy)
        && Objects.equals(this.createdBy, other.createdBy)
        && Objects.equals(this.updatedAt, other.updatedAt)
        && Objects.equals(this.createdAt, other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.title);
    h = 31 * h + Objects.hashCode(this.content);
    h = 31 * h + Objects.hashCode(this.ownerId);
    h = 31 * h + Objects.hashCode(this.contactId);
    h = 31 * h + Objects.hashCode(this.companyId);
    h = 31 * h + Objects.hashCode(this.opportunityId);
    h = 31 * h + Objects.hashCode(this.leadId);
    h = 31 * h + Objects.hashCode(this.active);
    h = 31 * h + Objects.hashCode(this.customMappings);
    h = 31 * h + Objects.hashCode(this.updatedBy);
    h = 31 * h + Objects.hashCode(this.createdBy);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Note{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("content=").append(this.content);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("contactId=").append(this.contactId);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("opportunityId=").append(this.opportunityId);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("leadId=").append(this.leadId);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("active=").append(this.active);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x2000L) != 0) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String title;

    private String content;

    private String ownerId;

    private String contactId;

    private String companyId;

    private String opportunityId;

    private String leadId;

    private Boolean active;

    private Map<String, JsonValue> customMappings;

    private String updatedBy;

    private String createdBy;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private long set0;

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
      this.set0 = source.set0;
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
     * The title of the note.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>title</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder titleField(JsonField<String> field) {
      Objects.requireNonNull(field, "titleField: field must not be null");
      this.title = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The content of the note.
     *
     * @param content the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder content(String content) {
      this.content = content;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>content</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder contentField(JsonField<String> field) {
      Objects.requireNonNull(field, "contentField: field must not be null");
      this.content = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The user that owns the note.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = ownerId;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>owner_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder ownerIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "ownerIdField: field must not be null");
      this.ownerId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The contact that is related to the note.
     *
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = contactId;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>contact_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder contactIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "contactIdField: field must not be null");
      this.contactId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The company that is related to the note.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>company_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder companyIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "companyIdField: field must not be null");
      this.companyId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * The opportunity that is related to the note.
     *
     * @param opportunityId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder opportunityId(String opportunityId) {
      this.opportunityId = opportunityId;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>opportunity_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder opportunityIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "opportunityIdField: field must not be null");
      this.opportunityId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * The lead that is related to the note.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = leadId;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>lead_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder leadIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "leadIdField: field must not be null");
      this.leadId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * Whether the Note is active or not.
     *
     * @param active the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder active(Boolean active) {
      this.active = active;
      this.set0 |= 0x100L;
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
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
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
      this.customMappings = customMappings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(customMappings));
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>custom_mappings</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder customMappingsField(JsonField<Map<String, JsonValue>> field) {
      Objects.requireNonNull(field, "customMappingsField: field must not be null");
      this.customMappings = field.value() == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(field.value()));
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
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
      this.updatedBy = updatedBy;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>updated_by</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder updatedByField(JsonField<String> field) {
      Objects.requireNonNull(field, "updatedByField: field must not be null");
      this.updatedBy = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
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
      this.createdBy = createdBy;
      this.set0 |= 0x800L;
      return this;
    }

    /**
     * Sets <code>created_by</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder createdByField(JsonField<String> field) {
      Objects.requireNonNull(field, "createdByField: field must not be null");
      this.createdBy = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
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
      this.updatedAt = updatedAt;
      this.set0 |= 0x1000L;
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
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
      }
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
      this.createdAt = createdAt;
      this.set0 |= 0x2000L;
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
        this.set0 &= ~0x2000L;
      } else {
        this.set0 |= 0x2000L;
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
    public Note build() {
      return new Note(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Note}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_TITLE = new SerializedString("title");

    private static final SerializedString F_CONTENT = new SerializedString("content");

    private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

    private static final SerializedString F_CONTACT_ID = new SerializedString("contact_id");

    private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

    private static final SerializedString F_OPPORTUNITY_ID = new SerializedString("opportunity_id");

    private static final SerializedString F_LEAD_ID = new SerializedString("lead_id");

    private static final SerializedString F_ACTIVE = new SerializedString("active");

    private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

    private static final SerializedString F_UPDATED_BY = new SerializedString("updated_by");

    private static final SerializedString F_CREATED_BY = new SerializedString("created_by");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private Codec() {
    }

    /**
     * Reads one {@link Note} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Note read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Note.class);
      Note.Builder b = Note.builder();
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
            case "title":
              b.title = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "content":
              b.content = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "owner_id":
              b.ownerId = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "contact_id":
              b.contactId = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "company_id":
              b.companyId = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "opportunity_id":
              b.opportunityId = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "lead_id":
              b.leadId = Codecs.readString(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "active":
              b.active = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "custom_mappings":
              b.customMappings = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x200L;
              break;
            case "updated_by":
              b.updatedBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "created_by":
              b.createdBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x2000L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Note.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Note}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Note value) throws IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      boolean requestBody = Json.isRequestBody(provider);
      g.writeStartObject();
      if (!requestBody && (value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_ID);
        Codecs.writeString(g, provider, value.id);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_TITLE);
        Codecs.writeString(g, provider, value.title);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_CONTENT);
        Codecs.writeString(g, provider, value.content);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_OWNER_ID);
        Codecs.writeString(g, provider, value.ownerId);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_CONTACT_ID);
        Codecs.writeString(g, provider, value.contactId);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_COMPANY_ID);
        Codecs.writeString(g, provider, value.companyId);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_OPPORTUNITY_ID);
        Codecs.writeString(g, provider, value.opportunityId);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_LEAD_ID);
        Codecs.writeString(g, provider, value.leadId);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_ACTIVE);
        Codecs.writeBoolean(g, provider, value.active);
      }
      if (!requestBody && (value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_CUSTOM_MAPPINGS);
        Codecs.writeMap(g, provider, value.customMappings, Codecs::writeJsonValue);
      }
      if (!requestBody && (value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_UPDATED_BY);
        Codecs.writeString(g, provider, value.updatedBy);
      }
      if (!requestBody && (value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_CREATED_BY);
        Codecs.writeString(g, provider, value.createdBy);
      }
      if (!requestBody && (value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      if (!requestBody && (value.set0 & 0x2000L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Note}.
     */
    public static final class Deserializer extends StdDeserializer<Note> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Note.class);
      }

      @Override
      public Note deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Note}.
     */
    public static final class Serializer extends StdSerializer<Note> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Note.class);
      }

      @Override
      public void serialize(Note value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
