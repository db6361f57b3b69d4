// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.crm.model.internal.LeadCodec;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A CRM lead.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = LeadCodec.Serializer.class
)
@JsonDeserialize(
    using = LeadCodec.Deserializer.class
)
public final class Lead {
  private final JsonField<String> id;

  private final JsonField<String> name;

  private final JsonField<String> companyName;

  private final JsonField<String> ownerId;

  private final JsonField<String> companyId;

  private final JsonField<String> leadId;

  private final JsonField<String> leadSource;

  private final JsonField<String> firstName;

  private final JsonField<String> lastName;

  private final JsonField<String> description;

  private final JsonField<String> prefix;

  private final JsonField<String> title;

  private final JsonField<String> language;

  private final JsonField<String> status;

  private final JsonField<BigDecimal> monetaryAmount;

  private final JsonField<Currency> currency;

  private final JsonField<String> fax;

  private final JsonField<List<Website>> websites;

  private final JsonField<List<Address>> addresses;

  private final JsonField<List<SocialLink>> socialLinks;

  private final JsonField<List<PhoneNumber>> phoneNumbers;

  private final JsonField<List<Email>> emails;

  private final JsonField<List<CustomField>> customFields;

  private final JsonField<List<String>> tags;

  private final JsonField<Map<String, JsonValue>> customMappings;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

  private final Map<String, JsonNode> additionalProperties;

