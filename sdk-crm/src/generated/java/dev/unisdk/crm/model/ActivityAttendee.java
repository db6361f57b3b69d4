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
    return id.value();
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return id;
  }

  /**
   * Full name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String name() {
    return name.value();
  }

  /**
   * The <code>name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> nameField() {
    return name;
  }

  /**
   * First name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String firstName() {
    return firstName.value();
  }

  /**
   * The <code>first_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> firstNameField() {
    return firstName;
  }

  /**
   * Middle name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String middleName() {
    return middleName.value();
  }

  /**
   * The <code>middle_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> middleNameField() {
    return middleName;
  }

  /**
   * Last name of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String lastName() {
    return lastName.value();
  }

  /**
   * The <code>last_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lastNameField() {
    return lastName;
  }

  /**
   * Prefix of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String prefix() {
    return prefix.value();
  }

  /**
   * The <code>prefix</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> prefixField() {
    return prefix;
  }

  /**
   * Suffix of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String suffix() {
    return suffix.value();
  }

  /**
   * The <code>suffix</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> suffixField() {
    return suffix;
  }

  /**
   * Email address of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public String emailAddress() {
    return emailAddress.value();
  }

  /**
   * The <code>email_address</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailAddressField() {
    return emailAddress;
  }

  /**
   * Whether the attendee is the organizer of the activity.
   *
   * @return the value, or null when missing or null
   */
  public Boolean isOrganizer() {
    return isOrganizer.value();
  }

  /**
   * The <code>is_organizer</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> isOrganizerField() {
    return isOrganizer;
  }

  /**
   * Status of the attendee.
   *
   * @return the value, or null when missing or null
   */
  public ActivityAttendeeStatus status() {
    return status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ActivityAttendeeStatus> statusField() {
    return status;
  }

  /**
   * The identifier for a related user.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String userId() {
    return userId.value();
  }

  /**
   * The <code>user_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userIdField() {
    return userId;
  }

  /**
   * The identifier for a related contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String contactId() {
    return contactId.value();
  }

  /**
   * The <code>contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactIdField() {
    return contactId;
  }

  /**
   * The date and time when the attendee was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return updatedAt.value();
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return updatedAt;
  }

  /**
   * The date and time when the attendee was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return createdAt.value();
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return createdAt;
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
    return id.equals(other.id)
        && name.equals(other.name)
        && firstName.equals(other.firstName)
        && middleName.equals(other.middleName)
        && lastName.equals(other.lastName)
        && prefix.equals(other.prefix)
        && suffix.equals(other.suffix)
        && emailAddress.equals(other.emailAddress)
        && isOrganizer.equals(other.isOrganizer)
        && status.equals(other.status)
        && userId.equals(other.userId)
        && contactId.equals(other.contactId)
        && updatedAt.equals(other.updatedAt)
        && createdAt.equals(other.createdAt)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + id.hashCode();
    h = 31 * h + name.hashCode();
    h = 31 * h + firstName.hashCode();
    h = 31 * h + middleName.hashCode();
    h = 31 * h + lastName.hashCode();
    h = 31 * h + prefix.hashCode();
    h = 31 * h + suffix.hashCode();
    h = 31 * h + emailAddress.hashCode();
    h = 31 * h + isOrganizer.hashCode();
    h = 31 * h + status.hashCode();
    h = 31 * h + userId.hashCode();
    h = 31 * h + contactId.hashCode();
    h = 31 * h + updatedAt.hashCode();
    h = 31 * h + createdAt.hashCode();
    h = 31 * h + additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ActivityAttendee{");
    String sep = "";
    if (!id.isMissing()) {
      sb.append(sep).append("id=").append(id);
      sep = ", ";
    }
    if (!name.isMissing()) {
      sb.append(sep).append("name=").append(name);
      sep = ", ";
    }
    if (!firstName.isMissing()) {
      sb.append(sep).append("firstName=").append(firstName);
      sep = ", ";
    }
    if (!middleName.isMissing()) {
      sb.append(sep).append("middleName=").append(middleName);
      sep = ", ";
    }
    if (!lastName.isMissing()) {
      sb.append(sep).append("lastName=").append(lastName);
      sep = ", ";
    }
    if (!prefix.isMissing()) {
      sb.append(sep).append("prefix=").append(prefix);
      sep = ", ";
    }
    if (!suffix.isMissing()) {
      sb.append(sep).append("suffix=").append(suffix);
      sep = ", ";
    }
    if (!emailAddress.isMissing()) {
      sb.append(sep).append("emailAddress=").append(emailAddress);
      sep = ", ";
    }
    if (!isOrganizer.isMissing()) {
      sb.append(sep).append("isOrganizer=").append(isOrganizer);
      sep = ", ";
    }
    if (!status.isMissing()) {
      sb.append(sep).append("status=").append(status);
      sep = ", ";
    }
    if (!userId.isMissing()) {
      sb.append(sep).append("userId=").append(userId);
      sep = ", ";
    }
    if (!contactId.isMissing()) {
      sb.append(sep).append("contactId=").append(contactId);
      sep = ", ";
    }
    if (!updatedAt.isMissing()) {
      sb.append(sep).append("updatedAt=").append(updatedAt);
      sep = ", ";
    }
    if (!createdAt.isMissing()) {
      sb.append(sep).append("createdAt=").append(createdAt);
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
