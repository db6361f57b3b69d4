// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.crm.model.internal.ContactCodec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CRM contact (person).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ContactCodec.Serializer.class
)
@JsonDeserialize(
    using = ContactCodec.Deserializer.class
)
public final class Contact {
  private final JsonField<String> id;

  private final JsonField<String> name;

  private final JsonField<String> ownerId;

  private final JsonField<ContactType> type;

  private final JsonField<String> companyId;

  private final JsonField<String> companyName;

  private final JsonField<String> leadId;

  private final JsonField<String> firstName;

  private final JsonField<String> middleName;

  private final JsonField<String> lastName;

  private final JsonField<String> prefix;

  private final JsonField<String> suffix;

  private final JsonField<String> title;

  private final JsonField<String> department;

  private final JsonField<String> language;

  private final JsonField<Gender> gender;

  private final JsonField<LocalDate> birthday;

  private final JsonField<String> image;

  private final JsonField<String> photoUrl;

  private final JsonField<String> leadSource;

  private final JsonField<String> fax;

  private final JsonField<String> description;

  private final JsonField<BigDecimal> currentBalance;

  private final JsonField<String> status;

  private final JsonField<Boolean> active;

  private final JsonField<List<Website>> websites;

  private final JsonField<List<Address>> addresses;

  private final JsonField<List<SocialLink>> socialLinks;

  private final JsonField<List<PhoneNumber>> phoneNumbers;

  private final JsonField<List<Email>> emails;

  private final JsonField<String> emailDomain;

  private final JsonField<List<CustomField>> customFields;

  private final JsonField<List<String>> tags;

  private final JsonField<OffsetDateTime> firstCallAt;

  private final JsonField<OffsetDateTime> firstEmailAt;

  private final JsonField<OffsetDateTime> lastActivityAt;

  private final JsonField<Map<String, JsonValue>> customMappings;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

  private final Map<String, JsonNode> additionalProperties;

