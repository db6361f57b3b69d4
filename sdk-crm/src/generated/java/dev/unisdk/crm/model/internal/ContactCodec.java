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
import dev.unisdk.crm.model.Contact;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Contact}; not public API.
 */
public final class ContactCodec {
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

  private ContactCodec() {
  }

  /**
   * Reads one {@link Contact} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Contact read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
            b.id(Codecs.readString(p, ctxt));
            break;
          case "name":
            b.name(Codecs.readString(p, ctxt));
            break;
          case "owner_id":
            b.ownerId(Codecs.readString(p, ctxt));
            break;
          case "type":
            b.type(ContactTypeCodec.read(p, ctxt));
            break;
          case "company_id":
            b.companyId(Codecs.readString(p, ctxt));
            break;
          case "company_name":
            b.companyName(Codecs.readString(p, ctxt));
            break;
          case "lead_id":
            b.leadId(Codecs.readString(p, ctxt));
            break;
          case "first_name":
            b.firstName(Codecs.readString(p, ctxt));
            break;
          case "middle_name":
            b.middleName(Codecs.readString(p, ctxt));
            break;
          case "last_name":
            b.lastName(Codecs.readString(p, ctxt));
            break;
          case "prefix":
            b.prefix(Codecs.readString(p, ctxt));
            break;
          case "suffix":
            b.suffix(Codecs.readString(p, ctxt));
            break;
          case "title":
            b.title(Codecs.readString(p, ctxt));
            break;
          case "department":
            b.department(Codecs.readString(p, ctxt));
            break;
          case "language":
            b.language(Codecs.readString(p, ctxt));
            break;
          case "gender":
            b.gender(GenderCodec.read(p, ctxt));
            break;
          case "birthday":
            b.birthday(Codecs.readLocalDate(p, ctxt));
            break;
          case "image":
            b.image(Codecs.readString(p, ctxt));
            break;
          case "photo_url":
            b.photoUrl(Codecs.readString(p, ctxt));
            break;
          case "lead_source":
            b.leadSource(Codecs.readString(p, ctxt));
            break;
          case "fax":
            b.fax(Codecs.readString(p, ctxt));
            break;
          case "description":
            b.description(Codecs.readString(p, ctxt));
            break;
          case "current_balance":
            b.currentBalance(Codecs.readBigDecimal(p, ctxt));
            break;
          case "status":
            b.status(Codecs.readString(p, ctxt));
            break;
          case "active":
            b.active(Codecs.readBoolean(p, ctxt));
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
          case "email_domain":
            b.emailDomain(Codecs.readString(p, ctxt));
            break;
          case "custom_fields":
            b.customFields(Codecs.readList(p, ctxt, CustomFieldCodec::read));
            break;
          case "tags":
            b.tags(Codecs.readList(p, ctxt, Codecs::readString));
            break;
          case "first_call_at":
            b.firstCallAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "first_email_at":
            b.firstEmailAt(Codecs.readOffsetDateTime(p, ctxt));
            break;
          case "last_activity_at":
            b.lastActivityAt(Codecs.readOffsetDateTime(p, ctxt));
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
  public static void write(JsonGenerator g, SerializerProvider provider, Contact value) throws
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
    if (!value.ownerIdField().isMissing()) {
      g.writeFieldName(F_OWNER_ID);
      Codecs.writeString(g, provider, value.ownerIdField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      ContactTypeCodec.write(g, provider, value.typeField().value());
    }
    if (!value.companyIdField().isMissing()) {
      g.writeFieldName(F_COMPANY_ID);
      Codecs.writeString(g, provider, value.companyIdField().value());
    }
    if (!value.companyNameField().isMissing()) {
      g.writeFieldName(F_COMPANY_NAME);
      Codecs.writeString(g, provider, value.companyNameField().value());
    }
    if (!value.leadIdField().isMissing()) {
      g.writeFieldName(F_LEAD_ID);
      Codecs.writeString(g, provider, value.leadIdField().value());
    }
    if (!value.firstNameField().isMissing()) {
      g.writeFieldName(F_FIRST_NAME);
      Codecs.writeString(g, provider, value.firstNameField().value());
    }
    if (!value.middleNameField().isMissing()) {
      g.writeFieldName(F_MIDDLE_NAME);
      Codecs.writeString(g, provider, value.middleNameField().value());
    }
    if (!value.lastNameField().isMissing()) {
      g.writeFieldName(F_LAST_NAME);
      Codecs.writeString(g, provider, value.lastNameField().value());
    }
    if (!value.prefixField().isMissing()) {
      g.writeFieldName(F_PREFIX);
      Codecs.writeString(g, provider, value.prefixField().value());
    }
    if (!value.suffixField().isMissing()) {
      g.writeFieldName(F_SUFFIX);
      Codecs.writeString(g, provider, value.suffixField().value());
    }
    if (!value.titleField().isMissing()) {
      g.writeFieldName(F_TITLE);
      Codecs.writeString(g, provider, value.titleField().value());
    }
    if (!value.departmentField().isMissing()) {
      g.writeFieldName(F_DEPARTMENT);
      Codecs.writeString(g, provider, value.departmentField().value());
    }
    if (!value.languageField().isMissing()) {
      g.writeFieldName(F_LANGUAGE);
      Codecs.writeString(g, provider, value.languageField().value());
    }
    if (!value.genderField().isMissing()) {
      g.writeFieldName(F_GENDER);
      GenderCodec.write(g, provider, value.genderField().value());
    }
    if (!value.birthdayField().isMissing()) {
      g.writeFieldName(F_BIRTHDAY);
      Codecs.writeLocalDate(g, provider, value.birthdayField().value());
    }
    if (!value.imageField().isMissing()) {
      g.writeFieldName(F_IMAGE);
      Codecs.writeString(g, provider, value.imageField().value());
    }
    if (!value.photoUrlField().isMissing()) {
      g.writeFieldName(F_PHOTO_URL);
      Codecs.writeString(g, provider, value.photoUrlField().value());
    }
    if (!value.leadSourceField().isMissing()) {
      g.writeFieldName(F_LEAD_SOURCE);
      Codecs.writeString(g, provider, value.leadSourceField().value());
    }
    if (!value.faxField().isMissing()) {
      g.writeFieldName(F_FAX);
      Codecs.writeString(g, provider, value.faxField().value());
    }
    if (!value.descriptionField().isMissing()) {
      g.writeFieldName(F_DESCRIPTION);
      Codecs.writeString(g, provider, value.descriptionField().value());
    }
    if (!value.currentBalanceField().isMissing()) {
      g.writeFieldName(F_CURRENT_BALANCE);
      Codecs.writeBigDecimal(g, provider, value.currentBalanceField().value());
    }
    if (!value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      Codecs.writeString(g, provider, value.statusField().value());
    }
    if (!value.activeField().isMissing()) {
      g.writeFieldName(F_ACTIVE);
      Codecs.writeBoolean(g, provider, value.activeField().value());
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
    if (!value.emailDomainField().isMissing()) {
      g.writeFieldName(F_EMAIL_DOMAIN);
      Codecs.writeString(g, provider, value.emailDomainField().value());
    }
    if (!value.customFieldsField().isMissing()) {
      g.writeFieldName(F_CUSTOM_FIELDS);
      Codecs.writeList(g, provider, value.customFieldsField().value(), CustomFieldCodec::write);
    }
    if (!value.tagsField().isMissing()) {
      g.writeFieldName(F_TAGS);
      Codecs.writeList(g, provider, value.tagsField().value(), Codecs::writeString);
    }
    if (!requestBody && !value.firstCallAtField().isMissing()) {
      g.writeFieldName(F_FIRST_CALL_AT);
      Codecs.writeOffsetDateTime(g, provider, value.firstCallAtField().value());
    }
    if (!requestBody && !value.firstEmailAtField().isMissing()) {
      g.writeFieldName(F_FIRST_EMAIL_AT);
      Codecs.writeOffsetDateTime(g, provider, value.firstEmailAtField().value());
    }
    if (!requestBody && !value.lastActivityAtField().isMissing()) {
      g.writeFieldName(F_LAST_ACTIVITY_AT);
      Codecs.writeOffsetDateTime(g, provider, value.lastActivityAtField().value());
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
