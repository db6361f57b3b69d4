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
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.Address;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link Address}; not public API.
 */
public final class AddressCodec {
  private static final SerializedString F_ID = new SerializedString("id");

  private static final SerializedString F_TYPE = new SerializedString("type");

  private static final SerializedString F_STRING = new SerializedString("string");

  private static final SerializedString F_NAME = new SerializedString("name");

  private static final SerializedString F_LINE1 = new SerializedString("line1");

  private static final SerializedString F_LINE2 = new SerializedString("line2");

  private static final SerializedString F_LINE3 = new SerializedString("line3");

  private static final SerializedString F_LINE4 = new SerializedString("line4");

  private static final SerializedString F_STREET_NUMBER = new SerializedString("street_number");

  private static final SerializedString F_CITY = new SerializedString("city");

  private static final SerializedString F_STATE = new SerializedString("state");

  private static final SerializedString F_POSTAL_CODE = new SerializedString("postal_code");

  private static final SerializedString F_COUNTRY = new SerializedString("country");

  private static final SerializedString F_LATITUDE = new SerializedString("latitude");

  private static final SerializedString F_LONGITUDE = new SerializedString("longitude");

  private static final SerializedString F_COUNTY = new SerializedString("county");

  private static final SerializedString F_CONTACT_NAME = new SerializedString("contact_name");

  private static final SerializedString F_SALUTATION = new SerializedString("salutation");

  private static final SerializedString F_PHONE_NUMBER = new SerializedString("phone_number");

  private static final SerializedString F_FAX = new SerializedString("fax");

  private static final SerializedString F_EMAIL = new SerializedString("email");

  private static final SerializedString F_WEBSITE = new SerializedString("website");

  private static final SerializedString F_NOTES = new SerializedString("notes");

  private static final SerializedString F_ROW_VERSION = new SerializedString("row_version");

  private AddressCodec() {
  }

