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
import dev.unisdk.crm.model.Lead;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Lead}; not public API.
 */
public final class LeadCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_NAME = new SerializedString("name");

  private static final SerializedString F_COMPANY_NAME = new SerializedString("company_name");

  private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

  private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

  private static final SerializedString F_LEAD_ID = new SerializedString("lead_id");

  private static final SerializedString F_LEAD_SOURCE = new SerializedString("lead_source");

  private static final SerializedString F_FIRST_NAME = new SerializedString("first_name");

  private static final SerializedString F_LAST_NAME = new SerializedString("last_name");

  private static final SerializedString F_DESCRIPTION = new SerializedString("description");

  private static final SerializedString F_PREFIX = new SerializedString("prefix");

  private static final SerializedString F_TITLE = new SerializedString("title");

  private static final SerializedString F_LANGUAGE = new SerializedString("language");

  private static final SerializedString F_STATUS = new SerializedString("status");

  private static final SerializedString F_MONETARY_AMOUNT = new SerializedString("monetary_amount");

  private static final SerializedString F_CURRENCY = new SerializedString("currency");

  private static final SerializedString F_FAX = new SerializedString("fax");

  private static final SerializedString F_WEBSITES = new SerializedString("websites");

  private static final SerializedString F_ADDRESSES = new SerializedString("addresses");

  private static final SerializedString F_SOCIAL_LINKS = new SerializedString("social_links");

  private static final SerializedString F_PHONE_NUMBERS = new SerializedString("phone_numbers");

  private static final SerializedString F_EMAILS = new SerializedString("emails");

  private static final SerializedString F_CUSTOM_FIELDS = new SerializedString("custom_fields");

  private static final SerializedString F_TAGS = new SerializedString("tags");

  private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private LeadCodec() {
  }

  /**
   * Reads one {@link Lead} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Lead read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Lead.class);
    Lead.Builder b = Lead.builder();
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
          case "company_name":
            b.companyName(Codecs.readString(p, ctxt));
            break;
          case "owner_id":
            b.ownerId(Codecs.readString(p, ctxt));
            break;
          case "company_id":
            b.companyId(Codecs.readString(p, ctxt));
            break;
          case "lead_id":
            b.leadId(Codecs.readString(p, ctxt));
            break;
          case "lead_source":
            b.leadSource(Codecs.readString(p, ctxt));
            break;
          case "first_name":
            b.firstName(Codecs.readString(p, ctxt));
            break;
          case "last_name":
            b.lastName(Codecs.readString(p, ctxt));
            break;
          case "description":
            b.description(Codecs.readString(p, ctxt));
            break;
          case "prefix":
            b.prefix(Codecs.readString(p, ctxt));
            break;
          case "title":
            b.title(Codecs.readString(p, ctxt));
            break;
          case "language":
            b.language(Codecs.readString(p, ctxt));
            break;
          case "status":
            b.status(Codecs.readString(p, ctxt));
            break;
          case "monetary_amount":
            b.monetaryAmount(Codecs.readBigDecimal(p, ctxt));
            break;
          case "currency":
            b.currency(CurrencyCodec.read(p, ctxt));
            break;
          case "fax":
            b.fax(Codecs.readString(p, ctxt));
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
          case "custom_fields":
            b.customFields(Codecs.readList(p, ctxt, CustomFieldCodec::read));
            break;
          case "tags":
            b.tags(Codecs.readList(p, ctxt, Codecs::readString));
            break;
          case "custom_mappings":
            b.customMappings(Codecs.readMap(p, ctxt, Codecs::readJsonValue));
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
      throw Codecs.withField(e, Lead.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Lead}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Lead value) throws
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
    if (!value.companyNameField().isMissing()) {
      g.writeFieldName(F_COMPANY_NAME);
      Codecs.writeString(g, provider, value.companyNameField().value());
    }
    if (!value.ownerIdField().isMissing()) {
      g.writeFieldName(F_OWNER_ID);
      Codecs.writeString(g, provider, value.ownerIdField().value());
    }
    if (!value.companyIdField().isMissing()) {
      g.writeFieldName(F_COMPANY_ID);
      Codecs.writeString(g, provider, value.companyIdField().value());
    }
    if (!value.leadIdField().isMissing()) {
      g.writeFieldName(F_LEAD_ID);
      Codecs.writeString(g, provider, value.leadIdField().value());
    }
    if (!value.leadSourceField().isMissing()) {
      g.writeFieldName(F_LEAD_SOURCE);
      Codecs.writeString(g, provider, value.leadSourceField().value());
    }
    if (!value.firstNameField().isMissing()) {
      g.writeFieldName(F_FIRST_NAME);
      Codecs.writeString(g, provider, value.firstNameField().value());
    }
    if (!value.lastNameField().isMissing()) {
      g.writeFieldName(F_LAST_NAME);
      Codecs.writeString(g, provider, value.lastNameField().value());
    }
    if (!value.descriptionField().isMissing()) {
      g.writeFieldName(F_DESCRIPTION);
      Codecs.writeString(g, provider, value.descriptionField().value());
    }
    if (!value.prefixField().isMissing()) {
      g.writeFieldName(F_PREFIX);
      Codecs.writeString(g, provider, value.prefixField().value());
    }
    if (!value.titleField().isMissing()) {
      g.writeFieldName(F_TITLE);
      Codecs.writeString(g, provider, value.titleField().value());
    }
    if (!value.languageField().isMissing()) {
      g.writeFieldName(F_LANGUAGE);
      Codecs.writeString(g, provider, value.languageField().value());
    }
    if (!value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      Codecs.writeString(g, provider, value.statusField().value());
    }
    if (!value.monetaryAmountField().isMissing()) {
      g.writeFieldName(F_MONETARY_AMOUNT);
      Codecs.writeBigDecimal(g, provider, value.monetaryAmountField().value());
    }
    if (!value.currencyField().isMissing()) {
      g.writeFieldName(F_CURRENCY);
      CurrencyCodec.write(g, provider, value.currencyField().value());
    }
    if (!value.faxField().isMissing()) {
      g.writeFieldName(F_FAX);
      Codecs.writeString(g, provider, value.faxField().value());
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
    if (!value.customFieldsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_FIELDS);
      Codecs.writeList(g, provider, value.customFieldsField().value(), CustomFieldCodec::write);
    }
    if (!value.tagsField().isMissing()) {
      g.writeFieldName(F_TAGS);
      Codecs.writeList(g, provider, value.tagsField().value(), Codecs::writeString);
    }
    if (!requestBody && !value.customMappingsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_MAPPINGS);
      Codecs.writeMap(g, provider, value.customMappingsField().value(), Codecs::writeJsonValue);
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
   * Jackson deserializer of {@link Lead}.
   */
  public static final class Deserializer extends StdDeserializer<Lead> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Lead.class);
    }

    @Override
    public Lead deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Lead}.
   */
  public static final class Serializer extends StdSerializer<Lead> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Lead.class);
    }

    @Override
    public void serialize(Lead value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
