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
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.Codecs;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A postal address.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Address.Codec.Serializer.class
)
@JsonDeserialize(
    using = Address.Codec.Deserializer.class
)
public final class Address {
  private final String id;

  private final AddressType type;

  private final String string;

  private final String name;

  private final String line1;

  private final String line2;

  private final String line3;

  private final String line4;

  private final String streetNumber;

  private final String city;

  private final String state;

  private final String postalCode;

  private final String country;

  private final String latitude;

  private final String longitude;

  private final String county;

  private final String contactName;

  private final String salutation;

  private final String phoneNumber;

  private final String fax;

  private final String email;

  private final String website;

  private final String notes;

  private final String rowVersion;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Address(Builder b) {
    this.id = b.id;
    this.type = b.type;
    this.string = b.string;
    this.name = b.name;
    this.line1 = b.line1;
    this.line2 = b.line2;
    this.line3 = b.line3;
    this.line4 = b.line4;
    this.streetNumber = b.streetNumber;
    this.city = b.city;
    this.state = b.state;
    this.postalCode = b.postalCode;
    this.country = b.country;
    this.latitude = b.latitude;
    this.longitude = b.longitude;
    this.county = b.county;
    this.contactName = b.contactName;
    this.salutation = b.salutation;
    this.phoneNumber = b.phoneNumber;
    this.fax = b.fax;
    this.email = b.email;
    this.website = b.website;
    this.notes = b.notes;
    this.rowVersion = b.rowVersion;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the address.
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
   * The type of address.
   *
   * @return the value, or null when missing or null
   */
  public AddressType type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<AddressType> typeField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.type) : JsonField.missing();
  }

  /**
   * The address string. Some APIs don't provide structured address data.
   *
   * @return the value, or null when missing or null
   */
  public String string() {
    return this.string;
  }

  /**
   * The <code>string</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> stringField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.string) : JsonField.missing();
  }

  /**
   * The name of the address.
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
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.name) : JsonField.missing();
  }

  /**
   * Line 1 of the address e.g. number, street, suite, apt #, etc.
   *
   * @return the value, or null when missing or null
   */
  public String line1() {
    return this.line1;
  }

  /**
   * The <code>line1</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> line1Field() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.line1) : JsonField.missing();
  }

  /**
   * Line 2 of the address.
   *
   * @return the value, or null when missing or null
   */
  public String line2() {
    return this.line2;
  }

  /**
   * The <code>line2</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> line2Field() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.line2) : JsonField.missing();
  }

  /**
   * Line 3 of the address.
   *
   * @return the value, or null when missing or null
   */
  public String line3() {
    return this.line3;
  }

  /**
   * The <code>line3</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> line3Field() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.line3) : JsonField.missing();
  }

  /**
   * Line 4 of the address.
   *
   * @return the value, or null when missing or null
   */
  public String line4() {
    return this.line4;
  }

  /**
   * The <code>line4</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> line4Field() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.line4) : JsonField.missing();
  }

  /**
   * Street number.
   *
   * @return the value, or null when missing or null
   */
  public String streetNumber() {
    return this.streetNumber;
  }

  /**
   * The <code>street_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> streetNumberField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.streetNumber) : JsonField.missing();
  }

  /**
   * Name of city.
   *
   * @return the value, or null when missing or null
   */
  public String city() {
    return this.city;
  }

  /**
   * The <code>city</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> cityField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.city) : JsonField.missing();
  }

  /**
   * Name of state.
   *
   * @return the value, or null when missing or null
   */
  public String state() {
    return this.state;
  }

  /**
   * The <code>state</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> stateField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.state) : JsonField.missing();
  }

  /**
   * Zip code or equivalent.
   *
   * @return the value, or null when missing or null
   */
  public String postalCode() {
    return this.postalCode;
  }

  /**
   * The <code>postal_code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> postalCodeField() {
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.postalCode) : JsonField.missing();
  }

  /**
   * Country code according to ISO 3166-1 alpha-2.
   *
   * @return the value, or null when missing or null
   */
  public String country() {
    return this.country;
  }

  /**
   * The <code>country</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> countryField() {
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.country) : JsonField.missing();
  }

  /**
   * Latitude of the address.
   *
   * @return the value, or null when missing or null
   */
  public String latitude() {
    return this.latitude;
  }

  /**
   * The <code>latitude</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> latitudeField() {
    return (this.set0 & 0x2000L) != 0 ? JsonField.of(this.latitude) : JsonField.missing();
  }

  /**
   * Longitude of the address.
   *
   * @return the value, or null when missing or null
   */
  public String longitude() {
    return this.longitude;
  }

  /**
   * The <code>longitude</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> longitudeField() {
    return (this.set0 & 0x4000L) != 0 ? JsonField.of(this.longitude) : JsonField.missing();
  }

  /**
   * Address field that holds a sublocality, such as a county.
   *
   * @return the value, or null when missing or null
   */
  public String county() {
    return this.county;
  }

  /**
   * The <code>county</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> countyField() {
    return (this.set0 & 0x8000L) != 0 ? JsonField.of(this.county) : JsonField.missing();
  }

  /**
   * Name of the contact person at the address.
   *
   * @return the value, or null when missing or null
   */
  public String contactName() {
    return this.contactName;
  }

  /**
   * The <code>contact_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactNameField() {
    return (this.set0 & 0x10000L) != 0 ? JsonField.of(this.contactName) : JsonField.missing();
  }

  /**
   * Salutation of the contact person at the address.
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
    return (this.set0 & 0x20000L) != 0 ? JsonField.of(this.salutation) : JsonField.missing();
  }

  /**
   * Phone number of the address.
   *
   * @return the value, or null when missing or null
   */
  public String phoneNumber() {
    return this.phoneNumber;
  }

  /**
   * The <code>phone_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> phoneNumberField() {
    return (this.set0 & 0x40000L) != 0 ? JsonField.of(this.phoneNumber) : JsonField.missing();
  }

  /**
   * Fax number of the address.
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
    return (this.set0 & 0x80000L) != 0 ? JsonField.of(this.fax) : JsonField.missing();
  }

  /**
   * Email address of the address.
   *
   * @return the value, or null when missing or null
   */
  public String email() {
    return this.email;
  }

  /**
   * The <code>email</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailField() {
    return (this.set0 & 0x100000L) != 0 ? JsonField.of(this.email) : JsonField.missing();
  }

  /**
   * Website of the address.
   *
   * @return the value, or null when missing or null
   */
  public String website() {
    return this.website;
  }

  /**
   * The <code>website</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> websiteField() {
    return (this.set0 & 0x200000L) != 0 ? JsonField.of(this.website) : JsonField.missing();
  }

  /**
   * Additional notes.
   *
   * @return the value, or null when missing or null
   */
  public String notes() {
    return this.notes;
  }

  /**
   * The <code>notes</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> notesField() {
    return (this.set0 & 0x400000L) != 0 ? JsonField.of(this.notes) : JsonField.missing();
  }

  /**
   * A binary value used to detect updates to an object and prevent data conflicts. It is incremented each time an update is made to the object.
   *
   * @return the value, or null when missing or null
   */
  public String rowVersion() {
    return this.rowVersion;
  }

  /**
   * The <code>row_version</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> rowVersionField() {
    return (this.set0 & 0x800000L) != 0 ? JsonField.of(this.rowVersion) : JsonField.missing();
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
    if (!(o instanceof Address)) {
      return false;
    }
    Address other = (Address) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.type, other.type)
        && Objects.equals(this.string, other.string)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.line1, other.line1)
        && Objects.equals(this.line2, other.line2)
        && Objects.equals(this.line3, other.line3)
        && Objects.equals(this.line4, other.line4)
        && Objects.equals(this.streetNumber, other.streetNumber)
        && Objects.equals(this.city, other.city)
        && Objects.equals(this.state, other.state)
        && Objects.equals(this.postalCode, other.postalCode)
        && Objects.equals(this.country, other.country)
        && Objects.equals(this.latitude, other.latitude)
        && Objects.equals(this.longitude, other.longitude)
        && Objects.equals(this.county, other.county)
        && Objects.equals(this.contactName, other.contactName)
        && Objects.equals(this.salutation, other.salutation)
        && Objects.equals(this.phoneNumber, other.phoneNumber)
        && Objects.equals(this.fax, other.fax)
        && Objects.equals(this.email, other.email)
        && Objects.equals(this.website, other.website)
        && Objects.equals(this.notes, other.notes)
        && Objects.equals(this.rowVersion, other.rowVersion)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + Objects.hashCode(this.string);
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.line1);
    h = 31 * h + Objects.hashCode(this.line2);
    h = 31 * h + Objects.hashCode(this.line3);
    h = 31 * h + Objects.hashCode(this.line4);
    h = 31 * h + Objects.hashCode(this.streetNumber);
    h = 31 * h + Objects.hashCode(this.city);
    h = 31 * h + Objects.hashCode(this.state);
    h = 31 * h + Objects.hashCode(this.postalCode);
    h = 31 * h + Objects.hashCode(this.country);
    h = 31 * h + Objects.hashCode(this.latitude);
    h = 31 * h + Objects.hashCode(this.longitude);
    h = 31 * h + Objects.hashCode(this.county);
    h = 31 * h + Objects.hashCode(this.contactName);
    h = 31 * h + Objects.hashCode(this.salutation);
    h = 31 * h + Objects.hashCode(this.phoneNumber);
    h = 31 * h + Objects.hashCode(this.fax);
    h = 31 * h + Objects.hashCode(this.email);
    h = 31 * h + Objects.hashCode(this.website);
    h = 31 * h + Objects.hashCode(this.notes);
    h = 31 * h + Objects.hashCode(this.rowVersion);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Address{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("string=").append(this.string);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("line1=").append(this.line1);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("line2=").append(this.line2);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("line3=").append(this.line3);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("line4=").append(this.line4);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("streetNumber=").append(this.streetNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("city=").append(this.city);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("state=").append(this.state);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("postalCode=").append(this.postalCode);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
      sb.append(sep).append("country=").append(this.country);
      sep = ", ";
    }
    if ((this.set0 & 0x2000L) != 0) {
      sb.append(sep).append("latitude=").append(this.latitude);
      sep = ", ";
    }
    if ((this.set0 & 0x4000L) != 0) {
      sb.append(sep).append("longitude=").append(this.longitude);
      sep = ", ";
    }
    if ((this.set0 & 0x8000L) != 0) {
      sb.append(sep).append("county=").append(this.county);
      sep = ", ";
    }
    if ((this.set0 & 0x10000L) != 0) {
      sb.append(sep).append("contactName=").append(this.contactName);
      sep = ", ";
    }
    if ((this.set0 & 0x20000L) != 0) {
      sb.append(sep).append("salutation=").append(this.salutation);
      sep = ", ";
    }
    if ((this.set0 & 0x40000L) != 0) {
      sb.append(sep).append("phoneNumber=").append(this.phoneNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x80000L) != 0) {
      sb.append(sep).append("fax=").append(this.fax);
      sep = ", ";
    }
    if ((this.set0 & 0x100000L) != 0) {
      sb.append(sep).append("email=").append(this.email);
      sep = ", ";
    }
    if ((this.set0 & 0x200000L) != 0) {
      sb.append(sep).append("website=").append(this.website);
      sep = ", ";
    }
    if ((this.set0 & 0x400000L) != 0) {
      sb.append(sep).append("notes=").append(this.notes);
      sep = ", ";
    }
    if ((this.set0 & 0x800000L) != 0) {
      sb.append(sep).append("rowVersion=").append(this.rowVersion);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Address}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private AddressType type;

    private String string;

    private String name;

    private String line1;

    private String line2;

    private String line3;

    private String line4;

    private String streetNumber;

    private String city;

    private String state;

    private String postalCode;

    private String country;

    private String latitude;

    private String longitude;

    private String county;

    private String contactName;

    private String salutation;

    private String phoneNumber;

    private String fax;

    private String email;

    private String website;

    private String notes;

    private String rowVersion;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Address source) {
      this.id = source.id;
      this.type = source.type;
      this.string = source.string;
      this.name = source.name;
      this.line1 = source.line1;
      this.line2 = source.line2;
      this.line3 = source.line3;
      this.line4 = source.line4;
      this.streetNumber = source.streetNumber;
      this.city = source.city;
      this.state = source.state;
      this.postalCode = source.postalCode;
      this.country = source.country;
      this.latitude = source.latitude;
      this.longitude = source.longitude;
      this.county = source.county;
      this.contactName = source.contactName;
      this.salutation = source.salutation;
      this.phoneNumber = source.phoneNumber;
      this.fax = source.fax;
      this.email = source.email;
      this.website = source.website;
      this.notes = source.notes;
      this.rowVersion = source.rowVersion;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Unique identifier for the address.
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
     * The type of address.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(AddressType type) {
      this.type = type;
      this.set0 |= 0x2L;
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
    public Builder typeField(JsonField<AddressType> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The address string. Some APIs don't provide structured address data.
     *
     * @param string the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder string(String string) {
      this.string = string;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>string</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder stringField(JsonField<String> field) {
      Objects.requireNonNull(field, "stringField: field must not be null");
      this.string = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The name of the address.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      this.set0 |= 0x8L;
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
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Line 1 of the address e.g. number, street, suite, apt #, etc.
     *
     * @param line1 the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder line1(String line1) {
      this.line1 = line1;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>line1</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder line1Field(JsonField<String> field) {
      Objects.requireNonNull(field, "line1Field: field must not be null");
      this.line1 = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * Line 2 of the address.
     *
     * @param line2 the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder line2(String line2) {
      this.line2 = line2;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>line2</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder line2Field(JsonField<String> field) {
      Objects.requireNonNull(field, "line2Field: field must not be null");
      this.line2 = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * Line 3 of the address.
     *
     * @param line3 the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder line3(String line3) {
      this.line3 = line3;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>line3</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder line3Field(JsonField<String> field) {
      Objects.requireNonNull(field, "line3Field: field must not be null");
      this.line3 = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * Line 4 of the address.
     *
     * @param line4 the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder line4(String line4) {
      this.line4 = line4;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>line4</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder line4Field(JsonField<String> field) {
      Objects.requireNonNull(field, "line4Field: field must not be null");
      this.line4 = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * Street number.
     *
     * @param streetNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder streetNumber(String streetNumber) {
      this.streetNumber = streetNumber;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>street_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder streetNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "streetNumberField: field must not be null");
      this.streetNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * Name of city.
     *
     * @param city the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder city(String city) {
      this.city = city;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>city</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder cityField(JsonField<String> field) {
      Objects.requireNonNull(field, "cityField: field must not be null");
      this.city = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * Name of state.
     *
     * @param state the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder state(String state) {
      this.state = state;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>state</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder stateField(JsonField<String> field) {
      Objects.requireNonNull(field, "stateField: field must not be null");
      this.state = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
      return this;
    }

    /**
     * Zip code or equivalent.
     *
     * @param postalCode the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = postalCode;
      this.set0 |= 0x800L;
      return this;
    }

    /**
     * Sets <code>postal_code</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder postalCodeField(JsonField<String> field) {
      Objects.requireNonNull(field, "postalCodeField: field must not be null");
      this.postalCode = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
      return this;
    }

    /**
     * Country code according to ISO 3166-1 alpha-2.
     *
     * @param country the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder country(String country) {
      this.country = country;
      this.set0 |= 0x1000L;
      return this;
    }

    /**
     * Sets <code>country</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder countryField(JsonField<String> field) {
      Objects.requireNonNull(field, "countryField: field must not be null");
      this.country = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
      }
      return this;
    }

    /**
     * Latitude of the address.
     *
     * @param latitude the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder latitude(String latitude) {
      this.latitude = latitude;
      this.set0 |= 0x2000L;
      return this;
    }

    /**
     * Sets <code>latitude</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder latitudeField(JsonField<String> field) {
      Objects.requireNonNull(field, "latitudeField: field must not be null");
      this.latitude = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000L;
      } else {
        this.set0 |= 0x2000L;
      }
      return this;
    }

    /**
     * Longitude of the address.
     *
     * @param longitude the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder longitude(String longitude) {
      this.longitude = longitude;
      this.set0 |= 0x4000L;
      return this;
    }

    /**
     * Sets <code>longitude</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder longitudeField(JsonField<String> field) {
      Objects.requireNonNull(field, "longitudeField: field must not be null");
      this.longitude = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000L;
      } else {
        this.set0 |= 0x4000L;
      }
      return this;
    }

    /**
     * Address field that holds a sublocality, such as a county.
     *
     * @param county the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder county(String county) {
      this.county = county;
      this.set0 |= 0x8000L;
      return this;
    }

    /**
     * Sets <code>county</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder countyField(JsonField<String> field) {
      Objects.requireNonNull(field, "countyField: field must not be null");
      this.county = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8000L;
      } else {
        this.set0 |= 0x8000L;
      }
      return this;
    }

    /**
     * Name of the contact person at the address.
     *
     * @param contactName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactName(String contactName) {
      this.contactName = contactName;
      this.set0 |= 0x10000L;
      return this;
    }

    /**
     * Sets <code>contact_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder contactNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "contactNameField: field must not be null");
      this.contactName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000L;
      } else {
        this.set0 |= 0x10000L;
      }
      return this;
    }

    /**
     * Salutation of the contact person at the address.
     *
     * @param salutation the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder salutation(String salutation) {
      this.salutation = salutation;
      this.set0 |= 0x20000L;
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
        this.set0 &= ~0x20000L;
      } else {
        this.set0 |= 0x20000L;
      }
      return this;
    }

    /**
     * Phone number of the address.
     *
     * @param phoneNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      this.set0 |= 0x40000L;
      return this;
    }

    /**
     * Sets <code>phone_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder phoneNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "phoneNumberField: field must not be null");
      this.phoneNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000L;
      } else {
        this.set0 |= 0x40000L;
      }
      return this;
    }

    /**
     * Fax number of the address.
     *
     * @param fax the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder fax(String fax) {
      this.fax = fax;
      this.set0 |= 0x80000L;
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
        this.set0 &= ~0x80000L;
      } else {
        this.set0 |= 0x80000L;
      }
      return this;
    }

    /**
     * Email address of the address.
     *
     * @param email the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      this.set0 |= 0x100000L;
      return this;
    }

    /**
     * Sets <code>email</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder emailField(JsonField<String> field) {
      Objects.requireNonNull(field, "emailField: field must not be null");
      this.email = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100000L;
      } else {
        this.set0 |= 0x100000L;
      }
      return this;
    }

    /**
     * Website of the address.
     *
     * @param website the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder website(String website) {
      this.website = website;
      this.set0 |= 0x200000L;
      return this;
    }

    /**
     * Sets <code>website</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder websiteField(JsonField<String> field) {
      Objects.requireNonNull(field, "websiteField: field must not be null");
      this.website = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200000L;
      } else {
        this.set0 |= 0x200000L;
      }
      return this;
    }

    /**
     * Additional notes.
     *
     * @param notes the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = notes;
      this.set0 |= 0x400000L;
      return this;
    }

    /**
     * Sets <code>notes</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder notesField(JsonField<String> field) {
      Objects.requireNonNull(field, "notesField: field must not be null");
      this.notes = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400000L;
      } else {
        this.set0 |= 0x400000L;
      }
      return this;
    }

    /**
     * A binary value used to detect updates to an object and prevent data conflicts. It is incremented each time an update is made to the object.
     *
     * @param rowVersion the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder rowVersion(String rowVersion) {
      this.rowVersion = rowVersion;
      this.set0 |= 0x800000L;
      return this;
    }

    /**
     * Sets <code>row_version</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder rowVersionField(JsonField<String> field) {
      Objects.requireNonNull(field, "rowVersionField: field must not be null");
      this.rowVersion = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800000L;
      } else {
        this.set0 |= 0x800000L;
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
    public Address build() {
      return new Address(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Address}; not public API.
   */
  static final class Codec {
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

    private Codec() {
    }

    /**
     * Reads one {@link Address} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Address read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
              b.id = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "type":
              b.type = AddressType.Codec.read(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "string":
              b.string = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "name":
              b.name = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "line1":
              b.line1 = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "line2":
              b.line2 = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "line3":
              b.line3 = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "line4":
              b.line4 = Codecs.readString(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "street_number":
              b.streetNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "city":
              b.city = Codecs.readString(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "state":
              b.state = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "postal_code":
              b.postalCode = Codecs.readString(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "country":
              b.country = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            case "latitude":
              b.latitude = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000L;
              break;
            case "longitude":
              b.longitude = Codecs.readString(p, ctxt);
              b.set0 |= 0x4000L;
              break;
            case "county":
              b.county = Codecs.readString(p, ctxt);
              b.set0 |= 0x8000L;
              break;
            case "contact_name":
              b.contactName = Codecs.readString(p, ctxt);
              b.set0 |= 0x10000L;
              break;
            case "salutation":
              b.salutation = Codecs.readString(p, ctxt);
              b.set0 |= 0x20000L;
              break;
            case "phone_number":
              b.phoneNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x40000L;
              break;
            case "fax":
              b.fax = Codecs.readString(p, ctxt);
              b.set0 |= 0x80000L;
              break;
            case "email":
              b.email = Codecs.readString(p, ctxt);
              b.set0 |= 0x100000L;
              break;
            case "website":
              b.website = Codecs.readString(p, ctxt);
              b.set0 |= 0x200000L;
              break;
            case "notes":
              b.notes = Codecs.readString(p, ctxt);
              b.set0 |= 0x400000L;
              break;
            case "row_version":
              b.rowVersion = Codecs.readString(p, ctxt);
              b.set0 |= 0x800000L;
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
    static void write(JsonGenerator g, SerializerProvider provider, Address value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_ID);
        Codecs.writeString(g, provider, value.id);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_TYPE);
        AddressType.Codec.write(g, provider, value.type);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_STRING);
        Codecs.writeString(g, provider, value.string);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_NAME);
        Codecs.writeString(g, provider, value.name);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_LINE1);
        Codecs.writeString(g, provider, value.line1);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_LINE2);
        Codecs.writeString(g, provider, value.line2);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_LINE3);
        Codecs.writeString(g, provider, value.line3);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_LINE4);
        Codecs.writeString(g, provider, value.line4);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_STREET_NUMBER);
        Codecs.writeString(g, provider, value.streetNumber);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_CITY);
        Codecs.writeString(g, provider, value.city);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_STATE);
        Codecs.writeString(g, provider, value.state);
      }
      if ((value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_POSTAL_CODE);
        Codecs.writeString(g, provider, value.postalCode);
      }
      if ((value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_COUNTRY);
        Codecs.writeString(g, provider, value.country);
      }
      if ((value.set0 & 0x2000L) != 0) {
        g.writeFieldName(F_LATITUDE);
        Codecs.writeString(g, provider, value.latitude);
      }
      if ((value.set0 & 0x4000L) != 0) {
        g.writeFieldName(F_LONGITUDE);
        Codecs.writeString(g, provider, value.longitude);
      }
      if ((value.set0 & 0x8000L) != 0) {
        g.writeFieldName(F_COUNTY);
        Codecs.writeString(g, provider, value.county);
      }
      if ((value.set0 & 0x10000L) != 0) {
        g.writeFieldName(F_CONTACT_NAME);
        Codecs.writeString(g, provider, value.contactName);
      }
      if ((value.set0 & 0x20000L) != 0) {
        g.writeFieldName(F_SALUTATION);
        Codecs.writeString(g, provider, value.salutation);
      }
      if ((value.set0 & 0x40000L) != 0) {
        g.writeFieldName(F_PHONE_NUMBER);
        Codecs.writeString(g, provider, value.phoneNumber);
      }
      if ((value.set0 & 0x80000L) != 0) {
        g.writeFieldName(F_FAX);
        Codecs.writeString(g, provider, value.fax);
      }
      if ((value.set0 & 0x100000L) != 0) {
        g.writeFieldName(F_EMAIL);
        Codecs.writeString(g, provider, value.email);
      }
      if ((value.set0 & 0x200000L) != 0) {
        g.writeFieldName(F_WEBSITE);
        Codecs.writeString(g, provider, value.website);
      }
      if ((value.set0 & 0x400000L) != 0) {
        g.writeFieldName(F_NOTES);
        Codecs.writeString(g, provider, value.notes);
      }
      if ((value.set0 & 0x800000L) != 0) {
        g.writeFieldName(F_ROW_VERSION);
        Codecs.writeString(g, provider, value.rowVersion);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
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
}
