// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.crm.model.internal.UserCodec;
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
    using = UserCodec.Serializer.class
)
@JsonDeserialize(
    using = UserCodec.Deserializer.class
)
public final class User {
  private final JsonField<String> id;

  private final JsonField<String> parentId;

  private final JsonField<String> username;

  private final JsonField<String> firstName;

  private final JsonField<String> lastName;

  private final JsonField<String> title;

  private final JsonField<String> division;

  private final JsonField<String> department;

  private final JsonField<String> companyName;

  private final JsonField<String> employeeNumber;

  private final JsonField<String> description;

  private final JsonField<String> image;

  private final JsonField<String> language;

  private final JsonField<String> status;

  private final JsonField<String> password;

  private final JsonField<List<Address>> addresses;

  private final JsonField<List<PhoneNumber>> phoneNumbers;

  private final JsonField<List<Email>> emails;

  private final JsonField<Map<String, JsonValue>> customMappings;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

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
    this.addresses = b.addressesAdded == null ? b.addresses : JsonField.of(ImmutableList.copyOf(b.addressesAdded));
    this.phoneNumbers = b.phoneNumbersAdded == null ? b.phoneNumbers : JsonField.of(ImmutableList.copyOf(b.phoneNumbersAdded));
    this.emails = b.emailsAdded == null ? b.emails : JsonField.of(ImmutableList.copyOf(b.emailsAdded));
    this.customMappings = b.customMappings;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
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
   * The parent user id.
   *
   * @return the value, or null when missing or null
   */
  public String parentId() {
    return this.parentId.value();
  }

  /**
   * The <code>parent_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> parentIdField() {
    return this.parentId;
  }

  /**
   * The username of the user.
   *
   * @return the value, or null when missing or null
   */
  public String username() {
    return this.username.value();
  }

  /**
   * The <code>username</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> usernameField() {
    return this.username;
  }

  /**
   * The first name of the person.
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
   * The last name of the person.
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
   * The job title of the person.
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
   * The division the person is currently in. Usually a collection of departments or teams or regions.
   *
   * @return the value, or null when missing or null
   */
  public String division() {
    return this.division.value();
  }

  /**
   * The <code>division</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> divisionField() {
    return this.division;
  }

  /**
   * Deprecated: the department the person is currently in.
   *
   * @return the value, or null when missing or null
   */
  public String department() {
    return this.department.value();
  }

  /**
   * The <code>department</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> departmentField() {
    return this.department;
  }

  /**
   * The name of the company.
   *
   * @return the value, or null when missing or null
   */
  public String companyName() {
    return this.companyName.value();
  }

  /**
   * The <code>company_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyNameField() {
    return this.companyName;
  }

  /**
   * An Employee Number, Employee ID or Employee Code, a unique number assigned to each staff member within a company.
   *
   * @return the value, or null when missing or null
   */
  public String employeeNumber() {
    return this.employeeNumber.value();
  }

  /**
   * The <code>employee_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> employeeNumberField() {
    return this.employeeNumber;
  }

  /**
   * A description of the object.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return this.description.value();
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return this.description;
  }

  /**
   * The URL of the user's avatar.
   *
   * @return the value, or null when missing or null
   */
  public String image() {
    return this.image.value();
  }

  /**
   * The <code>image</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> imageField() {
    return this.image;
  }

  /**
   * Language code according to ISO 639-1. For the United States - EN.
   *
   * @return the value, or null when missing or null
   */
  public String language() {
    return this.language.value();
  }

