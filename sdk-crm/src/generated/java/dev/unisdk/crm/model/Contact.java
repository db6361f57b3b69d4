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
    using = Contact.Codec.Serializer.class
)
@JsonDeserialize(
    using = Contact.Codec.Deserializer.class
)
public final class Contact {
  private final String id;

  private final String name;

  private final String ownerId;

  private final ContactType type;

  private final String companyId;

  private final String companyName;

  private final String leadId;

  private final String firstName;

  private final String middleName;

  private final String lastName;

  private final String prefix;

  private final String suffix;

  private final String title;

  private final String department;

  private final String language;

  private final Gender gender;

  private final LocalDate birthday;

  private final String image;

  private final String photoUrl;

  private final String leadSource;

  private final String fax;

  private final String description;

  private final BigDecimal currentBalance;

  private final String status;

  private final Boolean active;

  private final List<Website> websites;

  private final List<Address> addresses;

  private final List<SocialLink> socialLinks;

  private final List<PhoneNumber> phoneNumbers;

  private final List<Email> emails;

  private final String emailDomain;

  private final List<CustomField> customFields;

  private final List<String> tags;

  private final OffsetDateTime firstCallAt;

  private final OffsetDateTime firstEmailAt;

  private final OffsetDateTime lastActivityAt;

  private final Map<String, JsonValue> customMappings;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final long set0;

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
    this.websites = b.websitesAdded == null ? b.websites : ImmutableList.copyOf(b.websitesAdded);
    this.addresses = b.addressesAdded == null ? b.addresses : ImmutableList.copyOf(b.addressesAdded);
    this.socialLinks = b.socialLinksAdded == null ? b.socialLinks : ImmutableList.copyOf(b.socialLinksAdded);
    this.phoneNumbers = b.phoneNumbersAdded == null ? b.phoneNumbers : ImmutableList.copyOf(b.phoneNumbersAdded);
    this.emails = b.emailsAdded == null ? b.emails : ImmutableList.copyOf(b.emailsAdded);
    this.emailDomain = b.emailDomain;
    this.customFields = b.customFieldsAdded == null ? b.customFields : ImmutableList.copyOf(b.customFieldsAdded);
    this.tags = b.tagsAdded == null ? b.tags : ImmutableList.copyOf(b.tagsAdded);
    this.firstCallAt = b.firstCallAt;
    this.firstEmailAt = b.firstEmailAt;
    this.lastActivityAt = b.lastActivityAt;
    this.customMappings = b.customMappings;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.set0 = b.set0;
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
   * Full name of the contact.
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
   * The owner of the contact.
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
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.ownerId) : JsonField.missing();
  }

  /**
   * The type of the contact.
   *
   * @return the value, or null when missing or null
   */
  public ContactType type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ContactType> typeField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.type) : JsonField.missing();
  }

  /**
   * The company the contact is associated with.
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
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.companyId) : JsonField.missing();
  }

  /**
   * The name of the company the contact is associated with.
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
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.companyName) : JsonField.missing();
  }

  /**
   * The lead the contact is associated with.
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
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.leadId) : JsonField.missing();
  }

  /**
   * The first name of the contact.
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
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.firstName) : JsonField.missing();
  }

  /**
   * The middle name of the contact.
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
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.middleName) : JsonField.missing();
  }

  /**
   * The last name of the contact.
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
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.lastName) : JsonField.missing();
  }

  /**
   * The prefix of the contact.
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
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.prefix) : JsonField.missing();
  }

  /**
   * The suffix of the contact.
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
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.suffix) : JsonField.missing();
  }

  /**
   * The job title of the contact.
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
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.title) : JsonField.missing();
  }

  /**
   * The department of the contact.
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
    return (this.set0 & 0x2000L) != 0 ? JsonField.of(this.department) : JsonField.missing();
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
    return (this.set0 & 0x4000L) != 0 ? JsonField.of(this.language) : JsonField.missing();
  }

  /**
   * The gender of the contact.
   *
   * @return the value, or null when missing or null
   */
  public Gender gender() {
    return this.gender;
  }

  /**
   * The <code>gender</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Gender> genderField() {
    return (this.set0 & 0x8000L) != 0 ? JsonField.of(this.gender) : JsonField.missing();
  }

  /**
   * The birthday of the contact.
   *
   * @return the value, or null when missing or null
   */
  public LocalDate birthday() {
    return this.birthday;
  }

  /**
   * The <code>birthday</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LocalDate> birthdayField() {
    return (this.set0 & 0x10000L) != 0 ? JsonField.of(this.birthday) : JsonField.missing();
  }

  /**
   * Deprecated: use photo_url.
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
    return (this.set0 & 0x20000L) != 0 ? JsonField.of(this.image) : JsonField.missing();
  }

  /**
   * The URL of the photo of a person.
   *
   * @return the value, or null when missing or null
   */
  public String photoUrl() {
    return this.photoUrl;
  }

  /**
   * The <code>photo_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> photoUrlField() {
    return (this.set0 & 0x40000L) != 0 ? JsonField.of(this.photoUrl) : JsonField.missing();
  }

  /**
   * The lead source of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String leadSource() {
    return this.leadSource;
  }

  /**
   * The <code>lead_source</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> leadSourceField() {
    return (this.set0 & 0x80000L) != 0 ? JsonField.of(this.leadSource) : JsonField.missing();
  }

  /**
   * The fax number of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String fax() {
    return this.fax;
  }

  /**
   * The <code>fax</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> faxField() {
    return (this.set0 & 0x100000L) != 0 ? JsonField.of(this.fax) : JsonField.missing();
  }

  /**
   * The description of the contact.
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
    return (this.set0 & 0x200000L) != 0 ? JsonField.of(this.description) : JsonField.missing();
  }

  /**
   * The current balance of the contact.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal currentBalance() {
    return this.currentBalance;
  }

  /**
   * The <code>current_balance</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> currentBalanceField() {
    return (this.set0 & 0x400000L) != 0 ? JsonField.of(this.currentBalance) : JsonField.missing();
  }

  /**
   * The status of the contact.
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
    return (this.set0 & 0x800000L) != 0 ? JsonField.of(this.status) : JsonField.missing();
  }

  /**
   * The active status of the contact.
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
    return (this.set0 & 0x1000000L) != 0 ? JsonField.of(this.active) : JsonField.missing();
  }

  /**
   * Websites of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<Website> websites() {
    List<Website> v = this.websites;
    return v == null ? Collections.<Website>emptyList() : v;
  }

  /**
   * The <code>websites</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Website>> websitesField() {
    return (this.set0 & 0x2000000L) != 0 ? JsonField.of(this.websites) : JsonField.missing();
  }

  /**
   * Addresses of the contact.
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
    return (this.set0 & 0x4000000L) != 0 ? JsonField.of(this.addresses) : JsonField.missing();
  }

  /**
   * Social links of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<SocialLink> socialLinks() {
    List<SocialLink> v = this.socialLinks;
    return v == null ? Collections.<SocialLink>emptyList() : v;
  }

  /**
   * The <code>social_links</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<SocialLink>> socialLinksField() {
    return (this.set0 & 0x8000000L) != 0 ? JsonField.of(this.socialLinks) : JsonField.missing();
  }

  /**
   * Phone numbers of the contact.
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
    return (this.set0 & 0x10000000L) != 0 ? JsonField.of(this.phoneNumbers) : JsonField.missing();
  }

  /**
   * Email addresses of the contact.
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
    return (this.set0 & 0x20000000L) != 0 ? JsonField.of(this.emails) : JsonField.missing();
  }

  /**
   * The email domain of the contact.
   *
   * @return the value, or null when missing or null
   */
  public String emailDomain() {
    return this.emailDomain;
  }

  /**
   * The <code>email_domain</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailDomainField() {
    return (this.set0 & 0x40000000L) != 0 ? JsonField.of(this.emailDomain) : JsonField.missing();
  }

  /**
   * Custom fields of the contact.
   *
   * @return the value, an empty list when missing or null
   */
  public List<CustomField> customFields() {
    List<CustomField> v = this.customFields;
    return v == null ? Collections.<CustomField>emptyList() : v;
  }

  /**
   * The <code>custom_fields</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<CustomField>> customFieldsField() {
    return (this.set0 & 0x80000000L) != 0 ? JsonField.of(this.customFields) : JsonField.missing();
  }

  /**
   * Tags attached to the record.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> tags() {
    List<String> v = this.tags;
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>tags</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> tagsField() {
    return (this.set0 & 0x100000000L) != 0 ? JsonField.of(this.tags) : JsonField.missing();
  }

  /**
   * The first call date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime firstCallAt() {
    return this.firstCallAt;
  }

  /**
   * The <code>first_call_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> firstCallAtField() {
    return (this.set0 & 0x200000000L) != 0 ? JsonField.of(this.firstCallAt) : JsonField.missing();
  }

  /**
   * The first email date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime firstEmailAt() {
    return this.firstEmailAt;
  }

  /**
   * The <code>first_email_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> firstEmailAtField() {
    return (this.set0 & 0x400000000L) != 0 ? JsonField.of(this.firstEmailAt) : JsonField.missing();
  }

  /**
   * The last activity date of the contact.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastActivityAt() {
    return this.lastActivityAt;
  }

  /**
   * The <code>last_activity_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastActivityAtField() {
    return (this.set0 & 0x800000000L) != 0 ? JsonField.of(this.lastActivityAt) : JsonField.missing();
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
    return (this.set0 & 0x1000000000L) != 0 ? JsonField.of(this.customMappings) : JsonField.missing();
  }

  /**
   * The date and time when the contact was last updated.
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
    return (this.set0 & 0x2000000000L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
  }

  /**
   * The date and time when the contact was created.
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
    return (this.set0 & 0x4000000000L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.ownerId, other.ownerId)
        && Objects.equals(this.type, other.type)
        && Objects.equals(this.companyId, other.companyId)
        && Objects.equals(this.companyName, other.companyName)
        && Objects.equals(this.leadId, other.leadId)
        && Objects.equals(this.firstName, other.firstName)
        && Objects.equals(this.middleName, other.middleName)
        && Objects.equals(this.lastName, other.lastName)
        && Objects.equals(this.prefix, other.prefix)
        && Objects.equals(this.suffix, other.suffix)
        && Objects.equals(this.title, other.title)
        && Objects.equals(this.department, other.department)
        && Objects.equals(this.language, other.language)
        && Objects.equals(this.gender, other.gender)
        && Objects.equals(this.birthday, other.birthday)
        && Objects.equals(this.image, other.image)
        && Objects.equals(this.photoUrl, other.photoUrl)
        && Objects.equals(this.leadSource, other.leadSource)
        && Objects.equals(this.fax, other.fax)
        && Objects.equals(this.description, other.description)
        && Objects.equals(this.currentBalance, other.currentBalance)
        && Objects.equals(this.status, other.status)
        && Objects.equals(this.active, other.active)
        && Objects.equals(this.websites, other.websites)
        && Objects.equals(this.addresses, other.addresses)
        && Objects.equals(this.socialLinks, other.socialLinks)
        && Objects.equals(this.phoneNumbers, other.phoneNumbers)
        && Objects.equals(this.emails, other.emails)
        && Objects.equals(this.emailDomain, other.emailDomain)
        && Objects.equals(this.customFields, other.customFields)
        && Objects.equals(this.tags, other.tags)
        && Objects.equals(this.firstCallAt, other.firstCallAt)
        && Objects.equals(this.firstEmailAt, other.firstEmailAt)
        && Objects.equals(this.lastActivityAt, other.lastActivityAt)
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
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.ownerId);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + Objects.hashCode(this.companyId);
    h = 31 * h + Objects.hashCode(this.companyName);
    h = 31 * h + Objects.hashCode(this.leadId);
    h = 31 * h + Objects.hashCode(this.firstName);
    h = 31 * h + Objects.hashCode(this.middleName);
    h = 31 * h + Objects.hashCode(this.lastName);
    h = 31 * h + Objects.hashCode(this.prefix);
    h = 31 * h + Objects.hashCode(this.suffix);
    h = 31 * h + Objects.hashCode(this.title);
    h = 31 * h + Objects.hashCode(this.department);
    h = 31 * h + Objects.hashCode(this.language);
    h = 31 * h + Objects.hashCode(this.gender);
    h = 31 * h + Objects.hashCode(this.birthday);
    h = 31 * h + Objects.hashCode(this.image);
    h = 31 * h + Objects.hashCode(this.photoUrl);
    h = 31 * h + Objects.hashCode(this.leadSource);
    h = 31 * h + Objects.hashCode(this.fax);
    h = 31 * h + Objects.hashCode(this.description);
    h = 31 * h + Objects.hashCode(this.currentBalance);
    h = 31 * h + Objects.hashCode(this.status);
    h = 31 * h + Objects.hashCode(this.active);
    h = 31 * h + Objects.hashCode(this.websites);
    h = 31 * h + Objects.hashCode(this.addresses);
    h = 31 * h + Objects.hashCode(this.socialLinks);
    h = 31 * h + Objects.hashCode(this.phoneNumbers);
    h = 31 * h + Objects.hashCode(this.emails);
    h = 31 * h + Objects.hashCode(this.emailDomain);
    h = 31 * h + Objects.hashCode(this.customFields);
    h = 31 * h + Objects.hashCode(this.tags);
    h = 31 * h + Objects.hashCode(this.firstCallAt);
    h = 31 * h + Objects.hashCode(this.firstEmailAt);
    h = 31 * h + Objects.hashCode(this.lastActivityAt);
    h = 31 * h + Objects.hashCode(this.customMappings);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Contact{");
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
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("companyName=").append(this.companyName);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("leadId=").append(this.leadId);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("firstName=").append(this.firstName);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("middleName=").append(this.middleName);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("lastName=").append(this.lastName);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("prefix=").append(this.prefix);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("suffix=").append(this.suffix);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if ((this.set0 & 0x2000L) != 0) {
      sb.append(sep).append("department=").append(this.department);
      sep = ", ";
    }
    if ((this.set0 & 0x4000L) != 0) {
      sb.append(sep).append("language=").append(this.language);
      sep = ", ";
    }
    if ((this.set0 & 0x8000L) != 0) {
      sb.append(sep).append("gender=").append(this.gender);
      sep = ", ";
    }
    if ((this.set0 & 0x10000L) != 0) {
      sb.append(sep).append("birthday=").append(this.birthday);
      sep = ", ";
    }
    if ((this.set0 & 0x20000L) != 0) {
      sb.append(sep).append("image=").append(this.image);
      sep = ", ";
    }
    if ((this.set0 & 0x40000L) != 0) {
      sb.append(sep).append("photoUrl=").append(this.photoUrl);
      sep = ", ";
    }
    if ((this.set0 & 0x80000L) != 0) {
      sb.append(sep).append("leadSource=").append(this.leadSource);
      sep = ", ";
    }
    if ((this.set0 & 0x100000L) != 0) {
      sb.append(sep).append("fax=").append(this.fax);
      sep = ", ";
    }
    if ((this.set0 & 0x200000L) != 0) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if ((this.set0 & 0x400000L) != 0) {
      sb.append(sep).append("currentBalance=").append(this.currentBalance);
      sep = ", ";
    }
    if ((this.set0 & 0x800000L) != 0) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000L) != 0) {
      sb.append(sep).append("active=").append(this.active);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000L) != 0) {
      sb.append(sep).append("websites=").append(this.websites);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000L) != 0) {
      sb.append(sep).append("addresses=").append(this.addresses);
      sep = ", ";
    }
    if ((this.set0 & 0x8000000L) != 0) {
      sb.append(sep).append("socialLinks=").append(this.socialLinks);
      sep = ", ";
    }
    if ((this.set0 & 0x10000000L) != 0) {
      sb.append(sep).append("phoneNumbers=").append(this.phoneNumbers);
      sep = ", ";
    }
    if ((this.set0 & 0x20000000L) != 0) {
      sb.append(sep).append("emails=").append(this.emails);
      sep = ", ";
    }
    if ((this.set0 & 0x40000000L) != 0) {
      sb.append(sep).append("emailDomain=").append(this.emailDomain);
      sep = ", ";
    }
    if ((this.set0 & 0x80000000L) != 0) {
      sb.append(sep).append("customFields=").append(this.customFields);
      sep = ", ";
    }
    if ((this.set0 & 0x100000000L) != 0) {
      sb.append(sep).append("tags=").append(this.tags);
      sep = ", ";
    }
    if ((this.set0 & 0x200000000L) != 0) {
      sb.append(sep).append("firstCallAt=").append(this.firstCallAt);
      sep = ", ";
    }
    if ((this.set0 & 0x400000000L) != 0) {
      sb.append(sep).append("firstEmailAt=").append(this.firstEmailAt);
      sep = ", ";
    }
    if ((this.set0 & 0x800000000L) != 0) {
      sb.append(sep).append("lastActivityAt=").append(this.lastActivityAt);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000000L) != 0) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000000L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000000L) != 0) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String name;

    private String ownerId;

    private ContactType type;

    private String companyId;

    private String companyName;

    private String leadId;

    private String firstName;

    private String middleName;

    private String lastName;

    private String prefix;

    private String suffix;

    private String title;

    private String department;

    private String language;

    private Gender gender;

    private LocalDate birthday;

    private String image;

    private String photoUrl;

    private String leadSource;

    private String fax;

    private String description;

    private BigDecimal currentBalance;

    private String status;

    private Boolean active;

    private List<Website> websites;

    private ArrayList<Website> websitesAdded;

    private List<Address> addresses;

    private ArrayList<Address> addressesAdded;

    private List<SocialLink> socialLinks;

    private ArrayList<SocialLink> socialLinksAdded;

    private List<PhoneNumber> phoneNumbers;

    private ArrayList<PhoneNumber> phoneNumbersAdded;

    private List<Email> emails;

    private ArrayList<Email> emailsAdded;

    private String emailDomain;

    private List<CustomField> customFields;

    private ArrayList<CustomField> customFieldsAdded;

    private List<String> tags;

    private ArrayList<String> tagsAdded;

    private OffsetDateTime firstCallAt;

    private OffsetDateTime firstEmailAt;

    private OffsetDateTime lastActivityAt;

    private Map<String, JsonValue> customMappings;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private long set0;

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
      this.set0 = source.set0;
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
     * Full name of the contact.
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
     * The owner of the contact.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = ownerId;
      this.set0 |= 0x4L;
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
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The type of the contact.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(ContactType type) {
      this.type = type;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder typeField(JsonField<ContactType> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The company the contact is associated with.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      this.set0 |= 0x10L;
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
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The name of the company the contact is associated with.
     *
     * @param companyName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyName(String companyName) {
      this.companyName = companyName;
      this.set0 |= 0x20L;
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
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * The lead the contact is associated with.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = leadId;
      this.set0 |= 0x40L;
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
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * The first name of the contact.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      this.set0 |= 0x80L;
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
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * The middle name of the contact.
     *
     * @param middleName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder middleName(String middleName) {
      this.middleName = middleName;
      this.set0 |= 0x100L;
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
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * The last name of the contact.
     *
     * @param lastName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      this.set0 |= 0x200L;
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
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * The prefix of the contact.
     *
     * @param prefix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder prefix(String prefix) {
      this.prefix = prefix;
      this.set0 |= 0x400L;
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
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
      return this;
    }

    /**
     * The suffix of the contact.
     *
     * @param suffix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder suffix(String suffix) {
      this.suffix = suffix;
      this.set0 |= 0x800L;
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
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
      return this;
    }

    /**
     * The job title of the contact.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      this.set0 |= 0x1000L;
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
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
      }
      return this;
    }

    /**
     * The department of the contact.
     *
     * @param department the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder department(String department) {
      this.department = department;
      this.set0 |= 0x2000L;
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
        this.set0 &= ~0x2000L;
      } else {
        this.set0 |= 0x2000L;
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
      this.set0 |= 0x4000L;
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
        this.set0 &= ~0x4000L;
      } else {
        this.set0 |= 0x4000L;
      }
      return this;
    }

    /**
     * The gender of the contact.
     *
     * @param gender the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder gender(Gender gender) {
      this.gender = gender;
      this.set0 |= 0x8000L;
      return this;
    }

    /**
     * Sets <code>gender</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder genderField(JsonField<Gender> field) {
      Objects.requireNonNull(field, "genderField: field must not be null");
      this.gender = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8000L;
      } else {
        this.set0 |= 0x8000L;
      }
      return this;
    }

    /**
     * The birthday of the contact.
     *
     * @param birthday the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder birthday(LocalDate birthday) {
      this.birthday = birthday;
      this.set0 |= 0x10000L;
      return this;
    }

    /**
     * Sets <code>birthday</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder birthdayField(JsonField<LocalDate> field) {
      Objects.requireNonNull(field, "birthdayField: field must not be null");
      this.birthday = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000L;
      } else {
        this.set0 |= 0x10000L;
      }
      return this;
    }

    /**
     * Deprecated: use photo_url.
     *
     * @param image the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder image(String image) {
      this.image = image;
      this.set0 |= 0x20000L;
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
        this.set0 &= ~0x20000L;
      } else {
        this.set0 |= 0x20000L;
      }
      return this;
    }

    /**
     * The URL of the photo of a person.
     *
     * @param photoUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder photoUrl(String photoUrl) {
      this.photoUrl = photoUrl;
      this.set0 |= 0x40000L;
      return this;
    }

    /**
     * Sets <code>photo_url</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder photoUrlField(JsonField<String> field) {
      Objects.requireNonNull(field, "photoUrlField: field must not be null");
      this.photoUrl = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000L;
      } else {
        this.set0 |= 0x40000L;
      }
      return this;
    }

    /**
     * The lead source of the contact.
     *
     * @param leadSource the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadSource(String leadSource) {
      this.leadSource = leadSource;
      this.set0 |= 0x80000L;
      return this;
    }

    /**
     * Sets <code>lead_source</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder leadSourceField(JsonField<String> field) {
      Objects.requireNonNull(field, "leadSourceField: field must not be null");
      this.leadSource = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80000L;
      } else {
        this.set0 |= 0x80000L;
      }
      return this;
    }

    /**
     * The fax number of the contact.
     *
     * @param fax the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder fax(String fax) {
      this.fax = fax;
      this.set0 |= 0x100000L;
      return this;
    }

    /**
     * Sets <code>fax</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder faxField(JsonField<String> field) {
      Objects.requireNonNull(field, "faxField: field must not be null");
      this.fax = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100000L;
      } else {
        this.set0 |= 0x100000L;
      }
      return this;
    }

    /**
     * The description of the contact.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      this.set0 |= 0x200000L;
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
        this.set0 &= ~0x200000L;
      } else {
        this.set0 |= 0x200000L;
      }
      return this;
    }

    /**
     * The current balance of the contact.
     *
     * @param currentBalance the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currentBalance(BigDecimal currentBalance) {
      this.currentBalance = currentBalance;
      this.set0 |= 0x400000L;
      return this;
    }

    /**
     * Sets <code>current_balance</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder currentBalanceField(JsonField<BigDecimal> field) {
      Objects.requireNonNull(field, "currentBalanceField: field must not be null");
      this.currentBalance = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400000L;
      } else {
        this.set0 |= 0x400000L;
      }
      return this;
    }

    /**
     * The status of the contact.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      this.set0 |= 0x800000L;
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
        this.set0 &= ~0x800000L;
      } else {
        this.set0 |= 0x800000L;
      }
      return this;
    }

    /**
     * The active status of the contact.
     *
     * @param active the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder active(Boolean active) {
      this.active = active;
      this.set0 |= 0x1000000L;
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
        this.set0 &= ~0x1000000L;
      } else {
        this.set0 |= 0x1000000L;
      }
      return this;
    }

    /**
     * Websites of the contact.
     *
     * @param websites the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder websites(List<Website> websites) {
      this.websites = ImmutableList.copyOf(websites);
      this.websitesAdded = null;
      this.set0 |= 0x2000000L;
      return this;
    }

    /**
     * Sets <code>websites</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder websitesField(JsonField<List<Website>> field) {
      Objects.requireNonNull(field, "websitesField: field must not be null");
      this.websites = ImmutableList.copyOf(field.value());
      this.websitesAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x2000000L;
      } else {
        this.set0 |= 0x2000000L;
      }
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
        List<Website> current = this.websites;
        this.websitesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.websitesAdded.add(item);
      this.set0 |= 0x2000000L;
      return this;
    }

    /**
     * Addresses of the contact.
     *
     * @param addresses the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder addresses(List<Address> addresses) {
      this.addresses = ImmutableList.copyOf(addresses);
      this.addressesAdded = null;
      this.set0 |= 0x4000000L;
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
        this.set0 &= ~0x4000000L;
      } else {
        this.set0 |= 0x4000000L;
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
      this.set0 |= 0x4000000L;
      return this;
    }

    /**
     * Social links of the contact.
     *
     * @param socialLinks the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder socialLinks(List<SocialLink> socialLinks) {
      this.socialLinks = ImmutableList.copyOf(socialLinks);
      this.socialLinksAdded = null;
      this.set0 |= 0x8000000L;
      return this;
    }

    /**
     * Sets <code>social_links</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder socialLinksField(JsonField<List<SocialLink>> field) {
      Objects.requireNonNull(field, "socialLinksField: field must not be null");
      this.socialLinks = ImmutableList.copyOf(field.value());
      this.socialLinksAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x8000000L;
      } else {
        this.set0 |= 0x8000000L;
      }
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
        List<SocialLink> current = this.socialLinks;
        this.socialLinksAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.socialLinksAdded.add(item);
      this.set0 |= 0x8000000L;
      return this;
    }

    /**
     * Phone numbers of the contact.
     *
     * @param phoneNumbers the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder phoneNumbers(List<PhoneNumber> phoneNumbers) {
      this.phoneNumbers = ImmutableList.copyOf(phoneNumbers);
      this.phoneNumbersAdded = null;
      this.set0 |= 0x10000000L;
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
        this.set0 &= ~0x10000000L;
      } else {
        this.set0 |= 0x10000000L;
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
      this.set0 |= 0x10000000L;
      return this;
    }

    /**
     * Email addresses of the contact.
     *
     * @param emails the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder emails(List<Email> emails) {
      this.emails = ImmutableList.copyOf(emails);
      this.emailsAdded = null;
      this.set0 |= 0x20000000L;
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
        this.set0 &= ~0x20000000L;
      } else {
        this.set0 |= 0x20000000L;
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
      this.set0 |= 0x20000000L;
      return this;
    }

    /**
     * The email domain of the contact.
     *
     * @param emailDomain the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder emailDomain(String emailDomain) {
      this.emailDomain = emailDomain;
      this.set0 |= 0x40000000L;
      return this;
    }

    /**
     * Sets <code>email_domain</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder emailDomainField(JsonField<String> field) {
      Objects.requireNonNull(field, "emailDomainField: field must not be null");
      this.emailDomain = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000000L;
      } else {
        this.set0 |= 0x40000000L;
      }
      return this;
    }

    /**
     * Custom fields of the contact.
     *
     * @param customFields the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customFields(List<CustomField> customFields) {
      this.customFields = ImmutableList.copyOf(customFields);
      this.customFieldsAdded = null;
      this.set0 |= 0x80000000L;
      return this;
    }

    /**
     * Sets <code>custom_fields</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder customFieldsField(JsonField<List<CustomField>> field) {
      Objects.requireNonNull(field, "customFieldsField: field must not be null");
      this.customFields = ImmutableList.copyOf(field.value());
      this.customFieldsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x80000000L;
      } else {
        this.set0 |= 0x80000000L;
      }
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
        List<CustomField> current = this.customFields;
        this.customFieldsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.customFieldsAdded.add(item);
      this.set0 |= 0x80000000L;
      return this;
    }

    /**
     * Tags attached to the record.
     *
     * @param tags the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      this.tags = ImmutableList.copyOf(tags);
      this.tagsAdded = null;
      this.set0 |= 0x100000000L;
      return this;
    }

    /**
     * Sets <code>tags</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder tagsField(JsonField<List<String>> field) {
      Objects.requireNonNull(field, "tagsField: field must not be null");
      this.tags = ImmutableList.copyOf(field.value());
      this.tagsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x100000000L;
      } else {
        this.set0 |= 0x100000000L;
      }
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
        List<String> current = this.tags;
        this.tagsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.tagsAdded.add(item);
      this.set0 |= 0x100000000L;
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
      this.firstCallAt = firstCallAt;
      this.set0 |= 0x200000000L;
      return this;
    }

    /**
     * Sets <code>first_call_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder firstCallAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "firstCallAtField: field must not be null");
      this.firstCallAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200000000L;
      } else {
        this.set0 |= 0x200000000L;
      }
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
      this.firstEmailAt = firstEmailAt;
      this.set0 |= 0x400000000L;
      return this;
    }

    /**
     * Sets <code>first_email_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder firstEmailAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "firstEmailAtField: field must not be null");
      this.firstEmailAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400000000L;
      } else {
        this.set0 |= 0x400000000L;
      }
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
      this.lastActivityAt = lastActivityAt;
      this.set0 |= 0x800000000L;
      return this;
    }

    /**
     * Sets <code>last_activity_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder lastActivityAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "lastActivityAtField: field must not be null");
      this.lastActivityAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800000000L;
      } else {
        this.set0 |= 0x800000000L;
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
      this.set0 |= 0x1000000000L;
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
        this.set0 &= ~0x1000000000L;
      } else {
        this.set0 |= 0x1000000000L;
      }
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
      this.updatedAt = updatedAt;
      this.set0 |= 0x2000000000L;
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
        this.set0 &= ~0x2000000000L;
      } else {
        this.set0 |= 0x2000000000L;
      }
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
      this.createdAt = createdAt;
      this.set0 |= 0x4000000000L;
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
        this.set0 &= ~0x4000000000L;
      } else {
        this.set0 |= 0x4000000000L;
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
    public Contact build() {
      return new Contact(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Contact}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

    private static final SerializedString F_TYPE = new SerializedString("type");

    private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

    private static final SerializedString F_COMPANY_NAME = new SerializedString("company_name");

    private static final SerializedString F_LEAD_ID = new SerializedString("lead_id");

    private static final SerializedString F_FIRST_NAME = new SerializedString("first_name");

    private static final SerializedString F_MIDDLE_NAME = new SerializedString("middle_name");

    private static final SerializedString F_LAST_NAME = new SerializedString("last_name");

    private static final SerializedString F_PREFIX = new SerializedString("prefix");

    private static final SerializedString F_SUFFIX = new SerializedString("suffix");

    private static final SerializedString F_TITLE = new SerializedString("title");

    private static final SerializedString F_DEPARTMENT = new SerializedString("department");

    private static final SerializedString F_LANGUAGE = new SerializedString("language");

    private static final SerializedString F_GENDER = new SerializedString("gender");

    private static final SerializedString F_BIRTHDAY = new SerializedString("birthday");

    private static final SerializedString F_IMAGE = new SerializedString("image");

    private static final SerializedString F_PHOTO_URL = new SerializedString("photo_url");

    private static final SerializedString F_LEAD_SOURCE = new SerializedString("lead_source");

    private static final SerializedString F_FAX = new SerializedString("fax");

    private static final SerializedString F_DESCRIPTION = new SerializedString("description");

    private static final SerializedString F_CURRENT_BALANCE = new SerializedString("current_balance");

    private static final SerializedString F_STATUS = new SerializedString("status");

    private static final SerializedString F_ACTIVE = new SerializedString("active");

    private static final SerializedString F_WEBSITES = new SerializedString("websites");

    private static final SerializedString F_ADDRESSES = new SerializedString("addresses");

    private static final SerializedString F_SOCIAL_LINKS = new SerializedString("social_links");

    private static final SerializedString F_PHONE_NUMBERS = new SerializedString("phone_numbers");

    private static final SerializedString F_EMAILS = new SerializedString("emails");

    private static final SerializedString F_EMAIL_DOMAIN = new SerializedString("email_domain");

    private static final SerializedString F_CUSTOM_FIELDS = new SerializedString("custom_fields");

    private static final SerializedString F_TAGS = new SerializedString("tags");

    private static final SerializedString F_FIRST_CALL_AT = new SerializedString("first_call_at");

    private static final SerializedString F_FIRST_EMAIL_AT = new SerializedString("first_email_at");

    private static final SerializedString F_LAST_ACTIVITY_AT = new SerializedString("last_activity_at");

    private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private Codec() {
    }

    /**
     * Reads one {@link Contact} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Contact read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Contact.class);
      Contact.Builder b = Contact.builder();
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
            case "owner_id":
              b.ownerId = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "type":
              b.type = ContactType.Codec.read(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "company_id":
              b.companyId = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "company_name":
              b.companyName = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "lead_id":
              b.leadId = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "first_name":
              b.firstName = Codecs.readString(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "middle_name":
              b.middleName = Codecs.readString(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "last_name":
              b.lastName = Codecs.readString(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "prefix":
              b.prefix = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "suffix":
              b.suffix = Codecs.readString(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "title":
              b.title = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            case "department":
              b.department = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000L;
              break;
            case "language":
              b.language = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000L;
              break;
            case "gender":
              b.gender = Gender.Codec.read(p, ctxt);
              b.set0 |= 0x8000L;
              break;
            case "birthday":
              b.birthday = Codecs.readLocalDate(p, ctxt);
              b.set0 |= 0x10000L;
              break;
            case "image":
              b.image = Codecs.readString(p, ctxt);
              b.set0 |= 0x20000L;
              break;
            case "photo_url":
              b.photoUrl = Codecs.readString(p, ctxt);
              b.set0 |= 0x40000L;
              break;
            case "lead_source":
              b.leadSource = Codecs.readString(p, ctxt);
              b.set0 |= 0x80000L;
              break;
            case "fax":
              b.fax = Codecs.readString(p, ctxt);
              b.set0 |= 0x100000L;
              break;
            case "description":
              b.description = Codecs.readString(p, ctxt);
              b.set0 |= 0x200000L;
              break;
            case "current_balance":
              b.currentBalance = Codecs.readBigDecimal(p, ctxt);
              b.set0 |= 0x400000L;
              break;
            case "status":
              b.status = Codecs.readString(p, ctxt);
              b.set0 |= 0x800000L;
              break;
            case "active":
              b.active = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x1000000L;
              break;
            case "websites":
              b.websites = Codecs.readList(p, ctxt, Website.Codec::read);
              b.set0 |= 0x2000000L;
              break;
            case "addresses":
              b.addresses = Codecs.readList(p, ctxt, Address.Codec::read);
              b.set0 |= 0x4000000L;
              break;
            case "social_links":
              b.socialLinks = Codecs.readList(p, ctxt, SocialLink.Codec::read);
              b.set0 |= 0x8000000L;
              break;
            case "phone_numbers":
              b.phoneNumbers = Codecs.readList(p, ctxt, PhoneNumber.Codec::read);
              b.set0 |= 0x10000000L;
              break;
            case "emails":
              b.emails = Codecs.readList(p, ctxt, Email.Codec::read);
              b.set0 |= 0x20000000L;
              break;
            case "email_domain":
              b.emailDomain = Codecs.readString(p, ctxt);
              b.set0 |= 0x40000000L;
              break;
            case "custom_fields":
              b.customFields = Codecs.readList(p, ctxt, CustomField.Codec::read);
              b.set0 |= 0x80000000L;
              break;
            case "tags":
              b.tags = Codecs.readList(p, ctxt, Codecs::readString);
              b.set0 |= 0x100000000L;
              break;
            case "first_call_at":
              b.firstCallAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x200000000L;
              break;
            case "first_email_at":
              b.firstEmailAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x400000000L;
              break;
            case "last_activity_at":
              b.lastActivityAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x800000000L;
              break;
            case "custom_mappings":
              b.customMappings = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x1000000000L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x2000000000L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x4000000000L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Contact.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Contact}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Contact value) throws
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
        g.writeFieldName(F_OWNER_ID);
        Codecs.writeString(g, provider, value.ownerId);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_TYPE);
        ContactType.Codec.write(g, provider, value.type);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_COMPANY_ID);
        Codecs.writeString(g, provider, value.companyId);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_COMPANY_NAME);
        Codecs.writeString(g, provider, value.companyName);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_LEAD_ID);
        Codecs.writeString(g, provider, value.leadId);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_FIRST_NAME);
        Codecs.writeString(g, provider, value.firstName);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_MIDDLE_NAME);
        Codecs.writeString(g, provider, value.middleName);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_LAST_NAME);
        Codecs.writeString(g, provider, value.lastName);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_PREFIX);
        Codecs.writeString(g, provider, value.prefix);
      }
      if ((value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_SUFFIX);
        Codecs.writeString(g, provider, value.suffix);
      }
      if ((value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_TITLE);
        Codecs.writeString(g, provider, value.title);
      }
      if ((value.set0 & 0x2000L) != 0) {
        g.writeFieldName(F_DEPARTMENT);
        Codecs.writeString(g, provider, value.department);
      }
      if ((value.set0 & 0x4000L) != 0) {
        g.writeFieldName(F_LANGUAGE);
        Codecs.writeString(g, provider, value.language);
      }
      if ((value.set0 & 0x8000L) != 0) {
        g.writeFieldName(F_GENDER);
        Gender.Codec.write(g, provider, value.gender);
      }
      if ((value.set0 & 0x10000L) != 0) {
        g.writeFieldName(F_BIRTHDAY);
        Codecs.writeLocalDate(g, provider, value.birthday);
      }
      if ((value.set0 & 0x20000L) != 0) {
        g.writeFieldName(F_IMAGE);
        Codecs.writeString(g, provider, value.image);
      }
      if ((value.set0 & 0x40000L) != 0) {
        g.writeFieldName(F_PHOTO_URL);
        Codecs.writeString(g, provider, value.photoUrl);
      }
      if ((value.set0 & 0x80000L) != 0) {
        g.writeFieldName(F_LEAD_SOURCE);
        Codecs.writeString(g, provider, value.leadSource);
      }
      if ((value.set0 & 0x100000L) != 0) {
        g.writeFieldName(F_FAX);
        Codecs.writeString(g, provider, value.fax);
      }
      if ((value.set0 & 0x200000L) != 0) {
        g.writeFieldName(F_DESCRIPTION);
        Codecs.writeString(g, provider, value.description);
      }
      if ((value.set0 & 0x400000L) != 0) {
        g.writeFieldName(F_CURRENT_BALANCE);
        Codecs.writeBigDecimal(g, provider, value.currentBalance);
      }
      if ((value.set0 & 0x800000L) != 0) {
        g.writeFieldName(F_STATUS);
        Codecs.writeString(g, provider, value.status);
      }
      if ((value.set0 & 0x1000000L) != 0) {
        g.writeFieldName(F_ACTIVE);
        Codecs.writeBoolean(g, provider, value.active);
      }
      if ((value.set0 & 0x2000000L) != 0) {
        g.writeFieldName(F_WEBSITES);
        Codecs.writeList(g, provider, value.websites, Website.Codec::write);
      }
      if ((value.set0 & 0x4000000L) != 0) {
        g.writeFieldName(F_ADDRESSES);
        Codecs.writeList(g, provider, value.addresses, Address.Codec::write);
      }
      if ((value.set0 & 0x8000000L) != 0) {
        g.writeFieldName(F_SOCIAL_LINKS);
        Codecs.writeList(g, provider, value.socialLinks, SocialLink.Codec::write);
      }
      if ((value.set0 & 0x10000000L) != 0) {
        g.writeFieldName(F_PHONE_NUMBERS);
        Codecs.writeList(g, provider, value.phoneNumbers, PhoneNumber.Codec::write);
      }
      if ((value.set0 & 0x20000000L) != 0) {
        g.writeFieldName(F_EMAILS);
        Codecs.writeList(g, provider, value.emails, Email.Codec::write);
      }
      if ((value.set0 & 0x40000000L) != 0) {
        g.writeFieldName(F_EMAIL_DOMAIN);
        Codecs.writeString(g, provider, value.emailDomain);
      }
      if ((value.set0 & 0x80000000L) != 0) {
        g.writeFieldName(F_CUSTOM_FIELDS);
        Codecs.writeList(g, provider, value.customFields, CustomField.Codec::write);
      }
      if ((value.set0 & 0x100000000L) != 0) {
        g.writeFieldName(F_TAGS);
        Codecs.writeList(g, provider, value.tags, Codecs::writeString);
      }
      if (!requestBody && (value.set0 & 0x200000000L) != 0) {
        g.writeFieldName(F_FIRST_CALL_AT);
        Codecs.writeOffsetDateTime(g, provider, value.firstCallAt);
      }
      if (!requestBody && (value.set0 & 0x400000000L) != 0) {
        g.writeFieldName(F_FIRST_EMAIL_AT);
        Codecs.writeOffsetDateTime(g, provider, value.firstEmailAt);
      }
      if (!requestBody && (value.set0 & 0x800000000L) != 0) {
        g.writeFieldName(F_LAST_ACTIVITY_AT);
        Codecs.writeOffsetDateTime(g, provider, value.lastActivityAt);
      }
      if (!requestBody && (value.set0 & 0x1000000000L) != 0) {
        g.writeFieldName(F_CUSTOM_MAPPINGS);
        Codecs.writeMap(g, provider, value.customMappings, Codecs::writeJsonValue);
      }
      if (!requestBody && (value.set0 & 0x2000000000L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      if (!requestBody && (value.set0 & 0x4000000000L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Contact}.
     */
    public static final class Deserializer extends StdDeserializer<Contact> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Contact.class);
      }

      @Override
      public Contact deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Contact}.
     */
    public static final class Serializer extends StdSerializer<Contact> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Contact.class);
      }

      @Override
      public void serialize(Contact value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