  /**
   * Reads one {@link Address} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static Address read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, Address.class);
    Address.Builder b = Address.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "id":
            b.id(Codecs.readString(p, ctxt));
            break;
          case "type":
            b.type(AddressTypeCodec.read(p, ctxt));
            break;
          case "string":
            b.string(Codecs.readString(p, ctxt));
            break;
          case "name":
            b.name(Codecs.readString(p, ctxt));
            break;
          case "line1":
            b.line1(Codecs.readString(p, ctxt));
            break;
          case "line2":
            b.line2(Codecs.readString(p, ctxt));
            break;
          case "line3":
            b.line3(Codecs.readString(p, ctxt));
            break;
          case "line4":
            b.line4(Codecs.readString(p, ctxt));
            break;
          case "street_number":
            b.streetNumber(Codecs.readString(p, ctxt));
            break;
          case "city":
            b.city(Codecs.readString(p, ctxt));
            break;
          case "state":
            b.state(Codecs.readString(p, ctxt));
            break;
          case "postal_code":
            b.postalCode(Codecs.readString(p, ctxt));
            break;
          case "country":
            b.country(Codecs.readString(p, ctxt));
            break;
          case "latitude":
            b.latitude(Codecs.readString(p, ctxt));
            break;
          case "longitude":
            b.longitude(Codecs.readString(p, ctxt));
            break;
          case "county":
            b.county(Codecs.readString(p, ctxt));
            break;
          case "contact_name":
            b.contactName(Codecs.readString(p, ctxt));
            break;
          case "salutation":
            b.salutation(Codecs.readString(p, ctxt));
            break;
          case "phone_number":
            b.phoneNumber(Codecs.readString(p, ctxt));
            break;
          case "fax":
            b.fax(Codecs.readString(p, ctxt));
            break;
          case "email":
            b.email(Codecs.readString(p, ctxt));
            break;
          case "website":
            b.website(Codecs.readString(p, ctxt));
            break;
          case "notes":
            b.notes(Codecs.readString(p, ctxt));
            break;
          case "row_version":
            b.rowVersion(Codecs.readString(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, Address.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link Address}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, Address value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.idField().isMissing()) {
      g.writeFieldName(F_ID);
      Codecs.writeString(g, provider, value.idField().value());
    }
    if (!value.typeField().isMissing()) {
      g.writeFieldName(F_TYPE);
      AddressTypeCodec.write(g, provider, value.typeField().value());
    }
    if (!value.stringField().isMissing()) {
      g.writeFieldName(F_STRING);
      Codecs.writeString(g, provider, value.stringField().value());
    }
    if (!value.nameField().isMissing()) {
      g.writeFieldName(F_NAME);
      Codecs.writeString(g, provider, value.nameField().value());
    }
    if (!value.line1Field().isMissing()) {
      g.writeFieldName(F_LINE1);
      Codecs.writeString(g, provider, value.line1Field().value());
    }
    if (!value.line2Field().isMissing()) {
      g.writeFieldName(F_LINE2);
      Codecs.writeString(g, provider, value.line2Field().value());
    }
    if (!value.line3Field().isMissing()) {
      g.writeFieldName(F_LINE3);
      Codecs.writeString(g, provider, value.line3Field().value());
    }
    if (!value.line4Field().isMissing()) {
      g.writeFieldName(F_LINE4);
      Codecs.writeString(g, provider, value.line4Field().value());
    }
    if (!value.streetNumberField().isMissing()) {
      g.writeFieldName(F_STREET_NUMBER);
      Codecs.writeString(g, provider, value.streetNumberField().value());
    }
    if (!value.cityField().isMissing()) {
      g.writeFieldName(F_CITY);
      Codecs.writeString(g, provider, value.cityField().value());
    }
    if (!value.stateField().isMissing()) {
      g.writeFieldName(F_STATE);
      Codecs.writeString(g, provider, value.stateField().value());
    }
    if (!value.postalCodeField().isMissing()) {
      g.writeFieldName(F_POSTAL_CODE);
      Codecs.writeString(g, provider, value.postalCodeField().value());
    }
    if (!value.countryField().isMissing()) {
      g.writeFieldName(F_COUNTRY);
      Codecs.writeString(g, provider, value.countryField().value());
    }
    if (!value.latitudeField().isMissing()) {
      g.writeFieldName(F_LATITUDE);
      Codecs.writeString(g, provider, value.latitudeField().value());
    }
    if (!value.longitudeField().isMissing()) {
      g.writeFieldName(F_LONGITUDE);
      Codecs.writeString(g, provider, value.longitudeField().value());
    }
    if (!value.countyField().isMissing()) {
      g.writeFieldName(F_COUNTY);
      Codecs.writeString(g, provider, value.countyField().value());
    }
    if (!value.contactNameField().isMissing()) {
      g.writeFieldName(F_CONTACT_NAME);
      Codecs.writeString(g, provider, value.contactNameField().value());
    }
    if (!value.salutationField().isMissing()) {
      g.writeFieldName(F_SALUTATION);
      Codecs.writeString(g, provider, value.salutationField().value());
    }
    if (!value.phoneNumberField().isMissing()) {
      g.writeFieldName(F_PHONE_NUMBER);
      Codecs.writeString(g, provider, value.phoneNumberField().value());
    }
    if (!value.faxField().isMissing()) {
      g.writeFieldName(F_FAX);
      Codecs.writeString(g, provider, value.faxField().value());
    }
    if (!value.emailField().isMissing()) {
      g.writeFieldName(F_EMAIL);
      Codecs.writeString(g, provider, value.emailField().value());
    }
    if (!value.websiteField().isMissing()) {
      g.writeFieldName(F_WEBSITE);
      Codecs.writeString(g, provider, value.websiteField().value());
    }
    if (!value.notesField().isMissing()) {
      g.writeFieldName(F_NOTES);
      Codecs.writeString(g, provider, value.notesField().value());
    }
    if (!value.rowVersionField().isMissing()) {
      g.writeFieldName(F_ROW_VERSION);
      Codecs.writeString(g, provider, value.rowVersionField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link Address}.
   */
  public static final class Deserializer extends StdDeserializer<Address> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(Address.class);
    }

    @Override
    public Address deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link Address}.
   */
  public static final class Serializer extends StdSerializer<Address> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(Address.class);
    }

    @Override
    public void serialize(Address value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
