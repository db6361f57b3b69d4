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
 * A CRM user.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = User.Codec.Serializer.class
)
@JsonDeserialize(
    using = User.Codec.Deserializer.class
)
public final class User {
  private final String id;

  private final String parentId;

  private final String username;

  private final String firstName;

  private final String lastName;

  private final String title;

  private final String division;

  private final String department;

  private final String companyName;

  private final String employeeNumber;

  private final String description;

  private final String image;

  private final String language;

  private final String status;

  private final String password;

  private final List<Address> addresses;

  private final List<PhoneNumber> phoneNumbers;

  private final List<Email> emails;

  private final Map<String, JsonValue> customMappings;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private User(Builder b) {
    this.id = b.id;
    this.parentId = b.parentId;
    this.username = b.username;
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.title = b.title;
    this.division = b.division;
    this.department = b.department;
    this.companyName = b.companyName;
    this.employeeNumber = b.employeeNumber;
    this.description = b.description;
    this.image = b.image;
    this.language = b.language;
    this.status = b.status;
    this.password = b.password;
    this.addresses = b.addressesAdded == null ? b.addresses : ImmutableList.copyOf(b.addressesAdded);
    this.phoneNumbers = b.phoneNumbersAdded == null ? b.phoneNumbers : ImmutableList.copyOf(b.phoneNumbersAdded);
    this.emails = b.emailsAdded == null ? b.emails : ImmutableList.copyOf(b.emailsAdded);
    this.customMappings = b.customMappings;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The unique identifier for the user.
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
   * The parent user id.
   *
   * @return the value, or null when missing or null
   */
  public String parentId() {
    return this.parentId;
  }

  /**
   * The <code>parent_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> parentIdField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.parentId) : JsonField.missing();
  }

  /**
   * The username of the user.
   *
   * @return the value, or null when missing or null
   */
  public String username() {
    return this.username;
  }

  /**
   * The <code>username</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> usernameField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.username) : JsonField.missing();
  }

  /**
   * The first name of the person.
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
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.firstName) : JsonField.missing();
  }

  /**
   * The last name of the person.
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
   * The job title of the person.
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
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.title) : JsonField.missing();
  }

  /**
   * The division the person is currently in. Usually a collection of departments or teams or regions.
   *
   * @return the value, or null when missing or null
   */
  public String division() {
    return this.division;
  }

  /**
   * The <code>division</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> divisionField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.division) : JsonField.missing();
  }

  /**
   * Deprecated: the department the person is currently in.
   *
   * @return the value, or null when missing or null
   */
  public String department() {
    return this.department;
  }

  /**
   * The <code>department</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> departmentField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.department) : JsonField.missing();
  }

  /**
   * The name of the company.
   *
   * @return the value, or null when missing or null
   */
  public String companyName() {
    return this.companyName;
  }

  /**
   * The <code>company_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyNameField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.companyName) : JsonField.missing();
  }

  /**
   * An Employee Number, Employee ID or Employee Code, a unique number assigned to each staff member within a company.
   *
   * @return the value, or null when missing or null
   */
  public String employeeNumber() {
    return this.employeeNumber;
  }

  /**
   * The <code>employee_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> employeeNumberField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.employeeNumber) : JsonField.missing();
  }

  /**
   * A description of the object.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return this.description;
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.description) : JsonField.missing();
  }

  /**
   * The URL of the user's avatar.
   *
   * @return the value, or null when missing or null
   */
  public String image() {
    return this.image;
  }

  /**
   * The <code>image</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> imageField() {
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.image) : JsonField.missing();
  }

  /**
   * Language code according to ISO 639-1. For the United States - EN.
   *
   * @return the value, or null when missing or null
   */
  public String language() {
    return this.language;
  }

  /**
   * The <code>language</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> languageField() {
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.language) : JsonField.missing();
  }

  /**
   * The status of the user.
   *
   * @return the value, or null when missing or null
   */
  public String status() {
    return this.status;
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusField() {
    return (this.set0 & 0x2000L) != 0 ? JsonField.of(this.status) : JsonField.missing();
  }

  /**
   * The password of the user. Sent in create/update bodies, never returned.
   *
   * @return the value, or null when missing or null
   */
  public String password() {
    return this.password;
  }

  /**
   * The <code>password</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> passwordField() {
    return (this.set0 & 0x4000L) != 0 ? JsonField.of(this.password) : JsonField.missing();
  }

  /**
   * Addresses of the user.
   *
   * @return the value, an empty list when missing or null
   */
  public List<Address> addresses() {
    List<Address> v = this.addresses;
    return v == null ? Collections.<Address>emptyList() : v;
  }

  /**
   * The <code>addresses</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Address>> addressesField() {
    return (this.set0 & 0x8000L) != 0 ? JsonField.of(this.addresses) : JsonField.missing();
  }

  /**
   * Phone numbers of the user.
   *
   * @return the value, an empty list when missing or null
   */
  public List<PhoneNumber> phoneNumbers() {
    List<PhoneNumber> v = this.phoneNumbers;
    return v == null ? Collections.<PhoneNumber>emptyList() : v;
  }

  /**
   * The <code>phone_numbers</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<PhoneNumber>> phoneNumbersField() {
    return (this.set0 & 0x10000L) != 0 ? JsonField.of(this.phoneNumbers) : JsonField.missing();
  }

  /**
   * Email addresses of the user.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, an empty list when missing or null
   */
  public List<Email> emails() {
    List<Email> v = this.emails;
    return v == null ? Collections.<Email>emptyList() : v;
  }

  /**
   * The <code>emails</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Email>> emailsField() {
    return (this.set0 & 0x20000L) != 0 ? JsonField.of(this.emails) : JsonField.missing();
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
    return (this.set0 & 0x40000L) != 0 ? JsonField.of(this.customMappings) : JsonField.missing();
  }

  /**
   * The date and time when the user was last updated.
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
    return (this.set0 & 0x80000L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
  }

  /**
   * The date and time when the user was created.
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
    return (this.set0 & 0x100000L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
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
    if (!(o instanceof User)) {
      return false;
    }
    User other = (User) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.parentId, other.parentId)
        && Objects.equals(this.username, other.username)
        && Objects.equals(this.firstName, other.firstName)
        && Objects.equals(this.lastName, other.lastName)
        && Objects.equals(this.title, other.title)
        && Objects.equals(this.division, other.division)
        && Objects.equals(this.department, other.department)
        && Objects.equals(this.companyName, other.companyName)
        && Objects.equals(this.employeeNumber, other.employeeNumber)
        && Objects.equals(this.description, other.description)
        && Objects.equals(this.image, other.image)
        && Objects.equals(this.language, other.language)
        && Objects.equals(this.status, other.status)
        && Objects.equals(this.password, other.password)
        && Objects.equals(this.addresses, other.addresses)
        && Objects.equals(this.phoneNumbers, other.phoneNumbers)
        && Objects.equals(this.emails, other.emails)
        && Objects.equals(this.customMappings, other.customMappings)
        && Objects.equals(this.updatedAt, other.updatedAt)
        && Objects.equals(this.createdAt, other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.parentId);
    h = 31 * h + Objects.hashCode(this.username);
    h = 31 * h + Objects.hashCode(this.firstName);
    h = 31 * h + Objects.hashCode(this.lastName);
    h = 31 * h + Objects.hashCode(this.title);
    h = 31 * h + Objects.hashCode(this.division);
    h = 31 * h + Objects.hashCode(this.department);
    h = 31 * h + Objects.hashCode(this.companyName);
    h = 31 * h + Objects.hashCode(this.employeeNumber);
    h = 31 * h + Objects.hashCode(this.description);
    h = 31 * h + Objects.hashCode(this.image);
    h = 31 * h + Objects.hashCode(this.language);
    h = 31 * h + Objects.hashCode(this.status);
    h = 31 * h + Objects.hashCode(this.password);
    h = 31 * h + Objects.hashCode(this.addresses);
    h = 31 * h + Objects.hashCode(this.phoneNumbers);
    h = 31 * h + Objects.hashCode(this.emails);
    h = 31 * h + Objects.hashCode(this.customMappings);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("User{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("parentId=").append(this.parentId);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("username=").append(this.username);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("firstName=").append(this.firstName);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("lastName=").append(this.lastName);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("division=").append(this.division);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("department=").append(this.department);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("companyName=").append(this.companyName);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("employeeNumber=").append(this.employeeNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("image=").append(this.image);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
      sb.append(sep).append("language=").append(this.language);
      sep = ", ";
    }
    if ((this.set0 & 0x2000L) != 0) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if ((this.set0 & 0x4000L) != 0) {
      sb.append(sep).append("password=").append(this.password == null ? "null" : "***");
      sep = ", ";
    }
    if ((this.set0 & 0x8000L) != 0) {
      sb.append(sep).append("addresses=").append(this.addresses);
      sep = ", ";
    }
    if ((this.set0 & 0x10000L) != 0) {
      sb.append(sep).append("phoneNumbers=").append(this.phoneNumbers);
      sep = ", ";
    }
    if ((this.set0 & 0x20000L) != 0) {
      sb.append(sep).append("emails=").append(this.emails);
      sep = ", ";
    }
    if ((this.set0 & 0x40000L) != 0) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if ((this.set0 & 0x80000L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x100000L) != 0) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link User}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String parentId;

    private String username;

    private String firstName;

    private String lastName;

    private String title;

    private String division;

    private String department;

    private String companyName;

    private String employeeNumber;

    private String description;

    private String image;

    private String language;

    private String status;

    private String password;

    private List<Address> addresses;

    private ArrayList<Address> addressesAdded;

    private List<PhoneNumber> phoneNumbers;

    private ArrayList<PhoneNumber> phoneNumbersAdded;

    private List<Email> emails;

    private ArrayList<Email> emailsAdded;

    private Map<String, JsonValue> customMappings;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(User source) {
      this.id = source.id;
      this.parentId = source.parentId;
      this.username = source.username;
      this.firstName = source.firstName;
      this.lastName = source.lastName;
      this.title = source.title;
      this.division = source.division;
      this.department = source.department;
      this.companyName = source.companyName;
      this.employeeNumber = source.employeeNumber;
      this.description = source.description;
      this.image = source.image;
      this.language = source.language;
      this.status = source.status;
      this.password = source.password;
      this.addresses = source.addresses;
      this.phoneNumbers = source.phoneNumbers;
      this.emails = source.emails;
      this.customMappings = source.customMappings;
      this.updatedAt = source.updatedAt;
      this.createdAt = source.createdAt;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The unique identifier for the user.
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
     * The parent user id.
     *
     * @param parentId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder parentId(String parentId) {
      this.parentId = parentId;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>parent_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder parentIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "parentIdField: field must not be null");
      this.parentId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The username of the user.
     *
     * @param username the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder username(String username) {
      this.username = username;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>username</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder usernameField(JsonField<String> field) {
      Objects.requireNonNull(field, "usernameField: field must not be null");
      this.username = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The first name of the person.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      this.set0 |= 0x8L;
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
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The last name of the person.
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
     * The job title of the person.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      this.set0 |= 0x20L;
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
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * The division the person is currently in. Usually a collection of departments or teams or regions.
     *
     * @param division the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder division(String division) {
      this.division = division;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>division</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder divisionField(JsonField<String> field) {
      Objects.requireNonNull(field, "divisionField: field must not be null");
      this.division = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * Deprecated: the department the person is currently in.
     *
     * @param department the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder department(String department) {
      this.department = department;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>department</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder departmentField(JsonField<String> field) {
      Objects.requireNonNull(field, "departmentField: field must not be null");
      this.department = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * The name of the company.
     *
     * @param companyName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyName(String companyName) {
      this.companyName = companyName;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>company_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder companyNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "companyNameField: field must not be null");
      this.companyName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * An Employee Number, Employee ID or Employee Code, a unique number assigned to each staff member within a company.
     *
     * @param employeeNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder employeeNumber(String employeeNumber) {
      this.employeeNumber = employeeNumber;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>employee_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder employeeNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "employeeNumberField: field must not be null");
      this.employeeNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * A description of the object.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>description</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder descriptionField(JsonField<String> field) {
      Objects.requireNonNull(field, "descriptionField: field must not be null");
      this.description = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
      return this;
    }

    /**
     * The URL of the user's avatar.
     *
     * @param image the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder image(String image) {
      this.image = image;
      this.set0 |= 0x800L;
      return this;
    }

    /**
     * Sets <code>image</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder imageField(JsonField<String> field) {
      Objects.requireNonNull(field, "imageField: field must not be null");
      this.image = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
      return this;
    }

    /**
     * Language code according to ISO 639-1. For the United States - EN.
     *
     * @param language the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      this.set0 |= 0x1000L;
      return this;
    }

    /**
     * Sets <code>language</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder languageField(JsonField<String> field) {
      Objects.requireNonNull(field, "languageField: field must not be null");
      this.language = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
      }
      return this;
    }

    /**
     * The status of the user.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      this.set0 |= 0x2000L;
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
    public Builder statusField(JsonField<String> field) {
      Objects.requireNonNull(field, "statusField: field must not be null");
      this.status = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000L;
      } else {
        this.set0 |= 0x2000L;
      }
      return this;
    }

    /**
     * The password of the user. Sent in create/update bodies, never returned.
     *
     * @param password the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder password(String password) {
      this.password = password;
      this.set0 |= 0x4000L;
      return this;
    }

    /**
     * Sets <code>password</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder passwordField(JsonField<String> field) {
      Objects.requireNonNull(field, "passwordField: field must not be null");
      this.password = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000L;
      } else {
        this.set0 |= 0x4000L;
      }
      return this;
    }

    /**
     * Addresses of the user.
     *
     * @param addresses the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder addresses(List<Address> addresses) {
      this.addresses = ImmutableList.copyOf(addresses);
      this.addressesAdded = null;
      this.set0 |= 0x8000L;
      return this;
    }

    /**
     * Sets <code>addresses</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder addressesField(JsonField<List<Address>> field) {
      Objects.requireNonNull(field, "addressesField: field must not be null");
      this.addresses = ImmutableList.copyOf(field.value());
      this.addressesAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x8000L;
      } else {
        this.set0 |= 0x8000L;
      }
      return this;
    }

    /**
     * Adds one item to <code>addresses</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #addresses(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addAddress(Address item) {
      Objects.requireNonNull(item, "addresses: item must not be null");
      if (this.addressesAdded == null) {
        List<Address> current = this.addresses;
        this.addressesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.addressesAdded.add(item);
      this.set0 |= 0x8000L;
      return this;
    }

    /**
     * Phone numbers of the user.
     *
     * @param phoneNumbers the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder phoneNumbers(List<PhoneNumber> phoneNumbers) {
      this.phoneNumbers = ImmutableList.copyOf(phoneNumbers);
      this.phoneNumbersAdded = null;
      this.set0 |= 0x10000L;
      return this;
    }

    /**
     * Sets <code>phone_numbers</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder phoneNumbersField(JsonField<List<PhoneNumber>> field) {
      Objects.requireNonNull(field, "phoneNumbersField: field must not be null");
      this.phoneNumbers = ImmutableList.copyOf(field.value());
      this.phoneNumbersAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x10000L;
      } else {
        this.set0 |= 0x10000L;
      }
      return this;
    }

    /**
     * Adds one item to <code>phone_numbers</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #phoneNumbers(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addPhoneNumber(PhoneNumber item) {
      Objects.requireNonNull(item, "phoneNumbers: item must not be null");
      if (this.phoneNumbersAdded == null) {
        List<PhoneNumber> current = this.phoneNumbers;
        this.phoneNumbersAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.phoneNumbersAdded.add(item);
      this.set0 |= 0x10000L;
      return this;
    }

    /**
     * Email addresses of the user.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param emails the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder emails(List<Email> emails) {
      this.emails = ImmutableList.copyOf(emails);
      this.emailsAdded = null;
      this.set0 |= 0x20000L;
      return this;
    }

    /**
     * Sets <code>emails</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder emailsField(JsonField<List<Email>> field) {
      Objects.requireNonNull(field, "emailsField: field must not be null");
      this.emails = ImmutableList.copyOf(field.value());
      this.emailsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x20000L;
      } else {
        this.set0 |= 0x20000L;
      }
      return this;
    }

    /**
     * Adds one item to <code>emails</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #emails(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addEmail(Email item) {
      Objects.requireNonNull(item, "emails: item must not be null");
      if (this.emailsAdded == null) {
        List<Email> current = this.emails;
        this.emailsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.emailsAdded.add(item);
      this.set0 |= 0x20000L;
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
      this.set0 |= 0x40000L;
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
        this.set0 &= ~0x40000L;
      } else {
        this.set0 |= 0x40000L;
      }
      return this;
    }

    /**
     * The date and time when the user was last updated.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = updatedAt;
      this.set0 |= 0x80000L;
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
        this.set0 &= ~0x80000L;
      } else {
        this.set0 |= 0x80000L;
      }
      return this;
    }

    /**
     * The date and time when the user was created.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      this.set0 |= 0x100000L;
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
        this.set0 &= ~0x100000L;
      } else {
        this.set0 |= 0x100000L;
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
    public User build() {
      return new User(this);
    }
  }

  /**
   * Streaming JSON codec of {@link User}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_PARENT_ID = new SerializedString("parent_id");

    private static final SerializedString F_USERNAME = new SerializedString("username");

    private static final SerializedString F_FIRST_NAME = new SerializedString("first_name");

    private static final SerializedString F_LAST_NAME = new SerializedString("last_name");

    private static final SerializedString F_TITLE = new SerializedString("title");

    private static final SerializedString F_DIVISION = new SerializedString("division");

    private static final SerializedString F_DEPARTMENT = new SerializedString("department");

    private static final SerializedString F_COMPANY_NAME = new SerializedString("company_name");

    private static final SerializedString F_EMPLOYEE_NUMBER = new SerializedString("employee_number");

    private static final SerializedString F_DESCRIPTION = new SerializedString("description");

    private static final SerializedString F_IMAGE = new SerializedString("image");

    private static final SerializedString F_LANGUAGE = new SerializedString("language");

    private static final SerializedString F_STATUS = new SerializedString("status");

    private static final SerializedString F_PASSWORD = new SerializedString("password");

    private static final SerializedString F_ADDRESSES = new SerializedString("addresses");

    private static final SerializedString F_PHONE_NUMBERS = new SerializedString("phone_numbers");

    private static final SerializedString F_EMAILS = new SerializedString("emails");

    private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private Codec() {
    }

    /**
     * Reads one {@link User} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static User read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, User.class);
      User.Builder b = User.builder();
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
            case "parent_id":
              b.parentId = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "username":
              b.username = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "first_name":
              b.firstName = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "last_name":
              b.lastName = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "title":
              b.title = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "division":
              b.division = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "department":
              b.department = Codecs.readString(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "company_name":
              b.companyName = Codecs.readString(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "employee_number":
              b.employeeNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "description":
              b.description = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "image":
              b.image = Codecs.readString(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "language":
              b.language = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            case "status":
              b.status = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000L;
              break;
            case "password":
              b.password = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000L;
              break;
            case "addresses":
              b.addresses = Codecs.readList(p, ctxt, Address.Codec::read);
              b.set0 |= 0x8000L;
              break;
            case "phone_numbers":
              b.phoneNumbers = Codecs.readList(p, ctxt, PhoneNumber.Codec::read);
              b.set0 |= 0x10000L;
              break;
            case "emails":
              b.emails = Codecs.readList(p, ctxt, Email.Codec::read);
              b.set0 |= 0x20000L;
              break;
            case "custom_mappings":
              b.customMappings = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x40000L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x80000L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x100000L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, User.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link User}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, User value) throws IOException {
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
        g.writeFieldName(F_PARENT_ID);
        Codecs.writeString(g, provider, value.parentId);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_USERNAME);
        Codecs.writeString(g, provider, value.username);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_FIRST_NAME);
        Codecs.writeString(g, provider, value.firstName);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_LAST_NAME);
        Codecs.writeString(g, provider, value.lastName);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_TITLE);
        Codecs.writeString(g, provider, value.title);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_DIVISION);
        Codecs.writeString(g, provider, value.division);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_DEPARTMENT);
        Codecs.writeString(g, provider, value.department);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_COMPANY_NAME);
        Codecs.writeString(g, provider, value.companyName);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_EMPLOYEE_NUMBER);
        Codecs.writeString(g, provider, value.employeeNumber);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_DESCRIPTION);
        Codecs.writeString(g, provider, value.description);
      }
      if ((value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_IMAGE);
        Codecs.writeString(g, provider, value.image);
      }
      if ((value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_LANGUAGE);
        Codecs.writeString(g, provider, value.language);
      }
      if ((value.set0 & 0x2000L) != 0) {
        g.writeFieldName(F_STATUS);
        Codecs.writeString(g, provider, value.status);
      }
      if ((value.set0 & 0x4000L) != 0) {
        g.writeFieldName(F_PASSWORD);
        Codecs.writeString(g, provider, value.password);
      }
      if ((value.set0 & 0x8000L) != 0) {
        g.writeFieldName(F_ADDRESSES);
        Codecs.writeList(g, provider, value.addresses, Address.Codec::write);
      }
      if ((value.set0 & 0x10000L) != 0) {
        g.writeFieldName(F_PHONE_NUMBERS);
        Codecs.writeList(g, provider, value.phoneNumbers, PhoneNumber.Codec::write);
      }
      if ((value.set0 & 0x20000L) != 0) {
        g.writeFieldName(F_EMAILS);
        Codecs.writeList(g, provider, value.emails, Email.Codec::write);
      }
      if (!requestBody && (value.set0 & 0x40000L) != 0) {
        g.writeFieldName(F_CUSTOM_MAPPINGS);
        Codecs.writeMap(g, provider, value.customMappings, Codecs::writeJsonValue);
      }
      if (!requestBody && (value.set0 & 0x80000L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      if (!requestBody && (value.set0 & 0x100000L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link User}.
     */
    public static final class Deserializer extends StdDeserializer<User> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(User.class);
      }

      @Override
      public User deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link User}.
     */
    public static final class Serializer extends StdSerializer<User> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(User.class);
      }

      @Override
      public void serialize(User value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
