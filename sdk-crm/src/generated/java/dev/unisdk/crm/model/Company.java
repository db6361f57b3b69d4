// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.crm.model.internal.CompanyCodec;
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
    using = CompanyCodec.Serializer.class
)
@JsonDeserialize(
    using = CompanyCodec.Deserializer.class
)
public final class Company {
  private final JsonField<String> id;

  private final JsonField<String> name;

  private final JsonField<Long> interactionCount;

  private final JsonField<String> ownerId;

  private final JsonField<String> image;

  private final JsonField<String> description;

  private final JsonField<String> vatNumber;

  private final JsonField<Currency> currency;

  private final JsonField<String> status;

  private final JsonField<String> fax;

  private final JsonField<String> annualRevenue;

  private final JsonField<String> numberOfEmployees;

  private final JsonField<String> industry;

  private final JsonField<String> ownership;

  private final JsonField<String> salesTaxNumber;

  private final JsonField<String> payeeNumber;

  private final JsonField<String> abnOrTfn;

  private final JsonField<String> abnBranch;

  private final JsonField<String> acn;

  private final JsonField<String> firstName;

  private final JsonField<String> lastName;

  private final JsonField<String> parentId;

  private final JsonField<List<BankAccount>> bankAccounts;

  private final JsonField<List<Website>> websites;

  private final JsonField<List<Address>> addresses;

  private final JsonField<List<SocialLink>> socialLinks;

  private final JsonField<List<PhoneNumber>> phoneNumbers;

  private final JsonField<List<Email>> emails;

  private final JsonField<RowType> rowType;

  private final JsonField<List<CustomField>> customFields;

  private final JsonField<List<String>> tags;

  private final JsonField<Boolean> readOnly;

  private final JsonField<OffsetDateTime> lastActivityAt;

  private final JsonField<Boolean> deleted;

  private final JsonField<String> salutation;

  private final JsonField<LocalDate> birthday;

  private final JsonField<Map<String, JsonValue>> customMappings;

  private final JsonField<String> updatedBy;

  private final JsonField<String> createdBy;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

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
    this.bankAccounts = b.bankAccountsAdded == null ? b.bankAccounts : JsonField.of(ImmutableList.copyOf(b.bankAccountsAdded));
    this.websites = b.websitesAdded == null ? b.websites : JsonField.of(ImmutableList.copyOf(b.websitesAdded));
    this.addresses = b.addressesAdded == null ? b.addresses : JsonField.of(ImmutableList.copyOf(b.addressesAdded));
    this.socialLinks = b.socialLinksAdded == null ? b.socialLinks : JsonField.of(ImmutableList.copyOf(b.socialLinksAdded));
    this.phoneNumbers = b.phoneNumbersAdded == null ? b.phoneNumbers : JsonField.of(ImmutableList.copyOf(b.phoneNumbersAdded));
    this.emails = b.emailsAdded == null ? b.emails : JsonField.of(ImmutableList.copyOf(b.emailsAdded));
    this.rowType = b.rowType;
    this.customFields = b.customFieldsAdded == null ? b.customFields : JsonField.of(ImmutableList.copyOf(b.customFieldsAdded));
    this.tags = b.tagsAdded == null ? b.tags : JsonField.of(ImmutableList.copyOf(b.tagsAdded));
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
   * Name of the company.
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
   * Number of interactions.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long interactionCount() {
    return this.interactionCount.value();
  }

  /**
   * The <code>interaction_count</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> interactionCountField() {
    return this.interactionCount;
  }

  /**
   * Owner ID.
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
   * The Image URL of the company.
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
   * A description of the company.
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
   * The VAT number of the company.
   *
   * @return the value, or null when missing or null
   */
  public String vatNumber() {
    return this.vatNumber.value();
  }

  /**
   * The <code>vat_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> vatNumberField() {
    return this.vatNumber;
  }

  /**
   * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
   *
   * @return the value, or null when missing or null
   */
  public Currency currency() {
    return this.currency.value();
  }