  private Contact(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.ownerId = b.ownerId;
    this.type = b.type;
    this.companyId = b.companyId;
    this.companyName = b.companyName;
    this.leadId = b.leadId;
    this.firstName = b.firstName;
    this.middleName = b.middleName;
    this.lastName = b.lastName;
    this.prefix = b.prefix;
    this.suffix = b.suffix;
    this.title = b.title;
    this.department = b.department;
    this.language = b.language;
    this.gender = b.gender;
    this.birthday = b.birthday;
    this.image = b.image;
    this.photoUrl = b.photoUrl;
    this.leadSource = b.leadSource;
    this.fax = b.fax;
    this.description = b.description;
    this.currentBalance = b.currentBalance;
    this.status = b.status;
    this.active = b.active;
    this.websites = b.websitesAdded == null ? b.websites : JsonField.of(ImmutableList.copyOf(b.websitesAdded));
    this.addresses = b.addressesAdded == null ? b.addresses : JsonField.of(ImmutableList.copyOf(b.addressesAdded));
    this.socialLinks = b.socialLinksAdded == null ? b.socialLinks : JsonField.of(ImmutableList.copyOf(b.socialLinksAdded));
    this.phoneNumbers = b.phoneNumbersAdded == null ? b.phoneNumbers : JsonField.of(ImmutableList.copyOf(b.phoneNumbersAdded));
    this.emails = b.emailsAdded == null ? b.emails : JsonField.of(ImmutableList.copyOf(b.emailsAdded));
    this.emailDomain = b.emailDomain;
    this.customFields = b.customFieldsAdded == null ? b.customFields : JsonField.of(ImmutableList.copyOf(b.customFieldsAdded));
    this.tags = b.tagsAdded == null ? b.tags : JsonField.of(ImmutableList.copyOf(b.tagsAdded));
    this.firstCallAt = b.firstCallAt;
    this.firstEmailAt = b.firstEmailAt;
    this.lastActivityAt = b.lastActivityAt;
    this.customMappings = b.customMappings;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the contact.
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
   * Full name of the contact.
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
   * The owner of the contact.
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
   * The type of the contact.
   *
   * @return the value, or null when missing or null
   */
  public ContactType type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ContactType> typeField() {
    return this.type;
  }

  /**
   * The company the contact is associated with.
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
   * The name of the company the contact is associated with.
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
   * The lead the contact is associated with.
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
   * The first name of the contact.
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
   * The middle name of the contact.
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
   * The last name of the contact.
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
   * The prefix of the contact.
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
   * The suffix of the contact.
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
   * The job title of the contact.
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
   * The department of the contact.
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
   * The gender of the contact.
   *
   * @return the value, or null when missing or null
   */
  public Gender gender() {
    return this.gender.value();
  }

  /**
   * The <code>gender</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Gender> genderField() {
    return this.gender;
  }

  /**
   * The birthday of the contact.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate birthday() {
    return this.birthday.value();
  }

  /**
   * The <code>birthday</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> birthdayField() {
    return this.birthday;
  }

  /**
   * Deprecated: use photo_url.
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
   * The URL of the photo of a person.
   *
   * @return the value, or null when missing or null
   */
  public String photoUrl() {
    return this.photoUrl.value();
  }

  /**
   * The <code>photo_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> photoUrlField() {
    return this.photoUrl;
  }

  /**
   * The lead source of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String leadSource() {
    return this.leadSource.value();
  }

  /**
   * The <code>lead_source</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadSourceField() {
    return this.leadSource;
  }

  /**
   * The fax number of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String fax() {
    return this.fax.value();
  }

  /**
   * The <code>fax</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> faxField() {
    return this.fax;
  }

  /**
   * The description of the contact.
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
   * The current balance of the contact.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal currentBalance() {
    return this.currentBalance.value();
  }

  /**
   * The <code>current_balance</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> currentBalanceField() {
    return this.currentBalance;
  }

  /**
   * The status of the contact.
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
   * The active status of the contact.
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
   * Websites of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<Website> websites() {
    List<Website> v = this.websites.value();
    return v == null ? Collections.<Website>emptyList() : v;
  }

  /**
   * The <code>websites</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Website>> websitesField() {
    return this.websites;
  }

  /**
   * Addresses of the contact.
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
   * Social links of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<SocialLink> socialLinks() {
    List<SocialLink> v = this.socialLinks.value();
    return v == null ? Collections.<SocialLink>emptyList() : v;
  }

  /**
   * The <code>social_links</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<SocialLink>> socialLinksField() {
    return this.socialLinks;
  }

  /**
   * Phone numbers of the contact.
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
   * Email addresses of the contact.
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
   * The email domain of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String emailDomain() {
    return this.emailDomain.value();
  }

  /**
   * The <code>email_domain</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailDomainField() {
    return this.emailDomain;
  }

  /**
   * Custom fields of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<CustomField> customFields() {
    List<CustomField> v = this.customFields.value();
    return v == null ? Collections.<CustomField>emptyList() : v;
  }

  /**
   * The <code>custom_fields</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<CustomField>> customFieldsField() {
    return this.customFields;
  }

  /**
   * Tags attached to the record.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> tags() {
    List<String> v = this.tags.value();
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>tags</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> tagsField() {
    return this.tags;
  }

  /**
   * The first call date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime firstCallAt() {
    return this.firstCallAt.value();
  }

  /**
   * The <code>first_call_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> firstCallAtField() {
    return this.firstCallAt;
  }

  /**
   * The first email date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime firstEmailAt() {
    return this.firstEmailAt.value();
  }

  /**
   * The <code>first_email_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> firstEmailAtField() {
    return this.firstEmailAt;
  }

  /**
   * The last activity date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastActivityAt() {
    return this.lastActivityAt.value();
  }

  /**
   * The <code>last_activity_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastActivityAtField() {
    return this.lastActivityAt;
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
   * The date and time when the contact was last updated.
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
   * The date and time when the contact was created.
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
    if (!(o instanceof Contact)) {
      return false;
    }
    Contact other = (Contact) o;
    return this.id.equals(other.id)
        && this.name.equals(other.name)
        && this.ownerId.equals(other.ownerId)
        && this.type.equals(other.type)
        && this.companyId.equals(other.companyId)
        && this.companyName.equals(other.companyName)
        && this.leadId.equals(other.leadId)
        && this.firstName.equals(other.firstName)
        && this.middleName.equals(other.middleName)
        && this.lastName.equals(other.lastName)
        && this.prefix.equals(other.prefix)
        && this.suffix.equals(other.suffix)
        && this.title.equals(other.title)
        && this.department.equals(other.department)
        && this.language.equals(other.language)
        && this.gender.equals(other.gender)
        && this.birthday.equals(other.birthday)
        && this.image.equals(other.image)
        && this.photoUrl.equals(other.photoUrl)
        && this.leadSource.equals(other.leadSource)
        && this.fax.equals(other.fax)
        && this.description.equals(other.description)
        && this.currentBalance.equals(other.currentBalance)
        && this.status.equals(other.status)
        && this.active.equals(other.active)
        && this.websites.equals(other.websites)
        && this.addresses.equals(other.addresses)
        && this.socialLinks.equals(other.socialLinks)
        && this.phoneNumbers.equals(other.phoneNumbers)
        && this.emails.equals(other.emails)
        && this.emailDomain.equals(other.emailDomain)
        && this.customFields.equals(other.customFields)
        && this.tags.equals(other.tags)
        && this.firstCallAt.equals(other.firstCallAt)
        && this.firstEmailAt.equals(other.firstEmailAt)
        && this.lastActivityAt.equals(other.lastActivityAt)
        && this.customMappings.equals(other.customMappings)
        && this.updatedAt.equals(other.updatedAt)
        && this.createdAt.equals(other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.ownerId.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.companyId.hashCode();
    h = 31 * h + this.companyName.hashCode();
    h = 31 * h + this.leadId.hashCode();
    h = 31 * h + this.firstName.hashCode();
    h = 31 * h + this.middleName.hashCode();
    h = 31 * h + this.lastName.hashCode();
    h = 31 * h + this.prefix.hashCode();
    h = 31 * h + this.suffix.hashCode();
    h = 31 * h + this.title.hashCode();
    h = 31 * h + this.department.hashCode();
    h = 31 * h + this.language.hashCode();
    h = 31 * h + this.gender.hashCode();
    h = 31 * h + this.birthday.hashCode();
    h = 31 * h + this.image.hashCode();
    h = 31 * h + this.photoUrl.hashCode();
    h = 31 * h + this.leadSource.hashCode();
    h = 31 * h + this.fax.hashCode();
    h = 31 * h + this.description.hashCode();
    h = 31 * h + this.currentBalance.hashCode();
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.active.hashCode();
    h = 31 * h + this.websites.hashCode();
    h = 31 * h + this.addresses.hashCode();
    h = 31 * h + this.socialLinks.hashCode();
    h = 31 * h + this.phoneNumbers.hashCode();
    h = 31 * h + this.emails.hashCode();
    h = 31 * h + this.emailDomain.hashCode();
    h = 31 * h + this.customFields.hashCode();
    h = 31 * h + this.tags.hashCode();
    h = 31 * h + this.firstCallAt.hashCode();
    h = 31 * h + this.firstEmailAt.hashCode();
    h = 31 * h + this.lastActivityAt.hashCode();
    h = 31 * h + this.customMappings.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Contact{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if (!this.type.isMissing()) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!this.companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if (!this.companyName.isMissing()) {
      sb.append(sep).append("companyName=").append(this.companyName);
      sep = ", ";
    }
    if (!this.leadId.isMissing()) {
      sb.append(sep).append("leadId=").append(this.leadId);
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
    if (!this.title.isMissing()) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if (!this.department.isMissing()) {
      sb.append(sep).append("department=").append(this.department);
      sep = ", ";
    }
    if (!this.language.isMissing()) {
      sb.append(sep).append("language=").append(this.language);
      sep = ", ";
    }
    if (!this.gender.isMissing()) {
      sb.append(sep).append("gender=").append(this.gender);
      sep = ", ";
    }
    if (!this.birthday.isMissing()) {
      sb.append(sep).append("birthday=").append(this.birthday);
      sep = ", ";
    }
    if (!this.image.isMissing()) {
      sb.append(sep).append("image=").append(this.image);
      sep = ", ";
    }
    if (!this.photoUrl.isMissing()) {
      sb.append(sep).append("photoUrl=").append(this.photoUrl);
      sep = ", ";
    }
    if (!this.leadSource.isMissing()) {
      sb.append(sep).append("leadSource=").append(this.leadSource);
      sep = ", ";
    }
    if (!this.fax.isMissing()) {
      sb.append(sep).append("fax=").append(this.fax);
      sep = ", ";
    }
    if (!this.description.isMissing()) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if (!this.currentBalance.isMissing()) {
      sb.append(sep).append("currentBalance=").append(this.currentBalance);
      sep = ", ";
    }
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.active.isMissing()) {
      sb.append(sep).append("active=").append(this.active);
      sep = ", ";
    }
    if (!this.websites.isMissing()) {
      sb.append(sep).append("websites=").append(this.websites);
      sep = ", ";
    }
    if (!this.addresses.isMissing()) {
      sb.append(sep).append("addresses=").append(this.addresses);
      sep = ", ";
    }
    if (!this.socialLinks.isMissing()) {
      sb.append(sep).append("socialLinks=").append(this.socialLinks);
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
    if (!this.emailDomain.isMissing()) {
      sb.append(sep).append("emailDomain=").append(this.emailDomain);
      sep = ", ";
    }
    if (!this.customFields.isMissing()) {
      sb.append(sep).append("customFields=").append(this.customFields);
      sep = ", ";
    }
    if (!this.tags.isMissing()) {
      sb.append(sep).append("tags=").append(this.tags);
      sep = ", ";
    }
    if (!this.firstCallAt.isMissing()) {
      sb.append(sep).append("firstCallAt=").append(this.firstCallAt);
      sep = ", ";
    }
    if (!this.firstEmailAt.isMissing()) {
      sb.append(sep).append("firstEmailAt=").append(this.firstEmailAt);
      sep = ", ";
    }
    if (!this.lastActivityAt.isMissing()) {
      sb.append(sep).append("lastActivityAt=").append(this.lastActivityAt);
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
   * Builds {@link Contact}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> name = JsonField.missing();

    private JsonField<String> ownerId = JsonField.missing();

    private JsonField<ContactType> type = JsonField.missing();

    private JsonField<String> companyId = JsonField.missing();

    private JsonField<String> companyName = JsonField.missing();

    private JsonField<String> leadId = JsonField.missing();

    private JsonField<String> firstName = JsonField.missing();

    private JsonField<String> middleName = JsonField.missing();

    private JsonField<String> lastName = JsonField.missing();

    private JsonField<String> prefix = JsonField.missing();

    private JsonField<String> suffix = JsonField.missing();

    private JsonField<String> title = JsonField.missing();

    private JsonField<String> department = JsonField.missing();

    private JsonField<String> language = JsonField.missing();

    private JsonField<Gender> gender = JsonField.missing();

    private JsonField<LocalDate> birthday = JsonField.missing();

    private JsonField<String> image = JsonField.missing();

    private JsonField<String> photoUrl = JsonField.missing();

    private JsonField<String> leadSource = JsonField.missing();

    private JsonField<String> fax = JsonField.missing();

    private JsonField<String> description = JsonField.missing();

    private JsonField<BigDecimal> currentBalance = JsonField.missing();

    private JsonField<String> status = JsonField.missing();

    private JsonField<Boolean> active = JsonField.missing();

    private JsonField<List<Website>> websites = JsonField.missing();

    private ArrayList<Website> websitesAdded;

    private JsonField<List<Address>> addresses = JsonField.missing();

    private ArrayList<Address> addressesAdded;

    private JsonField<List<SocialLink>> socialLinks = JsonField.missing();

    private ArrayList<SocialLink> socialLinksAdded;

    private JsonField<List<PhoneNumber>> phoneNumbers = JsonField.missing();

    private ArrayList<PhoneNumber> phoneNumbersAdded;

    private JsonField<List<Email>> emails = JsonField.missing();

    private ArrayList<Email> emailsAdded;

    private JsonField<String> emailDomain = JsonField.missing();

    private JsonField<List<CustomField>> customFields = JsonField.missing();

    private ArrayList<CustomField> customFieldsAdded;

    private JsonField<List<String>> tags = JsonField.missing();

    private ArrayList<String> tagsAdded;

    private JsonField<OffsetDateTime> firstCallAt = JsonField.missing();

    private JsonField<OffsetDateTime> firstEmailAt = JsonField.missing();

    private JsonField<OffsetDateTime> lastActivityAt = JsonField.missing();

    private JsonField<Map<String, JsonValue>> customMappings = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Contact source) {
      this.id = source.id;
      this.name = source.name;
      this.ownerId = source.ownerId;
      this.type = source.type;
      this.companyId = source.companyId;
      this.companyName = source.companyName;
      this.leadId = source.leadId;
      this.firstName = source.firstName;
      this.middleName = source.middleName;
      this.lastName = source.lastName;
      this.prefix = source.prefix;
      this.suffix = source.suffix;
      this.title = source.title;
      this.department = source.department;
      this.language = source.language;
      this.gender = source.gender;
      this.birthday = source.birthday;
      this.image = source.image;
      this.photoUrl = source.photoUrl;
      this.leadSource = source.leadSource;
      this.fax = source.fax;
      this.description = source.description;
      this.currentBalance = source.currentBalance;
      this.status = source.status;
      this.active = source.active;
      this.websites = source.websites;
      this.addresses = source.addresses;
      this.socialLinks = source.socialLinks;
      this.phoneNumbers = source.phoneNumbers;
      this.emails = source.emails;
      this.emailDomain = source.emailDomain;
      this.customFields = source.customFields;
      this.tags = source.tags;
      this.firstCallAt = source.firstCallAt;
      this.firstEmailAt = source.firstEmailAt;
      this.lastActivityAt = source.lastActivityAt;
      this.customMappings = source.customMappings;
      this.updatedAt = source.updatedAt;
      this.createdAt = source.createdAt;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Unique identifier for the contact.
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
     * Full name of the contact.
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
     * The owner of the contact.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = JsonField.of(ownerId);
      return this;
    }

    /**
     * The type of the contact.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(ContactType type) {
      this.type = JsonField.of(type);
      return this;
    }

    /**
     * The company the contact is associated with.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = JsonField.of(companyId);
      return this;
    }

    /**
     * The name of the company the contact is associated with.
     *
     * @param companyName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyName(String companyName) {
      this.companyName = JsonField.of(companyName);
      return this;
    }

    /**
     * The lead the contact is associated with.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = JsonField.of(leadId);
      return this;
    }

    /**
     * The first name of the contact.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = JsonField.of(firstName);
      return this;
    }

    /**
     * The middle name of the contact.
     *
     * @param middleName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder middleName(String middleName) {
      this.middleName = JsonField.of(middleName);
      return this;
    }

    /**
     * The last name of the contact.
     *
     * @param lastName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = JsonField.of(lastName);
      return this;
    }

    /**
     * The prefix of the contact.
     *
     * @param prefix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder prefix(String prefix) {
      this.prefix = JsonField.of(prefix);
      return this;
    }

    /**
     * The suffix of the contact.
     *
     * @param suffix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder suffix(String suffix) {
      this.suffix = JsonField.of(suffix);
      return this;
    }

    /**
     * The job title of the contact.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = JsonField.of(title);
      return this;
    }

    /**
     * The department of the contact.
     *
     * @param department the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder department(String department) {
      this.department = JsonField.of(department);
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
     * The gender of the contact.
     *
     * @param gender the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder gender(Gender gender) {
      this.gender = JsonField.of(gender);
      return this;
    }

    /**
     * The birthday of the contact.
     *
     * @param birthday the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder birthday(LocalDate birthday) {
      this.birthday = JsonField.of(birthday);
      return this;
    }

    /**
     * Deprecated: use photo_url.
     *
     * @param image the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder image(String image) {
      this.image = JsonField.of(image);
      return this;
    }

    /**
     * The URL of the photo of a person.
     *
     * @param photoUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder photoUrl(String photoUrl) {
      this.photoUrl = JsonField.of(photoUrl);
      return this;
    }

    /**
     * The lead source of the contact.
     *
     * @param leadSource the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadSource(String leadSource) {
      this.leadSource = JsonField.of(leadSource);
      return this;
    }

    /**
     * The fax number of the contact.
     *
     * @param fax the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder fax(String fax) {
      this.fax = JsonField.of(fax);
      return this;
    }

    /**
     * The description of the contact.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = JsonField.of(description);
      return this;
    }

    /**
     * The current balance of the contact.
     *
     * @param currentBalance the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currentBalance(BigDecimal currentBalance) {
      this.currentBalance = JsonField.of(currentBalance);
      return this;
    }

    /**
     * The status of the contact.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = JsonField.of(status);
      return this;
    }

    /**
     * The active status of the contact.
     *
     * @param active the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder active(Boolean active) {
      this.active = JsonField.of(active);
      return this;
    }

    /**
     * Websites of the contact.
     *
     * @param websites the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder websites(List<Website> websites) {
      this.websites = JsonField.of(ImmutableList.copyOf(websites));
      this.websitesAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>websites</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #websites(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addWebsite(Website item) {
      Objects.requireNonNull(item, "websites: item must not be null");
      if (this.websitesAdded == null) {
        List<Website> current = this.websites.value();
        this.websitesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.websitesAdded.add(item);
      return this;
    }

    /**
     * Addresses of the contact.
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
     * Social links of the contact.
     *
     * @param socialLinks the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder socialLinks(List<SocialLink> socialLinks) {
      this.socialLinks = JsonField.of(ImmutableList.copyOf(socialLinks));
      this.socialLinksAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>social_links</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #socialLinks(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addSocialLink(SocialLink item) {
      Objects.requireNonNull(item, "socialLinks: item must not be null");
      if (this.socialLinksAdded == null) {
        List<SocialLink> current = this.socialLinks.value();
        this.socialLinksAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.socialLinksAdded.add(item);
      return this;
    }

    /**
     * Phone numbers of the contact.
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
     * Email addresses of the contact.
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
     * The email domain of the contact.
     *
     * @param emailDomain the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder emailDomain(String emailDomain) {
      this.emailDomain = JsonField.of(emailDomain);
      return this;
    }

    /**
     * Custom fields of the contact.
     *
     * @param customFields the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customFields(List<CustomField> customFields) {
      this.customFields = JsonField.of(ImmutableList.copyOf(customFields));
      this.customFieldsAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>custom_fields</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #customFields(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addCustomField(CustomField item) {
      Objects.requireNonNull(item, "customFields: item must not be null");
      if (this.customFieldsAdded == null) {
        List<CustomField> current = this.customFields.value();
        this.customFieldsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.customFieldsAdded.add(item);
      return this;
    }

    /**
     * Tags attached to the record.
     *
     * @param tags the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      this.tags = JsonField.of(ImmutableList.copyOf(tags));
      this.tagsAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>tags</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #tags(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addTag(String item) {
      Objects.requireNonNull(item, "tags: item must not be null");
      if (this.tagsAdded == null) {
        List<String> current = this.tags.value();
        this.tagsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.tagsAdded.add(item);
      return this;
    }

    /**
     * The first call date of the contact.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param firstCallAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstCallAt(OffsetDateTime firstCallAt) {
      this.firstCallAt = JsonField.of(firstCallAt);
      return this;
    }

    /**
     * The first email date of the contact.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param firstEmailAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstEmailAt(OffsetDateTime firstEmailAt) {
      this.firstEmailAt = JsonField.of(firstEmailAt);
      return this;
    }

    /**
     * The last activity date of the contact.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param lastActivityAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastActivityAt(OffsetDateTime lastActivityAt) {
      this.lastActivityAt = JsonField.of(lastActivityAt);
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
     * The date and time when the contact was last updated.
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
     * The date and time when the contact was created.
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
    public Contact build() {
      return new Contact(this);
    }
  }
}
