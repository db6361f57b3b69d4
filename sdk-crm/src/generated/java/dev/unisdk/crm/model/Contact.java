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
    this.websites = b.websites;
    this.addresses = b.addresses;
    this.socialLinks = b.socialLinks;
    this.phoneNumbers = b.phoneNumbers;
    this.emails = b.emails;
    this.emailDomain = b.emailDomain;
    this.customFields = b.customFields;
    this.tags = b.tags;
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
   * Full name of the contact.
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
   * The owner of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return ownerId.value();
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return ownerId;
  }

  /**
   * The type of the contact.
   *
   * @return the value, or null when missing or null
   */
  public ContactType type() {
    return type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ContactType> typeField() {
    return type;
  }

  /**
   * The company the contact is associated with.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return companyId.value();
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return companyId;
  }

  /**
   * The name of the company the contact is associated with.
   *
   * @return the value, or null when missing or null
   */
  public String companyName() {
    return companyName.value();
  }

  /**
   * The <code>company_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyNameField() {
    return companyName;
  }

  /**
   * The lead the contact is associated with.
   *
   * @return the value, or null when missing or null
   */
  public String leadId() {
    return leadId.value();
  }

  /**
   * The <code>lead_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadIdField() {
    return leadId;
  }

  /**
   * The first name of the contact.
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
   * The middle name of the contact.
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
   * The last name of the contact.
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
   * The prefix of the contact.
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
   * The suffix of the contact.
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
   * The job title of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String title() {
    return title.value();
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return title;
  }

  /**
   * The department of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String department() {
    return department.value();
  }

  /**
   * The <code>department</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> departmentField() {
    return department;
  }

  /**
   * Language code according to ISO 639-1. For the United States - EN.
   *
   * @return the value, or null when missing or null
   */
  public String language() {
    return language.value();
  }

  /**
   * The <code>language</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> languageField() {
    return language;
  }

  /**
   * The gender of the contact.
   *
   * @return the value, or null when missing or null
   */
  public Gender gender() {
    return gender.value();
  }

  /**
   * The <code>gender</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Gender> genderField() {
    return gender;
  }

  /**
   * The birthday of the contact.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate birthday() {
    return birthday.value();
  }

  /**
   * The <code>birthday</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> birthdayField() {
    return birthday;
  }

  /**
   * Deprecated: use photo_url.
   *
   * @return the value, or null when missing or null
   */
  public String image() {
    return image.value();
  }

  /**
   * The <code>image</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> imageField() {
    return image;
  }

  /**
   * The URL of the photo of a person.
   *
   * @return the value, or null when missing or null
   */
  public String photoUrl() {
    return photoUrl.value();
  }

  /**
   * The <code>photo_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> photoUrlField() {
    return photoUrl;
  }

  /**
   * The lead source of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String leadSource() {
    return leadSource.value();
  }

  /**
   * The <code>lead_source</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadSourceField() {
    return leadSource;
  }

  /**
   * The fax number of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String fax() {
    return fax.value();
  }

  /**
   * The <code>fax</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> faxField() {
    return fax;
  }

  /**
   * The description of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return description.value();
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return description;
  }

  /**
   * The current balance of the contact.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal currentBalance() {
    return currentBalance.value();
  }

  /**
   * The <code>current_balance</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> currentBalanceField() {
    return currentBalance;
  }

  /**
   * The status of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String status() {
    return status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusField() {
    return status;
  }

  /**
   * The active status of the contact.
   *
   * @return the value, or null when missing or null
   */
  public Boolean active() {
    return active.value();
  }

  /**
   * The <code>active</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> activeField() {
    return active;
  }

  /**
   * Websites of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<Website> websites() {
    List<Website> v = websites.value();
    return v == null ? Collections.<Website>emptyList() : v;
  }

  /**
   * The <code>websites</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Website>> websitesField() {
    return websites;
  }

  /**
   * Addresses of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<Address> addresses() {
    List<Address> v = addresses.value();
    return v == null ? Collections.<Address>emptyList() : v;
  }

  /**
   * The <code>addresses</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Address>> addressesField() {
    return addresses;
  }

  /**
   * Social links of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<SocialLink> socialLinks() {
    List<SocialLink> v = socialLinks.value();
    return v == null ? Collections.<SocialLink>emptyList() : v;
  }

  /**
   * The <code>social_links</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<SocialLink>> socialLinksField() {
    return socialLinks;
  }

  /**
   * Phone numbers of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<PhoneNumber> phoneNumbers() {
    List<PhoneNumber> v = phoneNumbers.value();
    return v == null ? Collections.<PhoneNumber>emptyList() : v;
  }

  /**
   * The <code>phone_numbers</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<PhoneNumber>> phoneNumbersField() {
    return phoneNumbers;
  }

  /**
   * Email addresses of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<Email> emails() {
    List<Email> v = emails.value();
    return v == null ? Collections.<Email>emptyList() : v;
  }

  /**
   * The <code>emails</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Email>> emailsField() {
    return emails;
  }

  /**
   * The email domain of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String emailDomain() {
    return emailDomain.value();
  }

  /**
   * The <code>email_domain</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailDomainField() {
    return emailDomain;
  }

  /**
   * Custom fields of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<CustomField> customFields() {
    List<CustomField> v = customFields.value();
    return v == null ? Collections.<CustomField>emptyList() : v;
  }

  /**
   * The <code>custom_fields</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<CustomField>> customFieldsField() {
    return customFields;
  }

  /**
   * Tags attached to the record.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> tags() {
    List<String> v = tags.value();
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>tags</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> tagsField() {
    return tags;
  }

  /**
   * The first call date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime firstCallAt() {
    return firstCallAt.value();
  }

  /**
   * The <code>first_call_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> firstCallAtField() {
    return firstCallAt;
  }

  /**
   * The first email date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime firstEmailAt() {
    return firstEmailAt.value();
  }

  /**
   * The <code>first_email_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> firstEmailAtField() {
    return firstEmailAt;
  }

  /**
   * The last activity date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastActivityAt() {
    return lastActivityAt.value();
  }

  /**
   * The <code>last_activity_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastActivityAtField() {
    return lastActivityAt;
  }

  /**
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = customMappings.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return customMappings;
  }

  /**
   * The date and time when the contact was last updated.
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
   * The date and time when the contact was created.
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
    if (!(o instanceof Contact)) {
      return false;
    }
    Contact other = (Contact) o;
    return id.equals(other.id)
        && name.equals(other.name)
        && ownerId.equals(other.ownerId)
        && type.equals(other.type)
        && companyId.equals(other.companyId)
        && companyName.equals(other.companyName)
        && leadId.equals(other.leadId)
        && firstName.equals(other.firstName)
        && middleName.equals(other.middleName)
        && lastName.equals(other.lastName)
        && prefix.equals(other.prefix)
        && suffix.equals(other.suffix)
        && title.equals(other.title)
        && department.equals(other.department)
        && language.equals(other.language)
        && gender.equals(other.gender)
        && birthday.equals(other.birthday)
        && image.equals(other.image)
        && photoUrl.equals(other.photoUrl)
        && leadSource.equals(other.leadSource)
        && fax.equals(other.fax)
        && description.equals(other.description)
        && currentBalance.equals(other.currentBalance)
        && status.equals(other.status)
        && active.equals(other.active)
        && websites.equals(other.websites)
        && addresses.equals(other.addresses)
        && socialLinks.equals(other.socialLinks)
        && phoneNumbers.equals(other.phoneNumbers)
        && emails.equals(other.emails)
        && emailDomain.equals(other.emailDomain)
        && customFields.equals(other.customFields)
        && tags.equals(other.tags)
        && firstCallAt.equals(other.firstCallAt)
        && firstEmailAt.equals(other.firstEmailAt)
        && lastActivityAt.equals(other.lastActivityAt)
        && customMappings.equals(other.customMappings)
        && updatedAt.equals(other.updatedAt)
        && createdAt.equals(other.createdAt)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + id.hashCode();
    h = 31 * h + name.hashCode();
    h = 31 * h + ownerId.hashCode();
    h = 31 * h + type.hashCode();
    h = 31 * h + companyId.hashCode();
    h = 31 * h + companyName.hashCode();
    h = 31 * h + leadId.hashCode();
    h = 31 * h + firstName.hashCode();
    h = 31 * h + middleName.hashCode();
    h = 31 * h + lastName.hashCode();
    h = 31 * h + prefix.hashCode();
    h = 31 * h + suffix.hashCode();
    h = 31 * h + title.hashCode();
    h = 31 * h + department.hashCode();
    h = 31 * h + language.hashCode();
    h = 31 * h + gender.hashCode();
    h = 31 * h + birthday.hashCode();
    h = 31 * h + image.hashCode();
    h = 31 * h + photoUrl.hashCode();
    h = 31 * h + leadSource.hashCode();
    h = 31 * h + fax.hashCode();
    h = 31 * h + description.hashCode();
    h = 31 * h + currentBalance.hashCode();
    h = 31 * h + status.hashCode();
    h = 31 * h + active.hashCode();
    h = 31 * h + websites.hashCode();
    h = 31 * h + addresses.hashCode();
    h = 31 * h + socialLinks.hashCode();
    h = 31 * h + phoneNumbers.hashCode();
    h = 31 * h + emails.hashCode();
    h = 31 * h + emailDomain.hashCode();
    h = 31 * h + customFields.hashCode();
    h = 31 * h + tags.hashCode();
    h = 31 * h + firstCallAt.hashCode();
    h = 31 * h + firstEmailAt.hashCode();
    h = 31 * h + lastActivityAt.hashCode();
    h = 31 * h + customMappings.hashCode();
    h = 31 * h + updatedAt.hashCode();
    h = 31 * h + createdAt.hashCode();
    h = 31 * h + additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Contact{");
    String sep = "";
    if (!id.isMissing()) {
      sb.append(sep).append("id=").append(id);
      sep = ", ";
    }
    if (!name.isMissing()) {
      sb.append(sep).append("name=").append(name);
      sep = ", ";
    }
    if (!ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(ownerId);
      sep = ", ";
    }
    if (!type.isMissing()) {
      sb.append(sep).append("type=").append(type);
      sep = ", ";
    }
    if (!companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(companyId);
      sep = ", ";
    }
    if (!companyName.isMissing()) {
      sb.append(sep).append("companyName=").append(companyName);
      sep = ", ";
    }
    if (!leadId.isMissing()) {
      sb.append(sep).append("leadId=").append(leadId);
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
    if (!title.isMissing()) {
      sb.append(sep).append("title=").append(title);
      sep = ", ";
    }
    if (!department.isMissing()) {
      sb.append(sep).append("department=").append(department);
      sep = ", ";
    }
    if (!language.isMissing()) {
      sb.append(sep).append("language=").append(language);
      sep = ", ";
    }
    if (!gender.isMissing()) {
      sb.append(sep).append("gender=").append(gender);
      sep = ", ";
    }
    if (!birthday.isMissing()) {
      sb.append(sep).append("birthday=").append(birthday);
      sep = ", ";
    }
    if (!image.isMissing()) {
      sb.append(sep).append("image=").append(image);
      sep = ", ";
    }
    if (!photoUrl.isMissing()) {
      sb.append(sep).append("photoUrl=").append(photoUrl);
      sep = ", ";
    }
    if (!leadSource.isMissing()) {
      sb.append(sep).append("leadSource=").append(leadSource);
      sep = ", ";
    }
    if (!fax.isMissing()) {
      sb.append(sep).append("fax=").append(fax);
      sep = ", ";
    }
    if (!description.isMissing()) {
      sb.append(sep).append("description=").append(description);
      sep = ", ";
    }
    if (!currentBalance.isMissing()) {
      sb.append(sep).append("currentBalance=").append(currentBalance);
      sep = ", ";
    }
    if (!status.isMissing()) {
      sb.append(sep).append("status=").append(status);
      sep = ", ";
    }
    if (!active.isMissing()) {
      sb.append(sep).append("active=").append(active);
      sep = ", ";
    }
    if (!websites.isMissing()) {
      sb.append(sep).append("websites=").append(websites);
      sep = ", ";
    }
    if (!addresses.isMissing()) {
      sb.append(sep).append("addresses=").append(addresses);
      sep = ", ";
    }
    if (!socialLinks.isMissing()) {
      sb.append(sep).append("socialLinks=").append(socialLinks);
      sep = ", ";
    }
    if (!phoneNumbers.isMissing()) {
      sb.append(sep).append("phoneNumbers=").append(phoneNumbers);
      sep = ", ";
    }
    if (!emails.isMissing()) {
      sb.append(sep).append("emails=").append(emails);
      sep = ", ";
    }
    if (!emailDomain.isMissing()) {
      sb.append(sep).append("emailDomain=").append(emailDomain);
      sep = ", ";
    }
    if (!customFields.isMissing()) {
      sb.append(sep).append("customFields=").append(customFields);
      sep = ", ";
    }
    if (!tags.isMissing()) {
      sb.append(sep).append("tags=").append(tags);
      sep = ", ";
    }
    if (!firstCallAt.isMissing()) {
      sb.append(sep).append("firstCallAt=").append(firstCallAt);
      sep = ", ";
    }
    if (!firstEmailAt.isMissing()) {
      sb.append(sep).append("firstEmailAt=").append(firstEmailAt);
      sep = ", ";
    }
    if (!lastActivityAt.isMissing()) {
      sb.append(sep).append("lastActivityAt=").append(lastActivityAt);
      sep = ", ";
    }
    if (!customMappings.isMissing()) {
      sb.append(sep).append("customMappings=").append(customMappings);
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

    private JsonField<List<Address>> addresses = JsonField.missing();

    private JsonField<List<SocialLink>> socialLinks = JsonField.missing();

    private JsonField<List<PhoneNumber>> phoneNumbers = JsonField.missing();

    private JsonField<List<Email>> emails = JsonField.missing();

    private JsonField<String> emailDomain = JsonField.missing();

    private JsonField<List<CustomField>> customFields = JsonField.missing();

    private JsonField<List<String>> tags = JsonField.missing();

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