  /**
   * The <code>language</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> languageField() {
    return this.language;
  }

  /**
   * The status of the user.
   *
   * @return the value, or null when missing or null
   */
  public String status() {
    return this.status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusField() {
    return this.status;
  }

  /**
   * The password of the user. Sent in create/update bodies, never returned.
   *
   * @return the value, or null when missing or null
   */
  public String password() {
    return this.password.value();
  }

  /**
   * The <code>password</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> passwordField() {
    return this.password;
  }

  /**
   * Addresses of the user.
   *
   * @return the value, an empty list when missing or null
   */
  public List<Address> addresses() {
    List<Address> v = this.addresses.value();
    return v == null ? Collections.<Address>emptyList() : v;
  }

  /**
   * The <code>addresses</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Address>> addressesField() {
    return this.addresses;
  }

  /**
   * Phone numbers of the user.
   *
   * @return the value, an empty list when missing or null
   */
  public List<PhoneNumber> phoneNumbers() {
    List<PhoneNumber> v = this.phoneNumbers.value();
    return v == null ? Collections.<PhoneNumber>emptyList() : v;
  }

  /**
   * The <code>phone_numbers</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<PhoneNumber>> phoneNumbersField() {
    return this.phoneNumbers;
  }

  /**
   * Email addresses of the user.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, an empty list when missing or null
   */
  public List<Email> emails() {
    List<Email> v = this.emails.value();
    return v == null ? Collections.<Email>emptyList() : v;
  }

  /**
   * The <code>emails</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Email>> emailsField() {
    return this.emails;
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
   * The date and time when the user was last updated.
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
   * The date and time when the user was created.
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
    if (!(o instanceof User)) {
      return false;
    }
    User other = (User) o;
    return this.id.equals(other.id)
        && this.parentId.equals(other.parentId)
        && this.username.equals(other.username)
        && this.firstName.equals(other.firstName)
        && this.lastName.equals(other.lastName)
        && this.title.equals(other.title)
        && this.division.equals(other.division)
        && this.department.equals(other.department)
        && this.companyName.equals(other.companyName)
        && this.employeeNumber.equals(other.employeeNumber)
        && this.description.equals(other.description)
        && this.image.equals(other.image)
        && this.language.equals(other.language)
        && this.status.equals(other.status)
        && this.password.equals(other.password)
        && this.addresses.equals(other.addresses)
        && this.phoneNumbers.equals(other.phoneNumbers)
        && this.emails.equals(other.emails)
        && this.customMappings.equals(other.customMappings)
        && this.updatedAt.equals(other.updatedAt)
        && this.createdAt.equals(other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.parentId.hashCode();
    h = 31 * h + this.username.hashCode();
    h = 31 * h + this.firstName.hashCode();
    h = 31 * h + this.lastName.hashCode();
    h = 31 * h + this.title.hashCode();
    h = 31 * h + this.division.hashCode();
    h = 31 * h + this.department.hashCode();
    h = 31 * h + this.companyName.hashCode();
    h = 31 * h + this.employeeNumber.hashCode();
    h = 31 * h + this.description.hashCode();
    h = 31 * h + this.image.hashCode();
    h = 31 * h + this.language.hashCode();
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.password.hashCode();
    h = 31 * h + this.addresses.hashCode();
    h = 31 * h + this.phoneNumbers.hashCode();
    h = 31 * h + this.emails.hashCode();
    h = 31 * h + this.customMappings.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("User{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.parentId.isMissing()) {
      sb.append(sep).append("parentId=").append(this.parentId);
      sep = ", ";
    }
    if (!this.username.isMissing()) {
      sb.append(sep).append("username=").append(this.username);
      sep = ", ";
    }
    if (!this.firstName.isMissing()) {
      sb.append(sep).append("firstName=").append(this.firstName);
      sep = ", ";
    }
    if (!this.lastName.isMissing()) {
      sb.append(sep).append("lastName=").append(this.lastName);
      sep = ", ";
    }
    if (!this.title.isMissing()) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if (!this.division.isMissing()) {
      sb.append(sep).append("division=").append(this.division);
      sep = ", ";
    }
    if (!this.department.isMissing()) {
      sb.append(sep).append("department=").append(this.department);
      sep = ", ";
    }
    if (!this.companyName.isMissing()) {
      sb.append(sep).append("companyName=").append(this.companyName);
      sep = ", ";
    }
    if (!this.employeeNumber.isMissing()) {
      sb.append(sep).append("employeeNumber=").append(this.employeeNumber);
      sep = ", ";
    }
    if (!this.description.isMissing()) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if (!this.image.isMissing()) {
      sb.append(sep).append("image=").append(this.image);
      sep = ", ";
    }
    if (!this.language.isMissing()) {
      sb.append(sep).append("language=").append(this.language);
      sep = ", ";
    }
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.password.isMissing()) {
      sb.append(sep).append("password=").append(this.password.isNull() ? "null" : "***");
      sep = ", ";
    }
    if (!this.addresses.isMissing()) {
      sb.append(sep).append("addresses=").append(this.addresses);
      sep = ", ";
    }
    if (!this.phoneNumbers.isMissing()) {
      sb.append(sep).append("phoneNumbers=").append(this.phoneNumbers);
      sep = ", ";
    }
    if (!this.emails.isMissing()) {
      sb.append(sep).append("emails=").append(this.emails);
      sep = ", ";
    }
    if (!this.customMappings.isMissing()) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
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
   * Builds {@link User}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> parentId = JsonField.missing();

    private JsonField<String> username = JsonField.missing();

    private JsonField<String> firstName = JsonField.missing();

    private JsonField<String> lastName = JsonField.missing();

    private JsonField<String> title = JsonField.missing();

    private JsonField<String> division = JsonField.missing();

    private JsonField<String> department = JsonField.missing();

    private JsonField<String> companyName = JsonField.missing();

    private JsonField<String> employeeNumber = JsonField.missing();

    private JsonField<String> description = JsonField.missing();

    private JsonField<String> image = JsonField.missing();

    private JsonField<String> language = JsonField.missing();

    private JsonField<String> status = JsonField.missing();

    private JsonField<String> password = JsonField.missing();

    private JsonField<List<Address>> addresses = JsonField.missing();

    private ArrayList<Address> addressesAdded;

    private JsonField<List<PhoneNumber>> phoneNumbers = JsonField.missing();

    private ArrayList<PhoneNumber> phoneNumbersAdded;

    private JsonField<List<Email>> emails = JsonField.missing();

    private ArrayList<Email> emailsAdded;

    private JsonField<Map<String, JsonValue>> customMappings = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

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
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * The parent user id.
     *
     * @param parentId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder parentId(String parentId) {
      this.parentId = JsonField.of(parentId);
      return this;
    }

    /**
     * The username of the user.
     *
     * @param username the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder username(String username) {
      this.username = JsonField.of(username);
      return this;
    }

    /**
     * The first name of the person.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = JsonField.of(firstName);
      return this;
    }

    /**
     * The last name of the person.
     *
     * @param lastName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = JsonField.of(lastName);
      return this;
    }

    /**
     * The job title of the person.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = JsonField.of(title);
      return this;
    }

    /**
     * The division the person is currently in. Usually a collection of departments or teams or regions.
     *
     * @param division the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder division(String division) {
      this.division = JsonField.of(division);
      return this;
    }

    /**
     * Deprecated: the department the person is currently in.
     *
     * @param department the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder department(String department) {
      this.department = JsonField.of(department);
      return this;
    }

    /**
     * The name of the company.
     *
     * @param companyName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyName(String companyName) {
      this.companyName = JsonField.of(companyName);
      return this;
    }

    /**
     * An Employee Number, Employee ID or Employee Code, a unique number assigned to each staff member within a company.
     *
     * @param employeeNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder employeeNumber(String employeeNumber) {
      this.employeeNumber = JsonField.of(employeeNumber);
      return this;
    }

    /**
     * A description of the object.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = JsonField.of(description);
      return this;
    }

    /**
     * The URL of the user's avatar.
     *
     * @param image the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder image(String image) {
      this.image = JsonField.of(image);
      return this;
    }

    /**
     * Language code according to ISO 639-1. For the United States - EN.
     *
     * @param language the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder language(String language) {
      this.language = JsonField.of(language);
      return this;
    }

    /**
     * The status of the user.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = JsonField.of(status);
      return this;
    }

    /**
     * The password of the user. Sent in create/update bodies, never returned.
     *
     * @param password the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder password(String password) {
      this.password = JsonField.of(password);
      return this;
    }

    /**
     * Addresses of the user.
     *
     * @param addresses the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder addresses(List<Address> addresses) {
      this.addresses = JsonField.of(ImmutableList.copyOf(addresses));
      this.addressesAdded = null;
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
        List<Address> current = this.addresses.value();
        this.addressesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.addressesAdded.add(item);
      return this;
    }

    /**
     * Phone numbers of the user.
     *
     * @param phoneNumbers the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder phoneNumbers(List<PhoneNumber> phoneNumbers) {
      this.phoneNumbers = JsonField.of(ImmutableList.copyOf(phoneNumbers));
      this.phoneNumbersAdded = null;
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
        List<PhoneNumber> current = this.phoneNumbers.value();
        this.phoneNumbersAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.phoneNumbersAdded.add(item);
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
      this.emails = JsonField.of(ImmutableList.copyOf(emails));
      this.emailsAdded = null;
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
        List<Email> current = this.emails.value();
        this.emailsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.emailsAdded.add(item);
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
     * The date and time when the user was last updated.
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
     * The date and time when the user was created.
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
    public User build() {
      return new User(this);
    }
  }
}
