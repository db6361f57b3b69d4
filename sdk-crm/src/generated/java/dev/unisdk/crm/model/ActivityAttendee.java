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
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An attendee of an activity.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ActivityAttendee.Codec.Serializer.class
)
@JsonDeserialize(
    using = ActivityAttendee.Codec.Deserializer.class
)
public final class ActivityAttendee {
  private final String id;

  private final String name;

  private final String firstName;

  private final String middleName;

  private final String lastName;

  private final String prefix;

  private final String suffix;

  private final String emailAddress;

  private final Boolean isOrganizer;

  private final ActivityAttendeeStatus status;

  private final String userId;

  private final String contactId;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private ActivityAttendee(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.firstName = b.firstName;
    this.middleName = b.middleName;
    this.lastName = b.lastName;
    this.prefix = b.prefix;
    this.suffix = b.suffix;
    this.emailAddress = b.emailAddress;
    this.isOrganizer = b.isOrganizer;
    this.status = b.status;
    this.userId = b.userId;
    this.contactId = b.contactId;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the attendee.
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
   * Full name of the attendee.
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
   * First name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String firstName() {
    return this.firstName;
  }

  /**
   * The <code>first_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> firstNameField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.firstName) : JsonField.missing();
  }

  /**
   * Middle name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String middleName() {
    return this.middleName;
  }

  /**
   * The <code>middle_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> middleNameField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.middleName) : JsonField.missing();
  }

  /**
   * Last name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String lastName() {
    return this.lastName;
  }

  /**
   * The <code>last_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lastNameField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.lastName) : JsonField.missing();
  }

  /**
   * Prefix of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String prefix() {
    return this.prefix;
  }

  /**
   * The <code>prefix</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> prefixField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.prefix) : JsonField.missing();
  }

  /**
   * Suffix of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String suffix() {
    return this.suffix;
  }

  /**
   * The <code>suffix</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> suffixField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.suffix) : JsonField.missing();
  }

  /**
   * Email address of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String emailAddress() {
    return this.emailAddress;
  }

  /**
   * The <code>email_address</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailAddressField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.emailAddress) : JsonField.missing();
  }

  /**
   * Whether the attendee is the organizer of the activity.
   *
   * @return the value, or null when missing or null
   */
  public Boolean isOrganizer() {
    return this.isOrganizer;
  }

  /**
   * The <code>is_organizer</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> isOrganizerField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.isOrganizer) : JsonField.missing();
  }

  /**
   * Status of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public ActivityAttendeeStatus status() {
    return this.status;
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityAttendeeStatus> statusField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.status) : JsonField.missing();
  }

  /**
   * The identifier for a related user.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String userId() {
    return this.userId;
  }

  /**
   * The <code>user_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userIdField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.userId) : JsonField.missing();
  }

  /**
   * The identifier for a related contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
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
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.contactId) : JsonField.missing();
  }

  /**
   * The date and time when the attendee was last updated.
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
   * The date and time when the attendee was created.
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
    if (!(o instanceof ActivityAttendee)) {
      return false;
    }
    ActivityAttendee other = (ActivityAttendee) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.firstName, other.firstName)
        && Objects.equals(this.middleName, other.middleName)
        && Objects.equals(this.lastName, other.lastName)
        && Objects.equals(this.prefix, other.prefix)
        && Objects.equals(this.suffix, other.suffix)
        && Objects.equals(this.emailAddress, other.emailAddress)
        && Objects.equals(this.isOrganizer, other.isOrganizer)
        && Objects.equals(this.status, other.status)
        && Objects.equals(this.userId, other.userId)
        && Objects.equals(this.contactId, other.contactId)
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
    h = 31 * h + Objects.hashCode(this.firstName);
    h = 31 * h + Objects.hashCode(this.middleName);
    h = 31 * h + Objects.hashCode(this.lastName);
    h = 31 * h + Objects.hashCode(this.prefix);
    h = 31 * h + Objects.hashCode(this.suffix);
    h = 31 * h + Objects.hashCode(this.emailAddress);
    h = 31 * h + Objects.hashCode(this.isOrganizer);
    h = 31 * h + Objects.hashCode(this.status);
    h = 31 * h + Objects.hashCode(this.userId);
    h = 31 * h + Objects.hashCode(this.contactId);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ActivityAttendee{");
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
      sb.append(sep).append("firstName=").append(this.firstName);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("middleName=").append(this.middleName);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("lastName=").append(this.lastName);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("prefix=").append(this.prefix);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("suffix=").append(this.suffix);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("emailAddress=").append(this.emailAddress);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("isOrganizer=").append(this.isOrganizer);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("userId=").append(this.userId);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("contactId=").append(this.contactId);
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
   * Builds {@link ActivityAttendee}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String name;

    private String firstName;

    private String middleName;

    private String lastName;

    private String prefix;

    private String suffix;

    private String emailAddress;

    private Boolean isOrganizer;

    private ActivityAttendeeStatus status;

    private String userId;

    private String contactId;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ActivityAttendee source) {
      this.id = source.id;
      this.name = source.name;
      this.firstName = source.firstName;
      this.middleName = source.middleName;
      this.lastName = source.lastName;
      this.prefix = source.prefix;
      this.suffix = source.suffix;
      this.emailAddress = source.emailAddress;
      this.isOrganizer = source.isOrganizer;
      this.status = source.status;
      this.userId = source.userId;
      this.contactId = source.contactId;
      this.updatedAt = source.updatedAt;
      this.createdAt = source.createdAt;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Unique identifier for the attendee.
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
     * Full name of the attendee.
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
     * First name of the attendee.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>first_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder firstNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "firstNameField: field must not be null");
      this.firstName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Middle name of the attendee.
     *
     * @param middleName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder middleName(String middleName) {
      this.middleName = middleName;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>middle_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder middleNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "middleNameField: field must not be null");
      this.middleName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Last name of the attendee.
     *
     * @param lastName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>last_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder lastNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "lastNameField: field must not be null");
      this.lastName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * Prefix of the attendee.
     *
     * @param prefix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder prefix(String prefix) {
      this.prefix = prefix;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>prefix</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder prefixField(JsonField<String> field) {
      Objects.requireNonNull(field, "prefixField: field must not be null");
      this.prefix = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * Suffix of the attendee.
     *
     * @param suffix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder suffix(String suffix) {
      this.suffix = suffix;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>suffix</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder suffixField(JsonField<String> field) {
      Objects.requireNonNull(field, "suffixField: field must not be null");
      this.suffix = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * Email address of the attendee.
     *
     * @param emailAddress the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder emailAddress(String emailAddress) {
      this.emailAddress = emailAddress;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>email_address</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder emailAddressField(JsonField<String> field) {
      Objects.requireNonNull(field, "emailAddressField: field must not be null");
      this.emailAddress = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * Whether the attendee is the organizer of the activity.
     *
     * @param isOrganizer the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder isOrganizer(Boolean isOrganizer) {
      this.isOrganizer = isOrganizer;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>is_organizer</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder isOrganizerField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "isOrganizerField: field must not be null");
      this.isOrganizer = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * Status of the attendee.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(ActivityAttendeeStatus status) {
      this.status = status;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>status</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder statusField(JsonField<ActivityAttendeeStatus> field) {
      Objects.requireNonNull(field, "statusField: field must not be null");
      this.status = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * The identifier for a related user.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param userId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>user_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder userIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "userIdField: field must not be null");
      this.userId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
      return this;
    }

    /**
     * The identifier for a related contact.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = contactId;
      this.set0 |= 0x800L;
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
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
      return this;
    }

    /**
     * The date and time when the attendee was last updated.
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
     * The date and time when the attendee was created.
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
    public ActivityAttendee build() {
      return new ActivityAttendee(this);
    }
  }

  /**
   * Streaming JSON codec of {@link ActivityAttendee}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_FIRST_NAME = new SerializedString("first_name");

    private static final SerializedString F_MIDDLE_NAME = new SerializedString("middle_name");

    private static final SerializedString F_LAST_NAME = new SerializedString("last_name");

    private static final SerializedString F_PREFIX = new SerializedString("prefix");

    private static final SerializedString F_SUFFIX = new SerializedString("suffix");

    private static final SerializedString F_EMAIL_ADDRESS = new SerializedString("email_address");

    private static final SerializedString F_IS_ORGANIZER = new SerializedString("is_organizer");

    private static final SerializedString F_STATUS = new SerializedString("status");

    private static final SerializedString F_USER_ID = new SerializedString("user_id");

    private static final SerializedString F_CONTACT_ID = new SerializedString("contact_id");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private Codec() {
    }

    /**
     * Reads one {@link ActivityAttendee} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static ActivityAttendee read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, ActivityAttendee.class);
      ActivityAttendee.Builder b = ActivityAttendee.builder();
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
            case "first_name":
              b.firstName = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "middle_name":
              b.middleName = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "last_name":
              b.lastName = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "prefix":
              b.prefix = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "suffix":
              b.suffix = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "email_address":
              b.emailAddress = Codecs.readString(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "is_organizer":
              b.isOrganizer = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "status":
              b.status = ActivityAttendeeStatus.Codec.read(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "user_id":
              b.userId = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "contact_id":
              b.contactId = Codecs.readString(p, ctxt);
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
        throw Codecs.withField(e, ActivityAttendee.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link ActivityAttendee}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ActivityAttendee value) throws
        IOException {
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
        g.writeFieldName(F_NAME);
        Codecs.writeString(g, provider, value.name);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_FIRST_NAME);
        Codecs.writeString(g, provider, value.firstName);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_MIDDLE_NAME);
        Codecs.writeString(g, provider, value.middleName);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_LAST_NAME);
        Codecs.writeString(g, provider, value.lastName);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_PREFIX);
        Codecs.writeString(g, provider, value.prefix);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_SUFFIX);
        Codecs.writeString(g, provider, value.suffix);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_EMAIL_ADDRESS);
        Codecs.writeString(g, provider, value.emailAddress);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_IS_ORGANIZER);
        Codecs.writeBoolean(g, provider, value.isOrganizer);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_STATUS);
        ActivityAttendeeStatus.Codec.write(g, provider, value.status);
      }
      if (!requestBody && (value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_USER_ID);
        Codecs.writeString(g, provider, value.userId);
      }
      if (!requestBody && (value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_CONTACT_ID);
        Codecs.writeString(g, provider, value.contactId);
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
     * Jackson deserializer of {@link ActivityAttendee}.
     */
    public static final class Deserializer extends StdDeserializer<ActivityAttendee> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ActivityAttendee.class);
      }

      @Override
      public ActivityAttendee deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ActivityAttendee}.
     */
    public static final class Serializer extends StdSerializer<ActivityAttendee> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ActivityAttendee.class);
      }

      @Override
      public void serialize(ActivityAttendee value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
