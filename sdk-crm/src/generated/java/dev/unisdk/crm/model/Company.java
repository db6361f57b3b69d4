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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CRM company (account).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Company.Codec.Serializer.class
)
@JsonDeserialize(
    using = Company.Codec.Deserializer.class
)
public final class Company {
  private final String id;

  private final String name;

  private final Long interactionCount;

  private final String ownerId;

  private final String image;

  private final String description;

  private final String vatNumber;

  private final Currency currency;

  private final String status;

  private final String fax;

  private final String annualRevenue;

  private final String numberOfEmployees;

  private final String industry;

  private final String ownership;

  private final String salesTaxNumber;

  private final String payeeNumber;

  private final String abnOrTfn;

  private final String abnBranch;

  private final String acn;

  private final String firstName;

  private final String lastName;

  private final String parentId;

  private final List<BankAccount> bankAccounts;

  private final List<Website> websites;

  private final List<Address> addresses;

  private final List<SocialLink> socialLinks;

  private final List<PhoneNumber> phoneNumbers;

  private final List<Email> emails;

  private final RowType rowType;

  private final List<CustomField> customFields;

  private final List<String> tags;

  private final Boolean readOnly;

  private final OffsetDateTime lastActivityAt;

  private final Boolean deleted;

  private final String salutation;

  private final LocalDate birthday;

  private final Map<String, JsonValue> customMappings;

  private final String updatedBy;