  private Lead(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.companyName = b.companyName;
    this.ownerId = b.ownerId;
    this.companyId = b.companyId;
    this.leadId = b.leadId;
    this.leadSource = b.leadSource;
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.description = b.description;
    this.prefix = b.prefix;
    this.title = b.title;
    this.language = b.language;
    this.status = b.status;
    this.monetaryAmount = b.monetaryAmount;
    this.currency = b.currency;
    this.fax = b.fax;
    this.websites = b.websitesAdded == null ? b.websites : JsonField.of(ImmutableList.copyOf(b.websitesAdded));
    this.addresses = b.addressesAdded == null ? b.addresses : JsonField.of(ImmutableList.copyOf(b.addressesAdded));
    this.socialLinks = b.socialLinksAdded == null ? b.socialLinks : JsonField.of(ImmutableList.copyOf(b.socialLinksAdded));
    this.phoneNumbers = b.phoneNumbersAdded == null ? b.phoneNumbers : JsonField.of(ImmutableList.copyOf(b.phoneNumbersAdded));
    this.emails = b.emailsAdded == null ? b.emails : JsonField.of(ImmutableList.copyOf(b.emailsAdded));
    this.customFields = b.customFieldsAdded == null ? b.customFields : JsonField.of(ImmutableList.copyOf(b.customFieldsAdded));
    this.tags = b.tagsAdded == null ? b.tags : JsonField.of(ImmutableList.copyOf(b.tagsAdded));
    this.customMappings = b.customMappings;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the lead.
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
   * Full name of the lead.
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
   * The name of the company the lead is associated with.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
   * The owner of the lead.
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
   * The company the lead is associated with.
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
   * The identifier of the lead.
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
   * The source of the lead.
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
   * The first name of the lead.
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
   * The last name of the lead.
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
   * The description of the lead.
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
   * The prefix of the lead.
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
   * The job title of the lead.
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
   * The status of the lead.
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
   * The monetary amount of the lead.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal monetaryAmount() {
    return this.monetaryAmount.value();
  }

  /**
   * The <code>monetary_amount</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> monetaryAmountField() {
    return this.monetaryAmount;
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
   * The fax number of the lead.
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
   * Websites of the lead.
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
   * Addresses of the lead.
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
   * Social links of the lead.
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
   * Phone numbers of the lead.
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
   * Email addresses of the lead.
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
   * Custom fields of the lead.
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
   * The date and time when the lead was last updated.
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
   * The date and time when the lead was created.
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
    if (!(o instanceof Lead)) {
      return false;
    }
    Lead other = (Lead) o;
    return this.id.equals(other.id)
        && this.name.equals(other.name)
        && this.companyName.equals(other.companyName)
        && this.ownerId.equals(other.ownerId)
        && this.companyId.equals(other.companyId)
        && this.leadId.equals(other.leadId)
        && this.leadSource.equals(other.leadSource)
        && this.firstName.equals(other.firstName)
        && this.lastName.equals(other.lastName)
        && this.description.equals(other.description)
        && this.prefix.equals(other.prefix)
        && this.title.equals(other.title)
        && this.language.equals(other.language)
        && this.status.equals(other.status)
        && this.monetaryAmount.equals(other.monetaryAmount)
        && this.currency.equals(other.currency)
        && this.fax.equals(other.fax)
        && this.websites.equals(other.websites)
        && this.addresses.equals(other.addresses)
        && this.socialLinks.equals(other.socialLinks)
        && this.phoneNumbers.equals(other.phoneNumbers)
        && this.emails.equals(other.emails)
        && this.customFields.equals(other.customFields)
        && this.tags.equals(other.tags)
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
    h = 31 * h + this.companyName.hashCode();
    h = 31 * h + this.ownerId.hashCode();
    h = 31 * h + this.companyId.hashCode();
    h = 31 * h + this.leadId.hashCode();
    h = 31 * h + this.leadSource.hashCode();
    h = 31 * h + this.firstName.hashCode();
    h = 31 * h + this.lastName.hashCode();
    h = 31 * h + this.description.hashCode();
    h = 31 * h + this.prefix.hashCode();
    h = 31 * h + this.title.hashCode();
    h = 31 * h + this.language.hashCode();
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.monetaryAmount.hashCode();
    h = 31 * h + this.currency.hashCode();
    h = 31 * h + this.fax.hashCode();
    h = 31 * h + this.websites.hashCode();
    h = 31 * h + this.addresses.hashCode();
    h = 31 * h + this.socialLinks.hashCode();
    h = 31 * h + this.phoneNumbers.hashCode();
    h = 31 * h + this.emails.hashCode();
    h = 31 * h + this.customFields.hashCode();
    h = 31 * h + this.tags.hashCode();
    h = 31 * h + this.customMappings.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Lead{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.companyName.isMissing()) {
      sb.append(sep).append("companyName=").append(this.companyName);
      sep = ", ";
    }
    if (!this.ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if (!this.companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if (!this.leadId.isMissing()) {
      sb.append(sep).append("leadId=").append(this.leadId);
      sep = ", ";
    }
    if (!this.leadSource.isMissing()) {
      sb.append(sep).append("leadSource=").append(this.leadSource);
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
    if (!this.description.isMissing()) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if (!this.prefix.isMissing()) {
      sb.append(sep).append("prefix=").append(this.prefix);
      sep = ", ";
    }
    if (!this.title.isMissing()) {
      sb.append(sep).append("title=").append(this.title);
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
    if (!this.monetaryAmount.isMissing()) {
      sb.append(sep).append("monetaryAmount=").append(this.monetaryAmount);
      sep = ", ";
    }
    if (!this.currency.isMissing()) {
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if (!this.fax.isMissing()) {
      sb.append(sep).append("fax=").append(this.fax);
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
    if (!this.customFields.isMissing()) {
      sb.append(sep).append("customFields=").append(this.customFields);
      sep = ", ";
    }
    if (!this.tags.isMissing()) {
      sb.append(sep).append("tags=").append(this.tags);
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
   * Builds {@link Lead}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> name = JsonField.missing();

    private JsonField<String> companyName = JsonField.missing();

    private JsonField<String> ownerId = JsonField.missing();

    private JsonField<String> companyId = JsonField.missing();

    private JsonField<String> leadId = JsonField.missing();

    private JsonField<String> leadSource = JsonField.missing();

    private JsonField<String> firstName = JsonField.missing();

    private JsonField<String> lastName = JsonField.missing();

    private JsonField<String> description = JsonField.missing();

    private JsonField<String> prefix = JsonField.missing();

    private JsonField<String> title = JsonField.missing();

    private JsonField<String> language = JsonField.missing();

    private JsonField<String> status = JsonField.missing();

    private JsonField<BigDecimal> monetaryAmount = JsonField.missing();

    private JsonField<Currency> currency = JsonField.missing();

    private JsonField<String> fax = JsonField.missing();

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

    private JsonField<List<CustomField>> customFields = JsonField.missing();

    private ArrayList<CustomField> customFieldsAdded;

    private JsonField<List<String>> tags = JsonField.missing();

    private ArrayList<String> tagsAdded;

    private JsonField<Map<String, JsonValue>> customMappings = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Lead source) {
      this.id = source.id;
      this.name = source.name;
      this.companyName = source.companyName;
      this.ownerId = source.ownerId;
      this.companyId = source.companyId;
      this.leadId = source.leadId;
      this.leadSource = source.leadSource;
      this.firstName = source.firstName;
      this.lastName = source.lastName;
      this.description = source.description;
      this.prefix = source.prefix;
      this.title = source.title;
      this.language = source.language;
      this.status = source.status;
      this.monetaryAmount = source.monetaryAmount;
      this.currency = source.currency;
      this.fax = source.fax;
      this.websites = source.websites;
      this.addresses = source.addresses;
      this.socialLinks = source.socialLinks;
      this.phoneNumbers = source.phoneNumbers;
      this.emails = source.emails;
      this.customFields = source.customFields;
      this.tags = source.tags;
      this.customMappings = source.customMappings;
      this.updatedAt = source.updatedAt;
      this.createdAt = source.createdAt;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Unique identifier for the lead.
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
     * Full name of the lead.
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
     * The name of the company the lead is associated with.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param companyName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyName(String companyName) {
      this.companyName = JsonField.of(companyName);
      return this;
    }

    /**
     * The owner of the lead.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = JsonField.of(ownerId);
      return this;
    }

    /**
     * The company the lead is associated with.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = JsonField.of(companyId);
      return this;
    }

    /**
     * The identifier of the lead.
     *
     * @param leadId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadId(String leadId) {
      this.leadId = JsonField.of(leadId);
      return this;
    }

    /**
     * The source of the lead.
     *
     * @param leadSource the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder leadSource(String leadSource) {
      this.leadSource = JsonField.of(leadSource);
      return this;
    }

    /**
     * The first name of the lead.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = JsonField.of(firstName);
      return this;
    }

    /**
     * The last name of the lead.
     *
     * @param lastName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = JsonField.of(lastName);
      return this;
    }

    /**
     * The description of the lead.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = JsonField.of(description);
      return this;
    }

    /**
     * The prefix of the lead.
     *
     * @param prefix the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder prefix(String prefix) {
      this.prefix = JsonField.of(prefix);
      return this;
    }

    /**
     * The job title of the lead.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = JsonField.of(title);
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
     * The status of the lead.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = JsonField.of(status);
      return this;
    }

    /**
     * The monetary amount of the lead.
     *
     * @param monetaryAmount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder monetaryAmount(BigDecimal monetaryAmount) {
      this.monetaryAmount = JsonField.of(monetaryAmount);
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
     * The fax number of the lead.
     *
     * @param fax the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder fax(String fax) {
      this.fax = JsonField.of(fax);
      return this;
    }

    /**
     * Websites of the lead.
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
     * Addresses of the lead.
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
     * Social links of the lead.
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
     * Phone numbers of the lead.
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
     * Email addresses of the lead.
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
     * Custom fields of the lead.
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
     * The date and time when the lead was last updated.
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
     * The date and time when the lead was created.
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
    public Lead build() {
      return new Lead(this);
    }
  }
}
