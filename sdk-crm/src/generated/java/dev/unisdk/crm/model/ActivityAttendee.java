// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.ActivityAttendeeCodec;
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
    using = ActivityAttendeeCodec.Serializer.class
)
@JsonDeserialize(
    using = ActivityAttendeeCodec.Deserializer.class
)
public final class ActivityAttendee {
  private final JsonField<String> id;

  private final JsonField<String> name;

  private final JsonField<String> firstName;

  private final JsonField<String> middleName;

  private final JsonField<String> lastName;

  private final JsonField<String> prefix;

  private final JsonField<String> suffix;

  private final JsonField<String> emailAddress;

  private final JsonField<Boolean> isOrganizer;

  private final JsonField<ActivityAttendeeStatus> status;

  private final JsonField<String> userId;

  private final JsonField<String> contactId;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

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
   * Full name of the attendee.
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
   * First name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String firstName() {
    return this.firstName.value();
  }

  /**
   * The <code>first_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> firstNameField() {
    return this.firstName;
  }

  /**
   * Middle name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String middleName() {
    return this.middleName.value();
  }

  /**
   * The <code>middle_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> middleNameField() {
    return this.middleName;
  }

  /**
   * Last name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String lastName() {
    return this.lastName.value();
  }

  /**
   * The <code>last_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lastNameField() {
    return this.lastName;
  }

  /**
   * Prefix of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String prefix() {
    return this.prefix.value();
  }

  /**
   * The <code>prefix</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> prefixField() {
    return this.prefix;
  }

  /**
   * Suffix of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String suffix() {
    return this.suffix.value();
  }

  /**
   * The <code>suffix</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> suffixField() {
    return this.suffix;
  }

  /**
   * Email address of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String emailAddress() {
    return this.emailAddress.value();
  }

  /**
   * The <code>email_address</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailAddressField() {
    return this.emailAddress;
  }

  /**
   * Whether the attendee is the organizer of the activity.
   *
   * @return the value, or null when missing or null
   */
  public Boolean isOrganizer() {
    return this.isOrganizer.value();
  }

  /**
   * The <code>is_organizer</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> isOrganizerField() {
    return this.isOrganizer;
  }

  /**
   * Status of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public ActivityAttendeeStatus status() {
    return this.status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityAttendeeStatus> statusField() {
    return this.status;
  }

  /**
   * The identifier for a related user.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String userId() {
    return this.userId.value();
  }

  /**
   * The <code>user_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userIdField() {
    return this.userId;
  }

  /**
   * The identifier for a related contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
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
   * The date and time when the attendee was last updated.
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
   * The date and time when the attendee was created.
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
    if (!(o instanceof ActivityAttendee)) {
      return false;
    }
    ActivityAttendee other = (ActivityAttendee) o;
    return this.id.equals(other.id)
        && this.name.equals(other.name)
        && this.firstName.equals(other.firstName)
        && this.middleName.equals(other.middleName)
        && this.lastName.equals(other.lastName)
        && this.prefix.equals(other.prefix)
        && this.suffix.equals(other.suffix)
        && this.emailAddress.equals(other.emailAddress)
        && this.isOrganizer.equals(other.isOrganizer)
        && this.status.equals(other.status)
        && this.userId.equals(other.userId)
        && this.contactId.equals(other.contactId)
        && this.updatedAt.equals(other.updatedAt)
        && this.createdAt.equals(other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.firstName.hashCode();
    h = 31 * h + this.middleName.hashCode();
    h = 31 * h + this.lastName.hashCode();
    h = 31 * h + this.prefix.hashCode();
    h = 31 * h + this.suffix.hashCode();
    h = 31 * h + this.emailAddress.hashCode();
    h = 31 * h + this.isOrganizer.hashCode();
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.userId.hashCode();
    h = 31 * h + this.contactId.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ActivityAttendee{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.firstName.isMissing()) {
      sb.append(sep).append("firstName=").append(this.firstName);
      sep = ", ";
    }
    if (!this.middleName.isMissing()) {
      sb.append(sep).append("middleName=").append(this.middleName);
      sep = ", ";
    }
    if (!this.lastName.isMissing()) {
      sb.append(sep).append("lastName=").append(this.lastName);
      sep = ", ";
    }
    if (!this.prefix.isMissing()) {
      sb.append(sep).append("prefix=").append(this.prefix);
      sep = ", ";
    }
    if (!this.suffix.isMissing()) {
      sb.append(sep).append("suffix=").append(this.suffix);
      sep = ", ";
    }
    if (!this.emailAddress.isMissing()) {
      sb.append(sep).append("emailAddress=").append(this.emailAddress);
      sep = ", ";
    }
    if (!this.isOrganizer.isMissing()) {
      sb.append(sep).append("isOrganizer=").append(this.isOrganizer);
      sep = ", ";
    }
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.userId.isMissing()) {
      sb.append(sep).append("userId=").append(this.userId);
      sep = ", ";
    }
    if (!this.contactId.isMissing()) {
      sb.append(sep).append("contactId=").append(this.contactId);
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
   * Builds {@link ActivityAttendee}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> name = JsonField.missing();

    private JsonField<String> firstName = JsonField.missing();

    private JsonField<String> middleName = JsonField.missing();

    private JsonField<String> lastName = JsonField.missing();

    private JsonField<String> prefix = JsonField.missing();

    private JsonField<String> suffix = JsonField.missing();

    private JsonField<String> emailAddress = JsonField.missing();

    private JsonField<Boolean> isOrganizer = JsonField.missing();

    private JsonField<ActivityAttendeeStatus> status = JsonField.missing();

    private JsonField<String> userId = JsonField.missing();

    private JsonField<String> contactId = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

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
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * Full name of the attendee.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = JsonField.of(name);
      return this;
    }

    /**
     * First name of the attendee.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = JsonField.of(firstName);
      return this;
    }

    /**
     * Middle name of the attendee.
     *
     * @param middleName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder middleName(String middleName) {
      this.middleName = JsonField.of(middleName);
      return this;
    }

    /**
     * Last name of the attendee.
     *
     * @param lastName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = JsonField.of(lastName);
      return this;
    }

    /**
     * Prefix of the attendee.
     *
     * @param prefix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder prefix(String prefix) {
      this.prefix = JsonField.of(prefix);
      return this;
    }

    /**
     * Suffix of the attendee.
     *
     * @param suffix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder suffix(String suffix) {
      this.suffix = JsonField.of(suffix);
      return this;
    }

    /**
     * Email address of the attendee.
     *
     * @param emailAddress the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder emailAddress(String emailAddress) {
      this.emailAddress = JsonField.of(emailAddress);
      return this;
    }

    /**
     * Whether the attendee is the organizer of the activity.
     *
     * @param isOrganizer the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder isOrganizer(Boolean isOrganizer) {
      this.isOrganizer = JsonField.of(isOrganizer);
      return this;
    }

    /**
     * Status of the attendee.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(ActivityAttendeeStatus status) {
      this.status = JsonField.of(status);
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
      this.userId = JsonField.of(userId);
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
      this.contactId = JsonField.of(contactId);
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
      this.updatedAt = JsonField.of(updatedAt);
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
    public ActivityAttendee build() {
      return new ActivityAttendee(this);
    }
  }
}