  private final String createdBy;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Company(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.interactionCount = b.interactionCount;
    this.ownerId = b.ownerId;
    this.image = b.image;
    this.description = b.description;
    this.vatNumber = b.vatNumber;
    this.currency = b.currency;
    this.status = b.status;
    this.fax = b.fax;
    this.annualRevenue = b.annualRevenue;
    this.numberOfEmployees = b.numberOfEmployees;
    this.industry = b.industry;
    this.ownership = b.ownership;
    this.salesTaxNumber = b.salesTaxNumber;
    this.payeeNumber = b.payeeNumber;
    this.abnOrTfn = b.abnOrTfn;
    this.abnBranch = b.abnBranch;
    this.acn = b.acn;
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.parentId = b.parentId;
    this.bankAccounts = b.bankAccountsAdded == null ? b.bankAccounts : ImmutableList.copyOf(b.bankAccountsAdded);
    this.websites = b.websitesAdded == null ? b.websites : ImmutableList.copyOf(b.websitesAdded);
    this.addresses = b.addressesAdded == null ? b.addresses : ImmutableList.copyOf(b.addressesAdded);
    this.socialLinks = b.socialLinksAdded == null ? b.socialLinks : ImmutableList.copyOf(b.socialLinksAdded);
    this.phoneNumbers = b.phoneNumbersAdded == null ? b.phoneNumbers : ImmutableList.copyOf(b.phoneNumbersAdded);
    this.emails = b.emailsAdded == null ? b.emails : ImmutableList.copyOf(b.emailsAdded);
    this.rowType = b.rowType;
    this.customFields = b.customFieldsAdded == null ? b.customFields : ImmutableList.copyOf(b.customFieldsAdded);
    this.tags = b.tagsAdded == null ? b.tags : ImmutableList.copyOf(b.tagsAdded);
    this.readOnly = b.readOnly;
    this.lastActivityAt = b.lastActivityAt;
    this.deleted = b.deleted;
    this.salutation = b.salutation;
    this.birthday = b.birthday;
    this.customMappings = b.customMappings;
    this.updatedBy = b.updatedBy;
    this.createdBy = b.createdBy;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the company.
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
   * Name of the company.
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
   * Number of interactions.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long interactionCount() {
    return this.interactionCount;
  }

  /**
   * The <code>interaction_count</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> interactionCountField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.interactionCount) : JsonField.missing();
  }

  /**
   * Owner ID.
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
   * The Image URL of the company.
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
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.image) : JsonField.missing();
  }

  /**
   * A description of the company.
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
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.description) : JsonField.missing();
  }

  /**
   * The VAT number of the company.
   *
   * @return the value, or null when missing or null
   */
  public String vatNumber() {
    return this.vatNumber;
  }

  /**
   * The <code>vat_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> vatNumberField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.vatNumber) : JsonField.missing();
  }

  /**
   * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
   *
   * @return the value, or null when missing or null
   */
  public Currency currency() {
    return this.currency;
  }

  /**
   * The <code>currency</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Currency> currencyField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.currency) : JsonField.missing();
  }

  /**
   * The status of the company.
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
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.status) : JsonField.missing();
  }

  /**
   * The fax number of the company.
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
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.fax) : JsonField.missing();
  }

  /**
   * The annual revenue of the company.
   *
   * @return the value, or null when missing or null
   */
  public String annualRevenue() {
    return this.annualRevenue;
  }

  /**
   * The <code>annual_revenue</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> annualRevenueField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.annualRevenue) : JsonField.missing();
  }

  /**
   * Number of employees.
   *
   * @return the value, or null when missing or null
   */
  public String numberOfEmployees() {
    return this.numberOfEmployees;
  }

  /**
   * The <code>number_of_employees</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> numberOfEmployeesField() {
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.numberOfEmployees) : JsonField.missing();
  }

  /**
   * The industry represents the type of business the company is in.
   *
   * @return the value, or null when missing or null
   */
  public String industry() {
    return this.industry;
  }

  /**
   * The <code>industry</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> industryField() {
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.industry) : JsonField.missing();
  }

  /**
   * The ownership indicates the type of ownership of the company.
   *
   * @return the value, or null when missing or null
   */
  public String ownership() {
    return this.ownership;
  }

  /**
   * The <code>ownership</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownershipField() {
    return (this.set0 & 0x2000L) != 0 ? JsonField.of(this.ownership) : JsonField.missing();
  }

  /**
   * A sales tax number is a unique number that identifies a company for tax purposes.
   *
   * @return the value, or null when missing or null
   */
  public String salesTaxNumber() {
    return this.salesTaxNumber;
  }

  /**
   * The <code>sales_tax_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> salesTaxNumberField() {
    return (this.set0 & 0x4000L) != 0 ? JsonField.of(this.salesTaxNumber) : JsonField.missing();
  }

  /**
   * A payee number is a unique number that identifies a payee for tax purposes.
   *
   * @return the value, or null when missing or null
   */
  public String payeeNumber() {
    return this.payeeNumber;
  }

  /**
   * The <code>payee_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> payeeNumberField() {
    return (this.set0 & 0x8000L) != 0 ? JsonField.of(this.payeeNumber) : JsonField.missing();
  }

  /**
   * An ABN is necessary for operating a business, while a TFN (Tax File Number) is required for any person working in Australia.
   *
   * @return the value, or null when missing or null
   */
  public String abnOrTfn() {
    return this.abnOrTfn;
  }

  /**
   * The <code>abn_or_tfn</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> abnOrTfnField() {
    return (this.set0 & 0x10000L) != 0 ? JsonField.of(this.abnOrTfn) : JsonField.missing();
  }

  /**
   * An ABN Branch (also known as a GST Branch) is used if part of your business needs to account for GST separately from its parent entity.
   *
   * @return the value, or null when missing or null
   */
  public String abnBranch() {
    return this.abnBranch;
  }

  /**
   * The <code>abn_branch</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> abnBranchField() {
    return (this.set0 & 0x20000L) != 0 ? JsonField.of(this.abnBranch) : JsonField.missing();
  }

  /**
   * The Australian Company Number (ACN), nine digits printed as XXX XXX XXX.
   *
   * @return the value, or null when missing or null
   */
  public String acn() {
    return this.acn;
  }

  /**
   * The <code>acn</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> acnField() {
    return (this.set0 & 0x40000L) != 0 ? JsonField.of(this.acn) : JsonField.missing();
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
    return (this.set0 & 0x80000L) != 0 ? JsonField.of(this.firstName) : JsonField.missing();
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
    return (this.set0 & 0x100000L) != 0 ? JsonField.of(this.lastName) : JsonField.missing();
  }

  /**
   * Parent ID.
   *
   * <p>Read-only: set by the server, never sent in a request body.
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
    return (this.set0 & 0x200000L) != 0 ? JsonField.of(this.parentId) : JsonField.missing();
  }

  /**
   * Bank accounts of the company.
   *
   * @return the value, an empty list when missing or null
   */
  public List<BankAccount> bankAccounts() {
    List<BankAccount> v = this.bankAccounts;
    return v == null ? Collections.<BankAccount>emptyList() : v;
  }

  /**
   * The <code>bank_accounts</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<BankAccount>> bankAccountsField() {
    return (this.set0 & 0x400000L) != 0 ? JsonField.of(this.bankAccounts) : JsonField.missing();
  }

  /**
   * Websites of the company.
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
    return (this.set0 & 0x800000L) != 0 ? JsonField.of(this.websites) : JsonField.missing();
  }

  /**
   * Addresses of the company.
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
    return (this.set0 & 0x1000000L) != 0 ? JsonField.of(this.addresses) : JsonField.missing();
  }

  /**
   * Social links of the company.
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
    return (this.set0 & 0x2000000L) != 0 ? JsonField.of(this.socialLinks) : JsonField.missing();
  }

  /**
   * Phone numbers of the company.
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
    return (this.set0 & 0x4000000L) != 0 ? JsonField.of(this.phoneNumbers) : JsonField.missing();
  }

  /**
   * Email addresses of the company.
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
    return (this.set0 & 0x8000000L) != 0 ? JsonField.of(this.emails) : JsonField.missing();
  }

  /**
   * The row type of a company record.
   *
   * @return the value, or null when missing or null
   */
  public RowType rowType() {
    return this.rowType;
  }

  /**
   * The <code>row_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<RowType> rowTypeField() {
    return (this.set0 & 0x10000000L) != 0 ? JsonField.of(this.rowType) : JsonField.missing();
  }

  /**
   * Custom fields of the company.
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
    return (this.set0 & 0x20000000L) != 0 ? JsonField.of(this.customFields) : JsonField.missing();
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
    return (this.set0 & 0x40000000L) != 0 ? JsonField.of(this.tags) : JsonField.missing();
  }

  /**
   * Whether the company is read-only or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean readOnly() {
    return this.readOnly;
  }

  /**
   * The <code>read_only</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> readOnlyField() {
    return (this.set0 & 0x80000000L) != 0 ? JsonField.of(this.readOnly) : JsonField.missing();
  }

  /**
   * Last activity date.
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
    return (this.set0 & 0x100000000L) != 0 ? JsonField.of(this.lastActivityAt) : JsonField.missing();
  }

  /**
   * Whether the company is deleted or not.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Boolean deleted() {
    return this.deleted;
  }

  /**
   * The <code>deleted</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> deletedField() {
    return (this.set0 & 0x200000000L) != 0 ? JsonField.of(this.deleted) : JsonField.missing();
  }

  /**
   * A formal salutation for the person. For example, 'Mr', 'Mrs'.
   *
   * @return the value, or null when missing or null
   */
  public String salutation() {
    return this.salutation;
  }

  /**
   * The <code>salutation</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> salutationField() {
    return (this.set0 & 0x400000000L) != 0 ? JsonField.of(this.salutation) : JsonField.missing();
  }

  /**
   * The date of birth of the person.
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
    return (this.set0 & 0x800000000L) != 0 ? JsonField.of(this.birthday) : JsonField.missing();
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
   * The user who last updated the company.
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
    return (this.set0 & 0x2000000000L) != 0 ? JsonField.of(this.updatedBy) : JsonField.missing();
  }

  /**
   * The user who created the company.
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
    return (this.set0 & 0x4000000000L) != 0 ? JsonField.of(this.createdBy) : JsonField.missing();
  }

  /**
   * The date and time when the company was last updated.
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
    return (this.set0 & 0x8000000000L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
  }

  /**
   * The date and time when the company was created.
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
    return (this.set0 & 0x10000000000L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
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
    if (!(o instanceof Company)) {
      return false;
    }
    Company other = (Company) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.interactionCount, other.interactionCount)
        && Objects.equals(this.ownerId, other.ownerId)
        && Objects.equals(this.image, other.image)
        && Objects.equals(this.description, other.description)
        && Objects.equals(this.vatNumber, other.vatNumber)
        && Objects.equals(this.currency, other.currency)
        && Objects.equals(this.status, other.status)
        && Objects.equals(this.fax, other.fax)
        && Objects.equals(this.annualRevenue, other.annualRevenue)
        && Objects.equals(this.numberOfEmployees, other.numberOfEmployees)
        && Objects.equals(this.industry, other.industry)
        && Objects.equals(this.ownership, other.ownership)
        && Objects.equals(this.salesTaxNumber, other.salesTaxNumber)
        && Objects.equals(this.payeeNumber, other.payeeNumber)
        && Objects.equals(this.abnOrTfn, other.abnOrTfn)
        && Objects.equals(this.abnBranch, other.abnBranch)
        && Objects.equals(this.acn, other.acn)
        && Objects.equals(this.firstName, other.firstName)
        && Objects.equals(this.lastName, other.lastName)
        && Objects.equals(this.parentId, other.parentId)
        && Objects.equals(this.bankAccounts, other.bankAccounts)
        && Objects.equals(this.websites, other.websites)
        && Objects.equals(this.addresses, other.addresses)
        && Objects.equals(this.socialLinks, other.socialLinks)
        && Objects.equals(this.phoneNumbers, other.phoneNumbers)
        && Objects.equals(this.emails, other.emails)
        && Objects.equals(this.rowType, other.rowType)
        && Objects.equals(this.customFields, other.customFields)
        && Objects.equals(this.tags, other.tags)
        && Objects.equals(this.readOnly, other.readOnly)
        && Objects.equals(this.lastActivityAt, other.lastActivityAt)
        && Objects.equals(this.deleted, other.deleted)
        && Objects.equals(this.salutation, other.salutation)
        && Objects.equals(this.birthday, other.birthday)
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
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.interactionCount);
    h = 31 * h + Objects.hashCode(this.ownerId);
    h = 31 * h + Objects.hashCode(this.image);
    h = 31 * h + Objects.hashCode(this.description);
    h = 31 * h + Objects.hashCode(this.vatNumber);
    h = 31 * h + Objects.hashCode(this.currency);
    h = 31 * h + Objects.hashCode(this.status);
    h = 31 * h + Objects.hashCode(this.fax);
    h = 31 * h + Objects.hashCode(this.annualRevenue);
    h = 31 * h + Objects.hashCode(this.numberOfEmployees);
    h = 31 * h + Objects.hashCode(this.industry);
    h = 31 * h + Objects.hashCode(this.ownership);
    h = 31 * h + Objects.hashCode(this.salesTaxNumber);
    h = 31 * h + Objects.hashCode(this.payeeNumber);
    h = 31 * h + Objects.hashCode(this.abnOrTfn);
    h = 31 * h + Objects.hashCode(this.abnBranch);
    h = 31 * h + Objects.hashCode(this.acn);
    h = 31 * h + Objects.hashCode(this.firstName);
    h = 31 * h + Objects.hashCode(this.lastName);
    h = 31 * h + Objects.hashCode(this.parentId);
    h = 31 * h + Objects.hashCode(this.bankAccounts);
    h = 31 * h + Objects.hashCode(this.websites);
    h = 31 * h + Objects.hashCode(this.addresses);
    h = 31 * h + Objects.hashCode(this.socialLinks);
    h = 31 * h + Objects.hashCode(this.phoneNumbers);
    h = 31 * h + Objects.hashCode(this.emails);
    h = 31 * h + Objects.hashCode(this.rowType);
    h = 31 * h + Objects.hashCode(this.customFields);
    h = 31 * h + Objects.hashCode(this.tags);
    h = 31 * h + Objects.hashCode(this.readOnly);
    h = 31 * h + Objects.hashCode(this.lastActivityAt);
    h = 31 * h + Objects.hashCode(this.deleted);
    h = 31 * h + Objects.hashCode(this.salutation);
    h = 31 * h + Objects.hashCode(this.birthday);
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
    StringBuilder sb = new StringBuilder("Company{");
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
      sb.append(sep).append("interactionCount=").append(this.interactionCount);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("image=").append(this.image);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("vatNumber=").append(this.vatNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("fax=").append(this.fax);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("annualRevenue=").append(this.annualRevenue);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("numberOfEmployees=").append(this.numberOfEmployees);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
      sb.append(sep).append("industry=").append(this.industry);
      sep = ", ";
    }
    if ((this.set0 & 0x2000L) != 0) {
      sb.append(sep).append("ownership=").append(this.ownership);
      sep = ", ";
    }
    if ((this.set0 & 0x4000L) != 0) {
      sb.append(sep).append("salesTaxNumber=").append(this.salesTaxNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x8000L) != 0) {
      sb.append(sep).append("payeeNumber=").append(this.payeeNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x10000L) != 0) {
      sb.append(sep).append("abnOrTfn=").append(this.abnOrTfn);
      sep = ", ";
    }
    if ((this.set0 & 0x20000L) != 0) {
      sb.append(sep).append("abnBranch=").append(this.abnBranch);
      sep = ", ";
    }
    if ((this.set0 & 0x40000L) != 0) {
      sb.append(sep).append("acn=").append(this.acn);
      sep = ", ";
    }
    if ((this.set0 & 0x80000L) != 0) {
      sb.append(sep).append("firstName=").append(this.firstName);
      sep = ", ";
    }
    if ((this.set0 & 0x100000L) != 0) {
      sb.append(sep).append("lastName=").append(this.lastName);
      sep = ", ";
    }
    if ((this.set0 & 0x200000L) != 0) {
      sb.append(sep).append("parentId=").append(this.parentId);
      sep = ", ";
    }
    if ((this.set0 & 0x400000L) != 0) {
      sb.append(sep).append("bankAccounts=").append(this.bankAccounts);
      sep = ", ";
    }
    if ((this.set0 & 0x800000L) != 0) {
      sb.append(sep).append("websites=").append(this.websites);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000L) != 0) {
      sb.append(sep).append("addresses=").append(this.addresses);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000L) != 0) {
      sb.append(sep).append("socialLinks=").append(this.socialLinks);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000L) != 0) {
      sb.append(sep).append("phoneNumbers=").append(this.phoneNumbers);
      sep = ", ";
    }
    if ((this.set0 & 0x8000000L) != 0) {
      sb.append(sep).append("emails=").append(this.emails);
      sep = ", ";
    }
    if ((this.set0 & 0x10000000L) != 0) {
      sb.append(sep).append("rowType=").append(this.rowType);
      sep = ", ";
    }
    if ((this.set0 & 0x20000000L) != 0) {
      sb.append(sep).append("customFields=").append(this.customFields);
      sep = ", ";
    }
    if ((this.set0 & 0x40000000L) != 0) {
      sb.append(sep).append("tags=").append(this.tags);
      sep = ", ";
    }
    if ((this.set0 & 0x80000000L) != 0) {
      sb.append(sep).append("readOnly=").append(this.readOnly);
      sep = ", ";
    }
    if ((this.set0 & 0x100000000L) != 0) {
      sb.append(sep).append("lastActivityAt=").append(this.lastActivityAt);
      sep = ", ";
    }
    if ((this.set0 & 0x200000000L) != 0) {
      sb.append(sep).append("deleted=").append(this.deleted);
      sep = ", ";
    }
    if ((this.set0 & 0x400000000L) != 0) {
      sb.append(sep).append("salutation=").append(this.salutation);
      sep = ", ";
    }
    if ((this.set0 & 0x800000000L) != 0) {
      sb.append(sep).append("birthday=").append(this.birthday);
      sep = ", ";
    }
    if ((this.set0 & 0x1000000000L) != 0) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if ((this.set0 & 0x2000000000L) != 0) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if ((this.set0 & 0x4000000000L) != 0) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
      sep = ", ";
    }
    if ((this.set0 & 0x8000000000L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x10000000000L) != 0) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Company}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String name;

    private Long interactionCount;

    private String ownerId;

    private String image;

    private String description;

    private String vatNumber;

    private Currency currency;

    private String status;

    private String fax;

    private String annualRevenue;

    private String numberOfEmployees;

    private String industry;

    private String ownership;

    private String salesTaxNumber;

    private String payeeNumber;

    private String abnOrTfn;

    private String abnBranch;

    private String acn;

    private String firstName;

    private String lastName;

    private String parentId;

    private List<BankAccount> bankAccounts;

    private ArrayList<BankAccount> bankAccountsAdded;

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

    private RowType rowType;

    private List<CustomField> customFields;

    private ArrayList<CustomField> customFieldsAdded;

    private List<String> tags;

    private ArrayList<String> tagsAdded;

    private Boolean readOnly;

    private OffsetDateTime lastActivityAt;

    private Boolean deleted;

    private String salutation;

    private LocalDate birthday;

    private Map<String, JsonValue> customMappings;

    private String updatedBy;

    private String createdBy;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Company source) {
      this.id = source.id;
      this.name = source.name;
      this.interactionCount = source.interactionCount;
      this.ownerId = source.ownerId;
      this.image = source.image;
      this.description = source.description;
      this.vatNumber = source.vatNumber;
      this.currency = source.currency;
      this.status = source.status;
      this.fax = source.fax;
      this.annualRevenue = source.annualRevenue;
      this.numberOfEmployees = source.numberOfEmployees;
      this.industry = source.industry;
      this.ownership = source.ownership;
      this.salesTaxNumber = source.salesTaxNumber;
      this.payeeNumber = source.payeeNumber;
      this.abnOrTfn = source.abnOrTfn;
      this.abnBranch = source.abnBranch;
      this.acn = source.acn;
      this.firstName = source.firstName;
      this.lastName = source.lastName;
      this.parentId = source.parentId;
      this.bankAccounts = source.bankAccounts;
      this.websites = source.websites;
      this.addresses = source.addresses;
      this.socialLinks = source.socialLinks;
      this.phoneNumbers = source.phoneNumbers;
      this.emails = source.emails;
      this.rowType = source.rowType;
      this.customFields = source.customFields;
      this.tags = source.tags;
      this.readOnly = source.readOnly;
      this.lastActivityAt = source.lastActivityAt;
      this.deleted = source.deleted;
      this.salutation = source.salutation;
      this.birthday = source.birthday;
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
     * Unique identifier for the company.
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
     * Name of the company.
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
     * Number of interactions.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param interactionCount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder interactionCount(Long interactionCount) {
      this.interactionCount = interactionCount;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>interaction_count</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder interactionCountField(JsonField<Long> field) {
      Objects.requireNonNull(field, "interactionCountField: field must not be null");
      this.interactionCount = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Owner ID.
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
     * The Image URL of the company.
     *
     * @param image the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder image(String image) {
      this.image = image;
      this.set0 |= 0x10L;
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
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * A description of the company.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      this.set0 |= 0x20L;
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
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * The VAT number of the company.
     *
     * @param vatNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder vatNumber(String vatNumber) {
      this.vatNumber = vatNumber;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>vat_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder vatNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "vatNumberField: field must not be null");
      this.vatNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
     *
     * @param currency the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = currency;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>currency</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder currencyField(JsonField<Currency> field) {
      Objects.requireNonNull(field, "currencyField: field must not be null");
      this.currency = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * The status of the company.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      this.set0 |= 0x100L;
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
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * The fax number of the company.
     *
     * @param fax the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder fax(String fax) {
      this.fax = fax;
      this.set0 |= 0x200L;
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
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * The annual revenue of the company.
     *
     * @param annualRevenue the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder annualRevenue(String annualRevenue) {
      this.annualRevenue = annualRevenue;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>annual_revenue</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder annualRevenueField(JsonField<String> field) {
      Objects.requireNonNull(field, "annualRevenueField: field must not be null");
      this.annualRevenue = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
      return this;
    }

    /**
     * Number of employees.
     *
     * @param numberOfEmployees the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder numberOfEmployees(String numberOfEmployees) {
      this.numberOfEmployees = numberOfEmployees;
      this.set0 |= 0x800L;
      return this;
    }

    /**
     * Sets <code>number_of_employees</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder numberOfEmployeesField(JsonField<String> field) {
      Objects.requireNonNull(field, "numberOfEmployeesField: field must not be null");
      this.numberOfEmployees = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
      return this;
    }

    /**
     * The industry represents the type of business the company is in.
     *
     * @param industry the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder industry(String industry) {
      this.industry = industry;
      this.set0 |= 0x1000L;
      return this;
    }

    /**
     * Sets <code>industry</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder industryField(JsonField<String> field) {
      Objects.requireNonNull(field, "industryField: field must not be null");
      this.industry = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
      }
      return this;
    }

    /**
     * The ownership indicates the type of ownership of the company.
     *
     * @param ownership the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownership(String ownership) {
      this.ownership = ownership;
      this.set0 |= 0x2000L;
      return this;
    }

    /**
     * Sets <code>ownership</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder ownershipField(JsonField<String> field) {
      Objects.requireNonNull(field, "ownershipField: field must not be null");
      this.ownership = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000L;
      } else {
        this.set0 |= 0x2000L;
      }
      return this;
    }

    /**
     * A sales tax number is a unique number that identifies a company for tax purposes.
     *
     * @param salesTaxNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder salesTaxNumber(String salesTaxNumber) {
      this.salesTaxNumber = salesTaxNumber;
      this.set0 |= 0x4000L;
      return this;
    }

    /**
     * Sets <code>sales_tax_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder salesTaxNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "salesTaxNumberField: field must not be null");
      this.salesTaxNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000L;
      } else {
        this.set0 |= 0x4000L;
      }
      return this;
    }

    /**
     * A payee number is a unique number that identifies a payee for tax purposes.
     *
     * @param payeeNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder payeeNumber(String payeeNumber) {
      this.payeeNumber = payeeNumber;
      this.set0 |= 0x8000L;
      return this;
    }

    /**
     * Sets <code>payee_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder payeeNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "payeeNumberField: field must not be null");
      this.payeeNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8000L;
      } else {
        this.set0 |= 0x8000L;
      }
      return this;
    }

    /**
     * An ABN is necessary for operating a business, while a TFN (Tax File Number) is required for any person working in Australia.
     *
     * @param abnOrTfn the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder abnOrTfn(String abnOrTfn) {
      this.abnOrTfn = abnOrTfn;
      this.set0 |= 0x10000L;
      return this;
    }

    /**
     * Sets <code>abn_or_tfn</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder abnOrTfnField(JsonField<String> field) {
      Objects.requireNonNull(field, "abnOrTfnField: field must not be null");
      this.abnOrTfn = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000L;
      } else {
        this.set0 |= 0x10000L;
      }
      return this;
    }

    /**
     * An ABN Branch (also known as a GST Branch) is used if part of your business needs to account for GST separately from its parent entity.
     *
     * @param abnBranch the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder abnBranch(String abnBranch) {
      this.abnBranch = abnBranch;
      this.set0 |= 0x20000L;
      return this;
    }

    /**
     * Sets <code>abn_branch</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder abnBranchField(JsonField<String> field) {
      Objects.requireNonNull(field, "abnBranchField: field must not be null");
      this.abnBranch = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20000L;
      } else {
        this.set0 |= 0x20000L;
      }
      return this;
    }

    /**
     * The Australian Company Number (ACN), nine digits printed as XXX XXX XXX.
     *
     * @param acn the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder acn(String acn) {
      this.acn = acn;
      this.set0 |= 0x40000L;
      return this;
    }

    /**
     * Sets <code>acn</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder acnField(JsonField<String> field) {
      Objects.requireNonNull(field, "acnField: field must not be null");
      this.acn = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000L;
      } else {
        this.set0 |= 0x40000L;
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
      this.set0 |= 0x80000L;
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
        this.set0 &= ~0x80000L;
      } else {
        this.set0 |= 0x80000L;
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
      this.set0 |= 0x100000L;
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
        this.set0 &= ~0x100000L;
      } else {
        this.set0 |= 0x100000L;
      }
      return this;
    }

    /**
     * Parent ID.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param parentId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder parentId(String parentId) {
      this.parentId = parentId;
      this.set0 |= 0x200000L;
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
        this.set0 &= ~0x200000L;
      } else {
        this.set0 |= 0x200000L;
      }
      return this;
    }

    /**
     * Bank accounts of the company.
     *
     * @param bankAccounts the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bankAccounts(List<BankAccount> bankAccounts) {
      this.bankAccounts = ImmutableList.copyOf(bankAccounts);
      this.bankAccountsAdded = null;
      this.set0 |= 0x400000L;
      return this;
    }

    /**
     * Sets <code>bank_accounts</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder bankAccountsField(JsonField<List<BankAccount>> field) {
      Objects.requireNonNull(field, "bankAccountsField: field must not be null");
      this.bankAccounts = ImmutableList.copyOf(field.value());
      this.bankAccountsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x400000L;
      } else {
        this.set0 |= 0x400000L;
      }
      return this;
    }

    /**
     * Adds one item to <code>bank_accounts</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #bankAccounts(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addBankAccount(BankAccount item) {
      Objects.requireNonNull(item, "bankAccounts: item must not be null");
      if (this.bankAccountsAdded == null) {
        List<BankAccount> current = this.bankAccounts;
        this.bankAccountsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.bankAccountsAdded.add(item);
      this.set0 |= 0x400000L;
      return this;
    }

    /**
     * Websites of the company.
     *
     * @param websites the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder websites(List<Website> websites) {
      this.websites = ImmutableList.copyOf(websites);
      this.websitesAdded = null;
      this.set0 |= 0x800000L;
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
        this.set0 &= ~0x800000L;
      } else {
        this.set0 |= 0x800000L;
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
      this.set0 |= 0x800000L;
      return this;
    }

    /**
     * Addresses of the company.
     *
     * @param addresses the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder addresses(List<Address> addresses) {
      this.addresses = ImmutableList.copyOf(addresses);
      this.addressesAdded = null;
      this.set0 |= 0x1000000L;
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
        this.set0 &= ~0x1000000L;
      } else {
        this.set0 |= 0x1000000L;
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
      this.set0 |= 0x1000000L;
      return this;
    }

    /**
     * Social links of the company.
     *
     * @param socialLinks the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder socialLinks(List<SocialLink> socialLinks) {
      this.socialLinks = ImmutableList.copyOf(socialLinks);
      this.socialLinksAdded = null;
      this.set0 |= 0x2000000L;
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
        this.set0 &= ~0x2000000L;
      } else {
        this.set0 |= 0x2000000L;
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
      this.set0 |= 0x2000000L;
      return this;
    }

    /**
     * Phone numbers of the company.
     *
     * @param phoneNumbers the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder phoneNumbers(List<PhoneNumber> phoneNumbers) {
      this.phoneNumbers = ImmutableList.copyOf(phoneNumbers);
      this.phoneNumbersAdded = null;
      this.set0 |= 0x4000000L;
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
        this.set0 &= ~0x4000000L;
      } else {
        this.set0 |= 0x4000000L;
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
      this.set0 |= 0x4000000L;
      return this;
    }

    /**
     * Email addresses of the company.
     *
     * @param emails the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder emails(List<Email> emails) {
      this.emails = ImmutableList.copyOf(emails);
      this.emailsAdded = null;
      this.set0 |= 0x8000000L;
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
        this.set0 &= ~0x8000000L;
      } else {
        this.set0 |= 0x8000000L;
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
      this.set0 |= 0x8000000L;
      return this;
    }

    /**
     * The row type of a company record.
     *
     * @param rowType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder rowType(RowType rowType) {
      this.rowType = rowType;
      this.set0 |= 0x10000000L;
      return this;
    }

    /**
     * Sets <code>row_type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder rowTypeField(JsonField<RowType> field) {
      Objects.requireNonNull(field, "rowTypeField: field must not be null");
      this.rowType = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000000L;
      } else {
        this.set0 |= 0x10000000L;
      }
      return this;
    }

    /**
     * Custom fields of the company.
     *
     * @param customFields the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customFields(List<CustomField> customFields) {
      this.customFields = ImmutableList.copyOf(customFields);
      this.customFieldsAdded = null;
      this.set0 |= 0x20000000L;
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
        this.set0 &= ~0x20000000L;
      } else {
        this.set0 |= 0x20000000L;
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
      this.set0 |= 0x20000000L;
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
      this.set0 |= 0x40000000L;
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
        this.set0 &= ~0x40000000L;
      } else {
        this.set0 |= 0x40000000L;
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
      this.set0 |= 0x40000000L;
      return this;
    }

    /**
     * Whether the company is read-only or not.
     *
     * @param readOnly the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder readOnly(Boolean readOnly) {
      this.readOnly = readOnly;
      this.set0 |= 0x80000000L;
      return this;
    }

    /**
     * Sets <code>read_only</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder readOnlyField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "readOnlyField: field must not be null");
      this.readOnly = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80000000L;
      } else {
        this.set0 |= 0x80000000L;
      }
      return this;
    }

    /**
     * Last activity date.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param lastActivityAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastActivityAt(OffsetDateTime lastActivityAt) {
      this.lastActivityAt = lastActivityAt;
      this.set0 |= 0x100000000L;
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
        this.set0 &= ~0x100000000L;
      } else {
        this.set0 |= 0x100000000L;
      }
      return this;
    }

    /**
     * Whether the company is deleted or not.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param deleted the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder deleted(Boolean deleted) {
      this.deleted = deleted;
      this.set0 |= 0x200000000L;
      return this;
    }

    /**
     * Sets <code>deleted</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder deletedField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "deletedField: field must not be null");
      this.deleted = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200000000L;
      } else {
        this.set0 |= 0x200000000L;
      }
      return this;
    }

    /**
     * A formal salutation for the person. For example, 'Mr', 'Mrs'.
     *
     * @param salutation the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder salutation(String salutation) {
      this.salutation = salutation;
      this.set0 |= 0x400000000L;
      return this;
    }

    /**
     * Sets <code>salutation</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder salutationField(JsonField<String> field) {
      Objects.requireNonNull(field, "salutationField: field must not be null");
      this.salutation = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400000000L;
      } else {
        this.set0 |= 0x400000000L;
      }
      return this;
    }

    /**
     * The date of birth of the person.
     *
     * @param birthday the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder birthday(LocalDate birthday) {
      this.birthday = birthday;
      this.set0 |= 0x800000000L;
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
     * The user who last updated the company.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedBy(String updatedBy) {
      this.updatedBy = updatedBy;
      this.set0 |= 0x2000000000L;
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
        this.set0 &= ~0x2000000000L;
      } else {
        this.set0 |= 0x2000000000L;
      }
      return this;
    }

    /**
     * The user who created the company.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdBy(String createdBy) {
      this.createdBy = createdBy;
      this.set0 |= 0x4000000000L;
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
        this.set0 &= ~0x4000000000L;
      } else {
        this.set0 |= 0x4000000000L;
      }
      return this;
    }

    /**
     * The date and time when the company was last updated.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = updatedAt;
      this.set0 |= 0x8000000000L;
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
        this.set0 &= ~0x8000000000L;
      } else {
        this.set0 |= 0x8000000000L;
      }
      return this;
    }

    /**
     * The date and time when the company was created.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = createdAt;
      this.set0 |= 0x10000000000L;
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
        this.set0 &= ~0x10000000000L;
      } else {
        this.set0 |= 0x10000000000L;
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
    public Company build() {
      return new Company(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Company}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_INTERACTION_COUNT = new SerializedString("interaction_count");

    private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

    private static final SerializedString F_IMAGE = new SerializedString("image");

    private static final SerializedString F_DESCRIPTION = new SerializedString("description");

    private static final SerializedString F_VAT_NUMBER = new SerializedString("vat_number");

    private static final SerializedString F_CURRENCY = new SerializedString("currency");

    private static final SerializedString F_STATUS = new SerializedString("status");

    private static final SerializedString F_FAX = new SerializedString("fax");

    private static final SerializedString F_ANNUAL_REVENUE = new SerializedString("annual_revenue");

    private static final SerializedString F_NUMBER_OF_EMPLOYEES = new SerializedString("number_of_employees");

    private static final SerializedString F_INDUSTRY = new SerializedString("industry");

    private static final SerializedString F_OWNERSHIP = new SerializedString("ownership");

    private static final SerializedString F_SALES_TAX_NUMBER = new SerializedString("sales_tax_number");

    private static final SerializedString F_PAYEE_NUMBER = new SerializedString("payee_number");

    private static final SerializedString F_ABN_OR_TFN = new SerializedString("abn_or_tfn");

    private static final SerializedString F_ABN_BRANCH = new SerializedString("abn_branch");

    private static final SerializedString F_ACN = new SerializedString("acn");

    private static final SerializedString F_FIRST_NAME = new SerializedString("first_name");

    private static final SerializedString F_LAST_NAME = new SerializedString("last_name");

    private static final SerializedString F_PARENT_ID = new SerializedString("parent_id");

    private static final SerializedString F_BANK_ACCOUNTS = new SerializedString("bank_accounts");

    private static final SerializedString F_WEBSITES = new SerializedString("websites");

    private static final SerializedString F_ADDRESSES = new SerializedString("addresses");

    private static final SerializedString F_SOCIAL_LINKS = new SerializedString("social_links");

    private static final SerializedString F_PHONE_NUMBERS = new SerializedString("phone_numbers");

    private static final SerializedString F_EMAILS = new SerializedString("emails");

    private static final SerializedString F_ROW_TYPE = new SerializedString("row_type");

    private static final SerializedString F_CUSTOM_FIELDS = new SerializedString("custom_fields");

    private static final SerializedString F_TAGS = new SerializedString("tags");

    private static final SerializedString F_READ_ONLY = new SerializedString("read_only");

    private static final SerializedString F_LAST_ACTIVITY_AT = new SerializedString("last_activity_at");

    private static final SerializedString F_DELETED = new SerializedString("deleted");

    private static final SerializedString F_SALUTATION = new SerializedString("salutation");

    private static final SerializedString F_BIRTHDAY = new SerializedString("birthday");

    private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

    private static final SerializedString F_UPDATED_BY = new SerializedString("updated_by");

    private static final SerializedString F_CREATED_BY = new SerializedString("created_by");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private Codec() {
    }

    /**
     * Reads one {@link Company} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Company read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Company.class);
      Company.Builder b = Company.builder();
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
            case "interaction_count":
              b.interactionCount = Codecs.readLong(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "owner_id":
              b.ownerId = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "image":
              b.image = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "description":
              b.description = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "vat_number":
              b.vatNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "currency":
              b.currency = Currency.Codec.read(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "status":
              b.status = Codecs.readString(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "fax":
              b.fax = Codecs.readString(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "annual_revenue":
              b.annualRevenue = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "number_of_employees":
              b.numberOfEmployees = Codecs.readString(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "industry":
              b.industry = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            case "ownership":
              b.ownership = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000L;
              break;
            case "sales_tax_number":
              b.salesTaxNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000L;
              break;
            case "payee_number":
              b.payeeNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x8000L;
              break;
            case "abn_or_tfn":
              b.abnOrTfn = Codecs.readString(p, ctxt);
              b.set0 |= 0x10000L;
              break;
            case "abn_branch":
              b.abnBranch = Codecs.readString(p, ctxt);
              b.set0 |= 0x20000L;
              break;
            case "acn":
              b.acn = Codecs.readString(p, ctxt);
              b.set0 |= 0x40000L;
              break;
            case "first_name":
              b.firstName = Codecs.readString(p, ctxt);
              b.set0 |= 0x80000L;
              break;
            case "last_name":
              b.lastName = Codecs.readString(p, ctxt);
              b.set0 |= 0x100000L;
              break;
            case "parent_id":
              b.parentId = Codecs.readString(p, ctxt);
              b.set0 |= 0x200000L;
              break;
            case "bank_accounts":
              b.bankAccounts = Codecs.readList(p, ctxt, BankAccount.Codec::read);
              b.set0 |= 0x400000L;
              break;
            case "websites":
              b.websites = Codecs.readList(p, ctxt, Website.Codec::read);
              b.set0 |= 0x800000L;
              break;
            case "addresses":
              b.addresses = Codecs.readList(p, ctxt, Address.Codec::read);
              b.set0 |= 0x1000000L;
              break;
            case "social_links":
              b.socialLinks = Codecs.readList(p, ctxt, SocialLink.Codec::read);
              b.set0 |= 0x2000000L;
              break;
            case "phone_numbers":
              b.phoneNumbers = Codecs.readList(p, ctxt, PhoneNumber.Codec::read);
              b.set0 |= 0x4000000L;
              break;
            case "emails":
              b.emails = Codecs.readList(p, ctxt, Email.Codec::read);
              b.set0 |= 0x8000000L;
              break;
            case "row_type":
              b.rowType = RowType.Codec.read(p, ctxt);
              b.set0 |= 0x10000000L;
              break;
            case "custom_fields":
              b.customFields = Codecs.readList(p, ctxt, CustomField.Codec::read);
              b.set0 |= 0x20000000L;
              break;
            case "tags":
              b.tags = Codecs.readList(p, ctxt, Codecs::readString);
              b.set0 |= 0x40000000L;
              break;
            case "read_only":
              b.readOnly = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x80000000L;
              break;
            case "last_activity_at":
              b.lastActivityAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x100000000L;
              break;
            case "deleted":
              b.deleted = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x200000000L;
              break;
            case "salutation":
              b.salutation = Codecs.readString(p, ctxt);
              b.set0 |= 0x400000000L;
              break;
            case "birthday":
              b.birthday = Codecs.readLocalDate(p, ctxt);
              b.set0 |= 0x800000000L;
              break;
            case "custom_mappings":
              b.customMappings = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x1000000000L;
              break;
            case "updated_by":
              b.updatedBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000000000L;
              break;
            case "created_by":
              b.createdBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000000000L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x8000000000L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x10000000000L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Company.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Company}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Company value) throws
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
      if (!requestBody && (value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_INTERACTION_COUNT);
        Codecs.writeLong(g, provider, value.interactionCount);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_OWNER_ID);
        Codecs.writeString(g, provider, value.ownerId);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_IMAGE);
        Codecs.writeString(g, provider, value.image);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_DESCRIPTION);
        Codecs.writeString(g, provider, value.description);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_VAT_NUMBER);
        Codecs.writeString(g, provider, value.vatNumber);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_CURRENCY);
        Currency.Codec.write(g, provider, value.currency);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_STATUS);
        Codecs.writeString(g, provider, value.status);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_FAX);
        Codecs.writeString(g, provider, value.fax);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_ANNUAL_REVENUE);
        Codecs.writeString(g, provider, value.annualRevenue);
      }
      if ((value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_NUMBER_OF_EMPLOYEES);
        Codecs.writeString(g, provider, value.numberOfEmployees);
      }
      if ((value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_INDUSTRY);
        Codecs.writeString(g, provider, value.industry);
      }
      if ((value.set0 & 0x2000L) != 0) {
        g.writeFieldName(F_OWNERSHIP);
        Codecs.writeString(g, provider, value.ownership);
      }
      if ((value.set0 & 0x4000L) != 0) {
        g.writeFieldName(F_SALES_TAX_NUMBER);
        Codecs.writeString(g, provider, value.salesTaxNumber);
      }
      if ((value.set0 & 0x8000L) != 0) {
        g.writeFieldName(F_PAYEE_NUMBER);
        Codecs.writeString(g, provider, value.payeeNumber);
      }
      if ((value.set0 & 0x10000L) != 0) {
        g.writeFieldName(F_ABN_OR_TFN);
        Codecs.writeString(g, provider, value.abnOrTfn);
      }
      if ((value.set0 & 0x20000L) != 0) {
        g.writeFieldName(F_ABN_BRANCH);
        Codecs.writeString(g, provider, value.abnBranch);
      }
      if ((value.set0 & 0x40000L) != 0) {
        g.writeFieldName(F_ACN);
        Codecs.writeString(g, provider, value.acn);
      }
      if ((value.set0 & 0x80000L) != 0) {
        g.writeFieldName(F_FIRST_NAME);
        Codecs.writeString(g, provider, value.firstName);
      }
      if ((value.set0 & 0x100000L) != 0) {
        g.writeFieldName(F_LAST_NAME);
        Codecs.writeString(g, provider, value.lastName);
      }
      if (!requestBody && (value.set0 & 0x200000L) != 0) {
        g.writeFieldName(F_PARENT_ID);
        Codecs.writeString(g, provider, value.parentId);
      }
      if ((value.set0 & 0x400000L) != 0) {
        g.writeFieldName(F_BANK_ACCOUNTS);
        Codecs.writeList(g, provider, value.bankAccounts, BankAccount.Codec::write);
      }
      if ((value.set0 & 0x800000L) != 0) {
        g.writeFieldName(F_WEBSITES);
        Codecs.writeList(g, provider, value.websites, Website.Codec::write);
      }
      if ((value.set0 & 0x1000000L) != 0) {
        g.writeFieldName(F_ADDRESSES);
        Codecs.writeList(g, provider, value.addresses, Address.Codec::write);
      }
      if ((value.set0 & 0x2000000L) != 0) {
        g.writeFieldName(F_SOCIAL_LINKS);
        Codecs.writeList(g, provider, value.socialLinks, SocialLink.Codec::write);
      }
      if ((value.set0 & 0x4000000L) != 0) {
        g.writeFieldName(F_PHONE_NUMBERS);
        Codecs.writeList(g, provider, value.phoneNumbers, PhoneNumber.Codec::write);
      }
      if ((value.set0 & 0x8000000L) != 0) {
        g.writeFieldName(F_EMAILS);
        Codecs.writeList(g, provider, value.emails, Email.Codec::write);
      }
      if ((value.set0 & 0x10000000L) != 0) {
        g.writeFieldName(F_ROW_TYPE);
        RowType.Codec.write(g, provider, value.rowType);
      }
      if ((value.set0 & 0x20000000L) != 0) {
        g.writeFieldName(F_CUSTOM_FIELDS);
        Codecs.writeList(g, provider, value.customFields, CustomField.Codec::write);
      }
      if ((value.set0 & 0x40000000L) != 0) {
        g.writeFieldName(F_TAGS);
        Codecs.writeList(g, provider, value.tags, Codecs::writeString);
      }
      if ((value.set0 & 0x80000000L) != 0) {
        g.writeFieldName(F_READ_ONLY);
        Codecs.writeBoolean(g, provider, value.readOnly);
      }
      if (!requestBody && (value.set0 & 0x100000000L) != 0) {
        g.writeFieldName(F_LAST_ACTIVITY_AT);
        Codecs.writeOffsetDateTime(g, provider, value.lastActivityAt);
      }
      if (!requestBody && (value.set0 & 0x200000000L) != 0) {
        g.writeFieldName(F_DELETED);
        Codecs.writeBoolean(g, provider, value.deleted);
      }
      if ((value.set0 & 0x400000000L) != 0) {
        g.writeFieldName(F_SALUTATION);
        Codecs.writeString(g, provider, value.salutation);
      }
      if ((value.set0 & 0x800000000L) != 0) {
        g.writeFieldName(F_BIRTHDAY);
        Codecs.writeLocalDate(g, provider, value.birthday);
      }
      if (!requestBody && (value.set0 & 0x1000000000L) != 0) {
        g.writeFieldName(F_CUSTOM_MAPPINGS);
        Codecs.writeMap(g, provider, value.customMappings, Codecs::writeJsonValue);
      }
      if (!requestBody && (value.set0 & 0x2000000000L) != 0) {
        g.writeFieldName(F_UPDATED_BY);
        Codecs.writeString(g, provider, value.updatedBy);
      }
      if (!requestBody && (value.set0 & 0x4000000000L) != 0) {
        g.writeFieldName(F_CREATED_BY);
        Codecs.writeString(g, provider, value.createdBy);
      }
      if (!requestBody && (value.set0 & 0x8000000000L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      if (!requestBody && (value.set0 & 0x10000000000L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Company}.
     */
    public static final class Deserializer extends StdDeserializer<Company> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Company.class);
      }

      @Override
      public Company deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Company}.
     */
    public static final class Serializer extends StdSerializer<Company> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Company.class);
      }

      @Override
      public void serialize(Company value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
