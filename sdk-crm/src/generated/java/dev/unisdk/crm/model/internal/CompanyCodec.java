// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.Company;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Company}; not public API.
 */
public final class CompanyCodec {
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

  private CompanyCodec() {
  }

  /**
   * Reads one {@link Company} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Company read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
            b.id(Codecs.readString(p, ctxt));
            break;
          case "name":
            b.name(Codecs.readString(p, ctxt));
            break;
          case "interaction_count":
            b.interactionCount(Codecs.readLong(p, ctxt));
            break;
          case "owner_id":
            b.ownerId(Codecs.readString(p, ctxt));
            break;
          case "image":
            b.image(Codecs.readString(p, ctxt));
            break;
          case "description":
            b.description(Codecs.readString(p, ctxt));
            break;
          case "vat_number":
            b.vatNumber(Codecs.readString(p, ctxt));
            break;
          case "currency":
            b.currency(CurrencyCodec.read(p, ctxt));
            break;
          case "status":
            b.status(Codecs.readString(p, ctxt));
            break;
          case "fax":
            b.fax(Codecs.readString(p, ctxt));
            break;
          case "annual_revenue":
            b.annualRevenue(Codecs.readString(p, ctxt));
            break;
          case "number_of_employees":
            b.numberOfEmployees(Codecs.readString(p, ctxt));
            break;
          case "industry":
            b.industry(Codecs.readString(p, ctxt));
            break;
          case "ownership":
            b.ownership(Codecs.readString(p, ctxt));
            break;
          case "sales_tax_number":
            b.salesTaxNumber(Codecs.readString(p, ctxt));
            break;
          case "payee_number":
            b.payeeNumber(Codecs.readString(p, ctxt));
            break;
          case "abn_or_tfn":
            b.abnOrTfn(Codecs.readString(p, ctxt));
            break;
          case "abn_branch":
            b.abnBranch(Codecs.readString(p, ctxt));
            break;
          case "acn":
            b.acn(Codecs.readString(p, ctxt));
            break;
          case "first_name":
            b.firstName(Codecs.readString(p, ctxt));
            break;
          case "last_name":
            b.lastName(Codecs.readString(p, ctxt));
            break;
          case "parent_id":
            b.parentId(Codecs.readString(p, ctxt));
            break;
          case "bank_accounts":
            b.bankAccounts(Codecs.readList(p, ctxt, BankAccountCodec::read));
            break;
          case "websites":
            b.websites(Codecs.readList(p, ctxt, WebsiteCodec::read));
            break;
          case "addresses":
            b.addresses(Codecs.readList(p, ctxt, AddressCodec::read));
            break;
          case "social_links":
            b.socialLinks(Codecs.readList(p, ctxt, SocialLinkCodec::read));
            break;
          case "phone_numbers":
            b.phoneNumbers(Codecs.readList(p, ctxt, PhoneNumberCodec::read));
            break;
          case "emails":
            b.emails(Codecs.readList(p, ctxt, EmailCodec::read));
            break;
          case "row_type":
            b.rowType(RowTypeCodec.read(p, ctxt));
            break;
          case "custom_fields":
            b.customFields(Codecs.readList(p, ctxt, CustomFieldCodec::read));
            break;
          case "tags":
            b.tags(Codecs.readList(p, ctxt, Codecs::readString));
            break;
          case "read_only":
            b.readOnly(Codecs.readBoolean(p, ctxt));
            break;
          case "last_activity_at":
            b.lastActivityAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "deleted":
            b.deleted(Codecs.readBoolean(p, ctxt));
            break;
          case "salutation":
            b.salutation(Codecs.readString(p, ctxt));
            break;
          case "birthday":
            b.birthday(Codecs.readLocalDate(p, ctxt));
            break;
          case "custom_mappings":
            b.customMappings(Codecs.readMap(p, ctxt, Codecs::readJsonValue));
            break;
          case "updated_by":
            b.updatedBy(Codecs.readString(p, ctxt));
            break;
          case "created_by":
            b.createdBy(Codecs.readString(p, ctxt));
            break;
          case "updated_at":
            b.updatedAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "created_at":
            b.createdAt(Codecs.readOffsetDateTime(p, ctxt));
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
  public static void write(JsonGenerator g, SerializerProvider provider, Company value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    boolean requestBody = Json.isRequestBody(provider);
    g.writeStartObject();
    if (!requestBody && !value.idField().isMissing()) {
      g.writeFieldName(F_ID);
      Codecs.writeString(g, provider, value.idField().value());
    }
    if (!value.nameField().isMissing()) {
      g.writeFieldName(F_NAME);
      Codecs.writeString(g, provider, value.nameField().value());
    }
    if (!requestBody && !value.interactionCountField().isMissing()) {
      g.writeFieldName(F_INTERACTION_COUNT);
      Codecs.writeLong(g, provider, value.interactionCountField().value());
    }
    if (!value.ownerIdField().isMissing()) {
      g.writeFieldName(F_OWNER_ID);
      Codecs.writeString(g, provider, value.ownerIdField().value());
    }
    if (!value.imageField().isMissing()) {
      g.writeFieldName(F_IMAGE);
      Codecs.writeString(g, provider, value.imageField().value());
    }
    if (!value.descriptionField().isMissing()) {
      g.writeFieldName(F_DESCRIPTION);
      Codecs.writeString(g, provider, value.descriptionField().value());
    }
    if (!value.vatNumberField().isMissing()) {
      g.writeFieldName(F_VAT_NUMBER);
      Codecs.writeString(g, provider, value.vatNumberField().value());
    }
    if (!value.currencyField().isMissing()) {
      g.writeFieldName(F_CURRENCY);
      CurrencyCodec.write(g, provider, value.currencyField().value());
    }
    if (!value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      Codecs.writeString(g, provider, value.statusField().value());
    }
    if (!value.faxField().isMissing()) {
      g.writeFieldName(F_FAX);
      Codecs.writeString(g, provider, value.faxField().value());
    }
    if (!value.annualRevenueField().isMissing()) {
      g.writeFieldName(F_ANNUAL_REVENUE);
      Codecs.writeString(g, provider, value.annualRevenueField().value());
    }
    if (!value.numberOfEmployeesField().isMissing()) {
      g.writeFieldName(F_NUMBER_OF_EMPLOYEES);
      Codecs.writeString(g, provider, value.numberOfEmployeesField().value());
    }
    if (!value.industryField().isMissing()) {
      g.writeFieldName(F_INDUSTRY);
      Codecs.writeString(g, provider, value.industryField().value());
    }
    if (!value.ownershipField().isMissing()) {
      g.writeFieldName(F_OWNERSHIP);
      Codecs.writeString(g, provider, value.ownershipField().value());
    }
    if (!value.salesTaxNumberField().isMissing()) {
      g.writeFieldName(F_SALES_TAX_NUMBER);
      Codecs.writeString(g, provider, value.salesTaxNumberField().value());
    }
    if (!value.payeeNumberField().isMissing()) {
      g.writeFieldName(F_PAYEE_NUMBER);
      Codecs.writeString(g, provider, value.payeeNumberField().value());
    }
    if (!value.abnOrTfnField().isMissing()) {
      g.writeFieldName(F_ABN_OR_TFN);
      Codecs.writeString(g, provider, value.abnOrTfnField().value());
    }
    if (!value.abnBranchField().isMissing()) {
      g.writeFieldName(F_ABN_BRANCH);
      Codecs.writeString(g, provider, value.abnBranchField().value());
    }
    if (!value.acnField().isMissing()) {
      g.writeFieldName(F_ACN);
      Codecs.writeString(g, provider, value.acnField().value());
    }
    if (!value.firstNameField().isMissing()) {
      g.writeFieldName(F_FIRST_NAME);
      Codecs.writeString(g, provider, value.firstNameField().value());
    }
    if (!value.lastNameField().isMissing()) {
      g.writeFieldName(F_LAST_NAME);
      Codecs.writeString(g, provider, value.lastNameField().value());
    }
    if (!requestBody && !value.parentIdField().isMissing()) {
      g.writeFieldName(F_PARENT_ID);
      Codecs.writeString(g, provider, value.parentIdField().value());
    }
    if (!value.bankAccountsField().isMissing()) {
      g.writeFieldName(F_BANK_ACCOUNTS);
      Codecs.writeList(g, provider, value.bankAccountsField().value(), BankAccountCodec::write);
    }
    if (!value.websitesField().isMissing()) {
      g.writeFieldName(F_WEBSITES);
      Codecs.writeList(g, provider, value.websitesField().value(), WebsiteCodec::write);
    }
    if (!value.addressesField().isMissing()) {
      g.writeFieldName(F_ADDRESSES);
      Codecs.writeList(g, provider, value.addressesField().value(), AddressCodec::write);
    }
    if (!value.socialLinksField().isMissing()) {
      g.writeFieldName(F_SOCIAL_LINKS);
      Codecs.writeList(g, provider, value.socialLinksField().value(), SocialLinkCodec::write);
    }
    if (!value.phoneNumbersField().isMissing()) {
      g.writeFieldName(F_PHONE_NUMBERS);
      Codecs.writeList(g, provider, value.phoneNumbersField().value(), PhoneNumberCodec::write);
    }
    if (!value.emailsField().isMissing()) {
      g.writeFieldName(F_EMAILS);
      Codecs.writeList(g, provider, value.emailsField().value(), EmailCodec::write);
    }
    if (!value.rowTypeField().isMissing()) {
      g.writeFieldName(F_ROW_TYPE);
      RowTypeCodec.write(g, provider, value.rowTypeField().value());
    }
    if (!value.customFieldsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_FIELDS);
      Codecs.writeList(g, provider, value.customFieldsField().value(), CustomFieldCodec::write);
    }
    if (!value.tagsField().isMissing()) {
      g.writeFieldName(F_TAGS);
      Codecs.writeList(g, provider, value.tagsField().value(), Codecs::writeString);
    }
    if (!value.readOnlyField().isMissing()) {
      g.writeFieldName(F_READ_ONLY);
      Codecs.writeBoolean(g, provider, value.readOnlyField().value());
    }
    if (!requestBody && !value.lastActivityAtField().isMissing()) {
      g.writeFieldName(F_LAST_ACTIVITY_AT);
      Codecs.writeOffsetDateTime(g, provider, value.lastActivityAtField().value());
    }
    if (!requestBody && !value.deletedField().isMissing()) {
      g.writeFieldName(F_DELETED);
      Codecs.writeBoolean(g, provider, value.deletedField().value());
    }
    if (!value.salutationField().isMissing()) {
      g.writeFieldName(F_SALUTATION);
      Codecs.writeString(g, provider, value.salutationField().value());
    }
    if (!value.birthdayField().isMissing()) {
      g.writeFieldName(F_BIRTHDAY);
      Codecs.writeLocalDate(g, provider, value.birthdayField().value());
    }
    if (!requestBody && !value.customMappingsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_MAPPINGS);
      Codecs.writeMap(g, provider, value.customMappingsField().value(), Codecs::writeJsonValue);
    }
    if (!requestBody && !value.updatedByField().isMissing()) {
      g.writeFieldName(F_UPDATED_BY);
      Codecs.writeString(g, provider, value.updatedByField().value());
    }
    if (!requestBody && !value.createdByField().isMissing()) {
      g.writeFieldName(F_CREATED_BY);
      Codecs.writeString(g, provider, value.createdByField().value());
    }
    if (!requestBody && !value.updatedAtField().isMissing()) {
      g.writeFieldName(F_UPDATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.updatedAtField().value());
    }
    if (!requestBody && !value.createdAtField().isMissing()) {
      g.writeFieldName(F_CREATED_AT);
      Codecs.writeOffsetDateTime(g, provider, value.createdAtField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
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