  /**
   * The <code>currency</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Currency> currencyField() {
    return this.currency;
  }

  /**
   * The status of the company.
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
   * The fax number of the company.
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
   * The annual revenue of the company.
   *
   * @return the value, or null when missing or null
   */
  public String annualRevenue() {
    return this.annualRevenue.value();
  }

  /**
   * The <code>annual_revenue</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> annualRevenueField() {
    return this.annualRevenue;
  }

  /**
   * Number of employees.
   *
   * @return the value, or null when missing or null
   */
  public String numberOfEmployees() {
    return this.numberOfEmployees.value();
  }

  /**
   * The <code>number_of_employees</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> numberOfEmployeesField() {
    return this.numberOfEmployees;
  }

  /**
   * The industry represents the type of business the company is in.
   *
   * @return the value, or null when missing or null
   */
  public String industry() {
    return this.industry.value();
  }

  /**
   * The <code>industry</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> industryField() {
    return this.industry;
  }

  /**
   * The ownership indicates the type of ownership of the company.
   *
   * @return the value, or null when missing or null
   */
  public String ownership() {
    return this.ownership.value();
  }

  /**
   * The <code>ownership</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownershipField() {
    return this.ownership;
  }

  /**
   * A sales tax number is a unique number that identifies a company for tax purposes.
   *
   * @return the value, or null when missing or null
   */
  public String salesTaxNumber() {
    return this.salesTaxNumber.value();
  }

  /**
   * The <code>sales_tax_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> salesTaxNumberField() {
    return this.salesTaxNumber;
  }

  /**
   * A payee number is a unique number that identifies a payee for tax purposes.
   *
   * @return the value, or null when missing or null
   */
  public String payeeNumber() {
    return this.payeeNumber.value();
  }

  /**
   * The <code>payee_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> payeeNumberField() {
    return this.payeeNumber;
  }

  /**
   * An ABN is necessary for operating a business, while a TFN (Tax File Number) is required for any person working in Australia.
   *
   * @return the value, or null when missing or null
   */
  public String abnOrTfn() {
    return this.abnOrTfn.value();
  }

  /**
   * The <code>abn_or_tfn</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> abnOrTfnField() {
    return this.abnOrTfn;
  }

  /**
   * An ABN Branch (also known as a GST Branch) is used if part of your business needs to account for GST separately from its parent entity.
   *
   * @return the value, or null when missing or null
   */
  public String abnBranch() {
    return this.abnBranch.value();
  }

  /**
   * The <code>abn_branch</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> abnBranchField() {
    return this.abnBranch;
  }

  /**
   * The Australian Company Number (ACN), nine digits printed as XXX XXX XXX.
   *
   * @return the value, or null when missing or null
   */
  public String acn() {
    return this.acn.value();
  }

  /**
   * The <code>acn</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> acnField() {
    return this.acn;
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
   * Parent ID.
   *
   * <p>Read-only: set by the server, never sent in a request body.
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
   * Bank accounts of the company.
   *
   * @return the value, an empty list when missing or null
   */
  public List<BankAccount> bankAccounts() {
    List<BankAccount> v = this.bankAccounts.value();
    return v == null ? Collections.<BankAccount>emptyList() : v;
  }

  /**
   * The <code>bank_accounts</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<BankAccount>> bankAccountsField() {
    return this.bankAccounts;
  }

  /**
   * Websites of the company.
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
   * Addresses of the company.
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
   * Social links of the company.
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
   * Phone numbers of the company.
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
   * Email addresses of the company.
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
   * The row type of a company record.
   *
   * @return the value, or null when missing or null
   */
  public RowType rowType() {
    return this.rowType.value();
  }

