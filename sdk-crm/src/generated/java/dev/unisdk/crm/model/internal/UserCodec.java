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
import dev.unisdk.crm.model.User;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link User}; not public API.
 */
public final class UserCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_PARENT_ID = new SerializedString("parent_id");

  private static final SerializedString F_USERNAME = new SerializedString("username");

  private static final SerializedString F_FIRST_NAME = new SerializedString("first_name");

  private static final SerializedString F_LAST_NAME = new SerializedString("last_name");

  private static final SerializedString F_TITLE = new SerializedString("title");

  private static final SerializedString F_DIVISION = new SerializedString("division");

  private static final SerializedString F_DEPARTMENT = new SerializedString("department");

  private static final SerializedString F_COMPANY_NAME = new SerializedString("company_name");

  private static final SerializedString F_EMPLOYEE_NUMBER = new SerializedString("employee_number");

  private static final SerializedString F_DESCRIPTION = new SerializedString("description");

  private static final SerializedString F_IMAGE = new SerializedString("image");

  private static final SerializedString F_LANGUAGE = new SerializedString("language");

  private static final SerializedString F_STATUS = new SerializedString("status");

  private static final SerializedString F_PASSWORD = new SerializedString("password");

  private static final SerializedString F_ADDRESSES = new SerializedString("addresses");

  private static final SerializedString F_PHONE_NUMBERS = new SerializedString("phone_numbers");

  private static final SerializedString F_EMAILS = new SerializedString("emails");

  private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

  private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

  private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

  private UserCodec() {
  }

  /**
   * Reads one {@link User} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static User read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, User.class);
    User.Builder b = User.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "parent_id":
            b.parentId(Codecs.readString(p, ctxt));
            break;
          case "username":
            b.username(Codecs.readString(p, ctxt));
            break;
          case "first_name":
            b.firstName(Codecs.readString(p, ctxt));
            break;
          case "last_name":
            b.lastName(Codecs.readString(p, ctxt));
            break;
          case "title":
            b.title(Codecs.readString(p, ctxt));
            break;
          case "division":
            b.division(Codecs.readString(p, ctxt));
            break;
          case "department":
            b.department(Codecs.readString(p, ctxt));
            break;
          case "company_name":
            b.companyName(Codecs.readString(p, ctxt));
            break;
          case "employee_number":
            b.employeeNumber(Codecs.readString(p, ctxt));
            break;
          case "description":
            b.description(Codecs.readString(p, ctxt));
            break;
          case "image":
            b.image(Codecs.readString(p, ctxt));
            break;
          case "language":
            b.language(Codecs.readString(p, ctxt));
            break;
          case "status":
            b.status(Codecs.readString(p, ctxt));
            break;
          case "password":
            b.password(Codecs.readString(p, ctxt));
            break;
          case "addresses":
            b.addresses(Codecs.readList(p, ctxt, AddressCodec::read));
            break;
          case "phone_numbers":
            b.phoneNumbers(Codecs.readList(p, ctxt, PhoneNumberCodec::read));
            break;
          case "emails":
            b.emails(Codecs.readList(p, ctxt, EmailCodec::read));
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
      throw Codecs.withField(e, User.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link User}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, User value) throws
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
    if (!value.parentIdField().isMissing()) {
      g.writeFieldName(F_PARENT_ID);
      Codecs.writeString(g, provider, value.parentIdField().value());
    }
    if (!value.usernameField().isMissing()) {
      g.writeFieldName(F_USERNAME);
      Codecs.writeString(g, provider, value.usernameField().value());
    }
    if (!value.firstNameField().isMissing()) {
      g.writeFieldName(F_FIRST_NAME);
      Codecs.writeString(g, provider, value.firstNameField().value());
    }
    if (!value.lastNameField().isMissing()) {
      g.writeFieldName(F_LAST_NAME);
      Codecs.writeString(g, provider, value.lastNameField().value());
    }
    if (!value.titleField().isMissing()) {
      g.writeFieldName(F_TITLE);
      Codecs.writeString(g, provider, value.titleField().value());
    }
    if (!value.divisionField().isMissing()) {
      g.writeFieldName(F_DIVISION);
      Codecs.writeString(g, provider, value.divisionField().value());
    }
    if (!value.departmentField().isMissing()) {
      g.writeFieldName(F_DEPARTMENT);
      Codecs.writeString(g, provider, value.departmentField().value());
    }
    if (!value.companyNameField().isMissing()) {
      g.writeFieldName(F_COMPANY_NAME);
      Codecs.writeString(g, provider, value.companyNameField().value());
    }
    if (!value.employeeNumberField().isMissing()) {
      g.writeFieldName(F_EMPLOYEE_NUMBER);
      Codecs.writeString(g, provider, value.employeeNumberField().value());
    }
    if (!value.descriptionField().isMissing()) {
      g.writeFieldName(F_DESCRIPTION);
      Codecs.writeString(g, provider, value.descriptionField().value());
    }
    if (!value.imageField().isMissing()) {
      g.writeFieldName(F_IMAGE);
      Codecs.writeString(g, provider, value.imageField().value());
    }
    if (!value.languageField().isMissing()) {
      g.writeFieldName(F_LANGUAGE);
      Codecs.writeString(g, provider, value.languageField().value());
    }
    if (!value.statusField().isMissing()) {
      g.writeFieldName(F_STATUS);
      Codecs.writeString(g, provider, value.statusField().value());
    }
    if (!value.passwordField().isMissing()) {
      g.writeFieldName(F_PASSWORD);
      Codecs.writeString(g, provider, value.passwordField().value());
    }
    if (!value.addressesField().isMissing()) {
      g.writeFieldName(F_ADDRESSES);
      Codecs.writeList(g, provider, value.addressesField().value(), AddressCodec::write);
    }
    if (!value.phoneNumbersField().isMissing()) {
      g.writeFieldName(F_PHONE_NUMBERS);
      Codecs.writeList(g, provider, value.phoneNumbersField().value(), PhoneNumberCodec::write);
    }
    if (!value.emailsField().isMissing()) {
      g.writeFieldName(F_EMAILS);
      Codecs.writeList(g, provider, value.emailsField().value(), EmailCodec::write);
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
   * Jackson deserializer of {@link User}.
   */
  public static final class Deserializer extends StdDeserializer<User> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(User.class);
    }

    @Override
    public User deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link User}.
   */
  public static final class Serializer extends StdSerializer<User> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(User.class);
    }

    @Override
    public void serialize(User value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