  /**
   * The <code>row_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<RowType> rowTypeField() {
    return this.rowType;
  }

  /**
   * Custom fields of the company.
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
   * Whether the company is read-only or not.
   *
   * @return the value, or null when missing or null
   */
  public Boolean readOnly() {
    return this.readOnly.value();
  }

  /**
   * The <code>read_only</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> readOnlyField() {
    return this.readOnly;
  }

  /**
   * Last activity date.
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
   * Whether the company is deleted or not.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Boolean deleted() {
    return this.deleted.value();
  }

  /**
   * The <code>deleted</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> deletedField() {
    return this.deleted;
  }

  /**
   * A formal salutation for the person. For example, 'Mr', 'Mrs'.
   *
   * @return the value, or null when missing or null
   */
  public String salutation() {
    return this.salutation.value();
  }

  /**
   * The <code>salutation</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> salutationField() {
    return this.salutation;
  }

  /**
   * The date of birth of the person.
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
   * The user who last updated the company.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return this.updatedBy.value();
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return this.updatedBy;
  }

  /**
   * The user who created the company.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return this.createdBy.value();
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return this.createdBy;
  }

  /**
   * The date and time when the company was last updated.
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
   * The date and time when the company was created.
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
    if (!(o instanceof Company)) {
      return false;
    }
    Company other = (Company) o;
    return this.id.equals(other.id)
        && this.name.equals(other.name)
        && this.interactionCount.equals(other.interactionCount)
        && this.ownerId.equals(other.ownerId)
        && this.image.equals(other.image)
        && this.description.equals(other.description)
        && this.vatNumber.equals(other.vatNumber)
        && this.currency.equals(other.currency)
        && this.status.equals(other.status)
        && this.fax.equals(other.fax)
        && this.annualRevenue.equals(other.annualRevenue)
        && this.numberOfEmployees.equals(other.numberOfEmployees)
        && this.industry.equals(other.industry)
        && this.ownership.equals(other.ownership)
        && this.salesTaxNumber.equals(other.salesTaxNumber)
        && this.payeeNumber.equals(other.payeeNumber)
        && this.abnOrTfn.equals(other.abnOrTfn)
        && this.abnBranch.equals(other.abnBranch)
        && this.acn.equals(other.acn)
        && this.firstName.equals(other.firstName)
        && this.lastName.equals(other.lastName)
        && this.parentId.equals(other.parentId)
        && this.bankAccounts.equals(other.bankAccounts)
        && this.websites.equals(other.websites)
        && this.addresses.equals(other.addresses)
        && this.socialLinks.equals(other.socialLinks)
        && this.phoneNumbers.equals(other.phoneNumbers)
        && this.emails.equals(other.emails)
        && this.rowType.equals(other.rowType)
        && this.customFields.equals(other.customFields)
        && this.tags.equals(other.tags)
        && this.readOnly.equals(other.readOnly)
        && this.lastActivityAt.equals(other.lastActivityAt)
        && this.deleted.equals(other.deleted)
        && this.salutation.equals(other.salutation)
        && this.birthday.equals(other.birthday)
        && this.customMappings.equals(other.customMappings)
        && this.updatedBy.equals(other.updatedBy)
        && this.createdBy.equals(other.createdBy)
        && this.updatedAt.equals(other.updatedAt)
        && this.createdAt.equals(other.createdAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.interactionCount.hashCode();
    h = 31 * h + this.ownerId.hashCode();
    h = 31 * h + this.image.hashCode();
    h = 31 * h + this.description.hashCode();
    h = 31 * h + this.vatNumber.hashCode();
    h = 31 * h + this.currency.hashCode();
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.fax.hashCode();
    h = 31 * h + this.annualRevenue.hashCode();
    h = 31 * h + this.numberOfEmployees.hashCode();
    h = 31 * h + this.industry.hashCode();
    h = 31 * h + this.ownership.hashCode();
    h = 31 * h + this.salesTaxNumber.hashCode();
    h = 31 * h + this.payeeNumber.hashCode();
    h = 31 * h + this.abnOrTfn.hashCode();
    h = 31 * h + this.abnBranch.hashCode();
    h = 31 * h + this.acn.hashCode();
    h = 31 * h + this.firstName.hashCode();
    h = 31 * h + this.lastName.hashCode();
    h = 31 * h + this.parentId.hashCode();
    h = 31 * h + this.bankAccounts.hashCode();
    h = 31 * h + this.websites.hashCode();
    h = 31 * h + this.addresses.hashCode();
    h = 31 * h + this.socialLinks.hashCode();
    h = 31 * h + this.phoneNumbers.hashCode();
    h = 31 * h + this.emails.hashCode();
    h = 31 * h + this.rowType.hashCode();
    h = 31 * h + this.customFields.hashCode();
    h = 31 * h + this.tags.hashCode();
    h = 31 * h + this.readOnly.hashCode();
    h = 31 * h + this.lastActivityAt.hashCode();
    h = 31 * h + this.deleted.hashCode();
    h = 31 * h + this.salutation.hashCode();
    h = 31 * h + this.birthday.hashCode();
    h = 31 * h + this.customMappings.hashCode();
    h = 31 * h + this.updatedBy.hashCode();
    h = 31 * h + this.createdBy.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Company{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.interactionCount.isMissing()) {
      sb.append(sep).append("interactionCount=").append(this.interactionCount);
      sep = ", ";
    }
    if (!this.ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if (!this.image.isMissing()) {
      sb.append(sep).append("image=").append(this.image);
      sep = ", ";
    }
    if (!this.description.isMissing()) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if (!this.vatNumber.isMissing()) {
      sb.append(sep).append("vatNumber=").append(this.vatNumber);
      sep = ", ";
    }
    if (!this.currency.isMissing()) {
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.fax.isMissing()) {
      sb.append(sep).append("fax=").append(this.fax);
      sep = ", ";
    }
    if (!this.annualRevenue.isMissing()) {
      sb.append(sep).append("annualRevenue=").append(this.annualRevenue);
      sep = ", ";
    }
    if (!this.numberOfEmployees.isMissing()) {
      sb.append(sep).append("numberOfEmployees=").append(this.numberOfEmployees);
      sep = ", ";
    }
    if (!this.industry.isMissing()) {
      sb.append(sep).append("industry=").append(this.industry);
      sep = ", ";
    }
    if (!this.ownership.isMissing()) {
      sb.append(sep).append("ownership=").append(this.ownership);
      sep = ", ";
    }
    if (!this.salesTaxNumber.isMissing()) {
      sb.append(sep).append("salesTaxNumber=").append(this.salesTaxNumber);
      sep = ", ";
    }
    if (!this.payeeNumber.isMissing()) {
      sb.append(sep).append("payeeNumber=").append(this.payeeNumber);
      sep = ", ";
    }
    if (!this.abnOrTfn.isMissing()) {
      sb.append(sep).append("abnOrTfn=").append(this.abnOrTfn);
      sep = ", ";
    }
    if (!this.abnBranch.isMissing()) {
      sb.append(sep).append("abnBranch=").append(this.abnBranch);
      sep = ", ";
    }
    if (!this.acn.isMissing()) {
      sb.append(sep).append("acn=").append(this.acn);
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
    if (!this.parentId.isMissing()) {
      sb.append(sep).append("parentId=").append(this.parentId);
      sep = ", ";
    }
    if (!this.bankAccounts.isMissing()) {
      sb.append(sep).append("bankAccounts=").append(this.bankAccounts);
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
    if (!this.rowType.isMissing()) {
      sb.append(sep).append("rowType=").append(this.rowType);
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
    if (!this.readOnly.isMissing()) {
      sb.append(sep).append("readOnly=").append(this.readOnly);
      sep = ", ";
    }
    if (!this.lastActivityAt.isMissing()) {
      sb.append(sep).append("lastActivityAt=").append(this.lastActivityAt);
      sep = ", ";
    }
    if (!this.deleted.isMissing()) {
      sb.append(sep).append("deleted=").append(this.deleted);
      sep = ", ";
    }
    if (!this.salutation.isMissing()) {
      sb.append(sep).append("salutation=").append(this.salutation);
      sep = ", ";
    }
    if (!this.birthday.isMissing()) {
      sb.append(sep).append("birthday=").append(this.birthday);
      sep = ", ";
    }
    if (!this.customMappings.isMissing()) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if (!this.updatedBy.isMissing()) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if (!this.createdBy.isMissing()) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
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
   * Builds {@link Company}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> name = JsonField.missing();

    private JsonField<Long> interactionCount = JsonField.missing();

    private JsonField<String> ownerId = JsonField.missing();

    private JsonField<String> image = JsonField.missing();

    private JsonField<String> description = JsonField.missing();

    private JsonField<String> vatNumber = JsonField.missing();

    private JsonField<Currency> currency = JsonField.missing();

    private JsonField<String> status = JsonField.missing();

    private JsonField<String> fax = JsonField.missing();

    private JsonField<String> annualRevenue = JsonField.missing();

    private JsonField<String> numberOfEmployees = JsonField.missing();

    private JsonField<String> industry = JsonField.missing();

    private JsonField<String> ownership = JsonField.missing();

    private JsonField<String> salesTaxNumber = JsonField.missing();

    private JsonField<String> payeeNumber = JsonField.missing();

    private JsonField<String> abnOrTfn = JsonField.missing();

    private JsonField<String> abnBranch = JsonField.missing();

    private JsonField<String> acn = JsonField.missing();

    private JsonField<String> firstName = JsonField.missing();

    private JsonField<String> lastName = JsonField.missing();

    private JsonField<String> parentId = JsonField.missing();

    private JsonField<List<BankAccount>> bankAccounts = JsonField.missing();

    private ArrayList<BankAccount> bankAccountsAdded;

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

    private JsonField<RowType> rowType = JsonField.missing();

    private JsonField<List<CustomField>> customFields = JsonField.missing();

    private ArrayList<CustomField> customFieldsAdded;

    private JsonField<List<String>> tags = JsonField.missing();

    private ArrayList<String> tagsAdded;

    private JsonField<Boolean> readOnly = JsonField.missing();

    private JsonField<OffsetDateTime> lastActivityAt = JsonField.missing();

    private JsonField<Boolean> deleted = JsonField.missing();

    private JsonField<String> salutation = JsonField.missing();

    private JsonField<LocalDate> birthday = JsonField.missing();

    private JsonField<Map<String, JsonValue>> customMappings = JsonField.missing();

    private JsonField<String> updatedBy = JsonField.missing();

    private JsonField<String> createdBy = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

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
      this.id = JsonField.of(id);
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
      this.name = JsonField.of(name);
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
      this.interactionCount = JsonField.of(interactionCount);
      return this;
    }

    /**
     * Owner ID.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = JsonField.of(ownerId);
      return this;
    }

    /**
     * The Image URL of the company.
     *
     * @param image the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder image(String image) {
      this.image = JsonField.of(image);
      return this;
    }

    /**
     * A description of the company.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = JsonField.of(description);
      return this;
    }

    /**
     * The VAT number of the company.
     *
     * @param vatNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder vatNumber(String vatNumber) {
      this.vatNumber = JsonField.of(vatNumber);
      return this;
    }

    /**
     * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
     *
     * @param currency the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = JsonField.of(currency);
      return this;
    }

    /**
     * The status of the company.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = JsonField.of(status);
      return this;
    }

    /**
     * The fax number of the company.
     *
     * @param fax the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder fax(String fax) {
      this.fax = JsonField.of(fax);
      return this;
    }

    /**
     * The annual revenue of the company.
     *
     * @param annualRevenue the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder annualRevenue(String annualRevenue) {
      this.annualRevenue = JsonField.of(annualRevenue);
      return this;
    }

    /**
     * Number of employees.
     *
     * @param numberOfEmployees the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder numberOfEmployees(String numberOfEmployees) {
      this.numberOfEmployees = JsonField.of(numberOfEmployees);
      return this;
    }

    /**
     * The industry represents the type of business the company is in.
     *
     * @param industry the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder industry(String industry) {
      this.industry = JsonField.of(industry);
      return this;
    }

    /**
     * The ownership indicates the type of ownership of the company.
     *
     * @param ownership the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownership(String ownership) {
      this.ownership = JsonField.of(ownership);
      return this;
    }

    /**
     * A sales tax number is a unique number that identifies a company for tax purposes.
     *
     * @param salesTaxNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder salesTaxNumber(String salesTaxNumber) {
      this.salesTaxNumber = JsonField.of(salesTaxNumber);
      return this;
    }

    /**
     * A payee number is a unique number that identifies a payee for tax purposes.
     *
     * @param payeeNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder payeeNumber(String payeeNumber) {
      this.payeeNumber = JsonField.of(payeeNumber);
      return this;
    }

    /**
     * An ABN is necessary for operating a business, while a TFN (Tax File Number) is required for any person working in Australia.
     *
     * @param abnOrTfn the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder abnOrTfn(String abnOrTfn) {
      this.abnOrTfn = JsonField.of(abnOrTfn);
      return this;
    }

    /**
     * An ABN Branch (also known as a GST Branch) is used if part of your business needs to account for GST separately from its parent entity.
     *
     * @param abnBranch the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder abnBranch(String abnBranch) {
      this.abnBranch = JsonField.of(abnBranch);
      return this;
    }

    /**
     * The Australian Company Number (ACN), nine digits printed as XXX XXX XXX.
     *
     * @param acn the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder acn(String acn) {
      this.acn = JsonField.of(acn);
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
     * Parent ID.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param parentId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder parentId(String parentId) {
      this.parentId = JsonField.of(parentId);
      return this;
    }

    /**
     * Bank accounts of the company.
     *
     * @param bankAccounts the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bankAccounts(List<BankAccount> bankAccounts) {
      this.bankAccounts = JsonField.of(ImmutableList.copyOf(bankAccounts));
      this.bankAccountsAdded = null;
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
        List<BankAccount> current = this.bankAccounts.value();
        this.bankAccountsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.bankAccountsAdded.add(item);
      return this;
    }

    /**
     * Websites of the company.
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
     * Addresses of the company.
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
     * Social links of the company.
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
     * Phone numbers of the company.
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
     * Email addresses of the company.
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
     * The row type of a company record.
     *
     * @param rowType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder rowType(RowType rowType) {
      this.rowType = JsonField.of(rowType);
      return this;
    }

    /**
     * Custom fields of the company.
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
     * Whether the company is read-only or not.
     *
     * @param readOnly the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder readOnly(Boolean readOnly) {
      this.readOnly = JsonField.of(readOnly);
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
      this.lastActivityAt = JsonField.of(lastActivityAt);
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
      this.deleted = JsonField.of(deleted);
      return this;
    }

    /**
     * A formal salutation for the person. For example, 'Mr', 'Mrs'.
     *
     * @param salutation the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder salutation(String salutation) {
      this.salutation = JsonField.of(salutation);
      return this;
    }

    /**
     * The date of birth of the person.
     *
     * @param birthday the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder birthday(LocalDate birthday) {
      this.birthday = JsonField.of(birthday);
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
     * The user who last updated the company.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedBy(String updatedBy) {
      this.updatedBy = JsonField.of(updatedBy);
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
      this.createdBy = JsonField.of(createdBy);
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
      this.updatedAt = JsonField.of(updatedAt);
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
    public Company build() {
      return new Company(this);
    }
  }
}
