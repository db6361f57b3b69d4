// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.AddressCodec;
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
    using = AddressCodec.Serializer.class
)
@JsonDeserialize(
    using = AddressCodec.Deserializer.class
)
public final class Address {
  private final JsonField<String> id;

  private final JsonField<AddressType> type;

  private final JsonField<String> string;

  private final JsonField<String> name;

  private final JsonField<String> line1;

  private final JsonField<String> line2;

  private final JsonField<String> line3;

  private final JsonField<String> line4;

  private final JsonField<String> streetNumber;

  private final JsonField<String> city;

  private final JsonField<String> state;

  private final JsonField<String> postalCode;

  private final JsonField<String> country;

  private final JsonField<String> latitude;

  private final JsonField<String> longitude;

  private final JsonField<String> county;

  private final JsonField<String> contactName;

  private final JsonField<String> salutation;

  private final JsonField<String> phoneNumber;

  private final JsonField<String> fax;

  private final JsonField<String> email;

  private final JsonField<String> website;

  private final JsonField<String> notes;

  private final JsonField<String> rowVersion;

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
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the address.
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
   * The type of address.
   *
   * @return the value, or null when missing or null
   */
  public AddressType type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<AddressType> typeField() {
    return this.type;
  }

  /**
   * The address string. Some APIs don't provide structured address data.
   *
   * @return the value, or null when missing or null
   */
  public String string() {
    return this.string.value();
  }

  /**
   * The <code>string</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> stringField() {
    return this.string;
  }

  /**
   * The name of the address.
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
   * Line 1 of the address e.g. number, street, suite, apt #, etc.
   *
   * @return the value, or null when missing or null
   */
  public String line1() {
    return this.line1.value();
  }

  /**
   * The <code>line1</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> line1Field() {
    return this.line1;
  }

  /**
   * Line 2 of the address.
   *
   * @return the value, or null when missing or null
   */
  public String line2() {
    return this.line2.value();
  }

  /**
   * The <code>line2</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> line2Field() {
    return this.line2;
  }

  /**
   * Line 3 of the address.
   *
   * @return the value, or null when missing or null
   */
  public String line3() {
    return this.line3.value();
  }

  /**
   * The <code>line3</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> line3Field() {
    return this.line3;
  }

  /**
   * Line 4 of the address.
   *
   * @return the value, or null when missing or null
   */
  public String line4() {
    return this.line4.value();
  }

  /**
   * The <code>line4</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> line4Field() {
    return this.line4;
  }

  /**
   * Street number.
   *
   * @return the value, or null when missing or null
   */
  public String streetNumber() {
    return this.streetNumber.value();
  }

  /**
   * The <code>street_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> streetNumberField() {
    return this.streetNumber;
  }

  /**
   * Name of city.
   *
   * @return the value, or null when missing or null
   */
  public String city() {
    return this.city.value();
  }

  /**
   * The <code>city</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> cityField() {
    return this.city;
  }

  /**
   * Name of state.
   *
   * @return the value, or null when missing or null
   */
  public String state() {
    return this.state.value();
  }

  /**
   * The <code>state</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> stateField() {
    return this.state;
  }

  /**
   * Zip code or equivalent.
   *
   * @return the value, or null when missing or null
   */
  public String postalCode() {
    return this.postalCode.value();
  }

  /**
   * The <code>postal_code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> postalCodeField() {
    return this.postalCode;
  }

  /**
   * Country code according to ISO 3166-1 alpha-2.
   *
   * @return the value, or null when missing or null
   */
  public String country() {
    return this.country.value();
  }

  /**
   * The <code>country</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> countryField() {
    return this.country;
  }

  /**
   * Latitude of the address.
   *
   * @return the value, or null when missing or null
   */
  public String latitude() {
    return this.latitude.value();
  }

  /**
   * The <code>latitude</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> latitudeField() {
    return this.latitude;
  }

  /**
   * Longitude of the address.
   *
   * @return the value, or null when missing or null
   */
  public String longitude() {
    return this.longitude.value();
  }

  /**
   * The <code>longitude</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> longitudeField() {
    return this.longitude;
  }

  /**
   * Address field that holds a sublocality, such as a county.
   *
   * @return the value, or null when missing or null
   */
  public String county() {
    return this.county.value();
  }

  /**
   * The <code>county</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> countyField() {
    return this.county;
  }

  /**
   * Name of the contact person at the address.
   *
   * @return the value, or null when missing or null
   */
  public String contactName() {
    return this.contactName.value();
  }

  /**
   * The <code>contact_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactNameField() {
    return this.contactName;
  }

  /**
   * Salutation of the contact person at the address.
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
   * Phone number of the address.
   *
   * @return the value, or null when missing or null
   */
  public String phoneNumber() {
    return this.phoneNumber.value();
  }

  /**
   * The <code>phone_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> phoneNumberField() {
    return this.phoneNumber;
  }

  /**
   * Fax number of the address.
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
   * Email address of the address.
   *
   * @return the value, or null when missing or null
   */
  public String email() {
    return this.email.value();
  }

  /**
   * The <code>email</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailField() {
    return this.email;
  }

  /**
   * Website of the address.
   *
   * @return the value, or null when missing or null
   */
  public String website() {
    return this.website.value();
  }

  /**
   * The <code>website</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> websiteField() {
    return this.website;
  }

  /**
   * Additional notes.
   *
   * @return the value, or null when missing or null
   */
  public String notes() {
    return this.notes.value();
  }

  /**
   * The <code>notes</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> notesField() {
    return this.notes;
  }

  /**
   * A binary value used to detect updates to an object and prevent data conflicts. It is incremented each time an update is made to the object.
   *
   * @return the value, or null when missing or null
   */
  public String rowVersion() {
    return this.rowVersion.value();
  }

  /**
   * The <code>row_version</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> rowVersionField() {
    return this.rowVersion;
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
    return this.id.equals(other.id)
        && this.type.equals(other.type)
        && this.string.equals(other.string)
        && this.name.equals(other.name)
        && this.line1.equals(other.line1)
        && this.line2.equals(other.line2)
        && this.line3.equals(other.line3)
        && this.line4.equals(other.line4)
        && this.streetNumber.equals(other.streetNumber)
        && this.city.equals(other.city)
        && this.state.equals(other.state)
        && this.postalCode.equals(other.postalCode)
        && this.country.equals(other.country)
        && this.latitude.equals(other.latitude)
        && this.longitude.equals(other.longitude)
        && this.county.equals(other.county)
        && this.contactName.equals(other.contactName)
        && this.salutation.equals(other.salutation)
        && this.phoneNumber.equals(other.phoneNumber)
        && this.fax.equals(other.fax)
        && this.email.equals(other.email)
        && this.website.equals(other.website)
        && this.notes.equals(other.notes)
        && this.rowVersion.equals(other.rowVersion)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.string.hashCode();
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.line1.hashCode();
    h = 31 * h + this.line2.hashCode();
    h = 31 * h + this.line3.hashCode();
    h = 31 * h + this.line4.hashCode();
    h = 31 * h + this.streetNumber.hashCode();
    h = 31 * h + this.city.hashCode();
    h = 31 * h + this.state.hashCode();
    h = 31 * h + this.postalCode.hashCode();
    h = 31 * h + this.country.hashCode();
    h = 31 * h + this.latitude.hashCode();
    h = 31 * h + this.longitude.hashCode();
    h = 31 * h + this.county.hashCode();
    h = 31 * h + this.contactName.hashCode();
    h = 31 * h + this.salutation.hashCode();
    h = 31 * h + this.phoneNumber.hashCode();
    h = 31 * h + this.fax.hashCode();
    h = 31 * h + this.email.hashCode();
    h = 31 * h + this.website.hashCode();
    h = 31 * h + this.notes.hashCode();
    h = 31 * h + this.rowVersion.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Address{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.type.isMissing()) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!this.string.isMissing()) {
      sb.append(sep).append("string=").append(this.string);
      sep = ", ";
    }
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.line1.isMissing()) {
      sb.append(sep).append("line1=").append(this.line1);
      sep = ", ";
    }
    if (!this.line2.isMissing()) {
      sb.append(sep).append("line2=").append(this.line2);
      sep = ", ";
    }
    if (!this.line3.isMissing()) {
      sb.append(sep).append("line3=").append(this.line3);
      sep = ", ";
    }
    if (!this.line4.isMissing()) {
      sb.append(sep).append("line4=").append(this.line4);
      sep = ", ";
    }
    if (!this.streetNumber.isMissing()) {
      sb.append(sep).append("streetNumber=").append(this.streetNumber);
      sep = ", ";
    }
    if (!this.city.isMissing()) {
      sb.append(sep).append("city=").append(this.city);
      sep = ", ";
    }
    if (!this.state.isMissing()) {
      sb.append(sep).append("state=").append(this.state);
      sep = ", ";
    }
    if (!this.postalCode.isMissing()) {
      sb.append(sep).append("postalCode=").append(this.postalCode);
      sep = ", ";
    }
    if (!this.country.isMissing()) {
      sb.append(sep).append("country=").append(this.country);
      sep = ", ";
    }
    if (!this.latitude.isMissing()) {
      sb.append(sep).append("latitude=").append(this.latitude);
      sep = ", ";
    }
    if (!this.longitude.isMissing()) {
      sb.append(sep).append("longitude=").append(this.longitude);
      sep = ", ";
    }
    if (!this.county.isMissing()) {
      sb.append(sep).append("county=").append(this.county);
      sep = ", ";
    }
    if (!this.contactName.isMissing()) {
      sb.append(sep).append("contactName=").append(this.contactName);
      sep = ", ";
    }
    if (!this.salutation.isMissing()) {
      sb.append(sep).append("salutation=").append(this.salutation);
      sep = ", ";
    }
    if (!this.phoneNumber.isMissing()) {
      sb.append(sep).append("phoneNumber=").append(this.phoneNumber);
      sep = ", ";
    }
    if (!this.fax.isMissing()) {
      sb.append(sep).append("fax=").append(this.fax);
      sep = ", ";
    }
    if (!this.email.isMissing()) {
      sb.append(sep).append("email=").append(this.email);
      sep = ", ";
    }
    if (!this.website.isMissing()) {
      sb.append(sep).append("website=").append(this.website);
      sep = ", ";
    }
    if (!this.notes.isMissing()) {
      sb.append(sep).append("notes=").append(this.notes);
      sep = ", ";
    }
    if (!this.rowVersion.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<AddressType> type = JsonField.missing();

    private JsonField<String> string = JsonField.missing();

    private JsonField<String> name = JsonField.missing();

    private JsonField<String> line1 = JsonField.missing();

    private JsonField<String> line2 = JsonField.missing();

    private JsonField<String> line3 = JsonField.missing();

    private JsonField<String> line4 = JsonField.missing();

    private JsonField<String> streetNumber = JsonField.missing();

    private JsonField<String> city = JsonField.missing();

    private JsonField<String> state = JsonField.missing();

    private JsonField<String> postalCode = JsonField.missing();

    private JsonField<String> country = JsonField.missing();

    private JsonField<String> latitude = JsonField.missing();

    private JsonField<String> longitude = JsonField.missing();

    private JsonField<String> county = JsonField.missing();

    private JsonField<String> contactName = JsonField.missing();

    private JsonField<String> salutation = JsonField.missing();

    private JsonField<String> phoneNumber = JsonField.missing();

    private JsonField<String> fax = JsonField.missing();

    private JsonField<String> email = JsonField.missing();

    private JsonField<String> website = JsonField.missing();

    private JsonField<String> notes = JsonField.missing();

    private JsonField<String> rowVersion = JsonField.missing();

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
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * The type of address.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(AddressType type) {
      this.type = JsonField.of(type);
      return this;
    }

    /**
     * The address string. Some APIs don't provide structured address data.
     *
     * @param string the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder string(String string) {
      this.string = JsonField.of(string);
      return this;
    }

    /**
     * The name of the address.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = JsonField.of(name);
      return this;
    }

    /**
     * Line 1 of the address e.g. number, street, suite, apt #, etc.
     *
     * @param line1 the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder line1(String line1) {
      this.line1 = JsonField.of(line1);
      return this;
    }

    /**
     * Line 2 of the address.
     *
     * @param line2 the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder line2(String line2) {
      this.line2 = JsonField.of(line2);
      return this;
    }

    /**
     * Line 3 of the address.
     *
     * @param line3 the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder line3(String line3) {
      this.line3 = JsonField.of(line3);
      return this;
    }

    /**
     * Line 4 of the address.
     *
     * @param line4 the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder line4(String line4) {
      this.line4 = JsonField.of(line4);
      return this;
    }

    /**
     * Street number.
     *
     * @param streetNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder streetNumber(String streetNumber) {
      this.streetNumber = JsonField.of(streetNumber);
      return this;
    }

    /**
     * Name of city.
     *
     * @param city the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder city(String city) {
      this.city = JsonField.of(city);
      return this;
    }

    /**
     * Name of state.
     *
     * @param state the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder state(String state) {
      this.state = JsonField.of(state);
      return this;
    }

    /**
     * Zip code or equivalent.
     *
     * @param postalCode the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder postalCode(String postalCode) {
      this.postalCode = JsonField.of(postalCode);
      return this;
    }

    /**
     * Country code according to ISO 3166-1 alpha-2.
     *
     * @param country the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder country(String country) {
      this.country = JsonField.of(country);
      return this;
    }

    /**
     * Latitude of the address.
     *
     * @param latitude the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder latitude(String latitude) {
      this.latitude = JsonField.of(latitude);
      return this;
    }

    /**
     * Longitude of the address.
     *
     * @param longitude the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder longitude(String longitude) {
      this.longitude = JsonField.of(longitude);
      return this;
    }

    /**
     * Address field that holds a sublocality, such as a county.
     *
     * @param county the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder county(String county) {
      this.county = JsonField.of(county);
      return this;
    }

    /**
     * Name of the contact person at the address.
     *
     * @param contactName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactName(String contactName) {
      this.contactName = JsonField.of(contactName);
      return this;
    }

    /**
     * Salutation of the contact person at the address.
     *
     * @param salutation the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder salutation(String salutation) {
      this.salutation = JsonField.of(salutation);
      return this;
    }

    /**
     * Phone number of the address.
     *
     * @param phoneNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = JsonField.of(phoneNumber);
      return this;
    }

    /**
     * Fax number of the address.
     *
     * @param fax the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder fax(String fax) {
      this.fax = JsonField.of(fax);
      return this;
    }

    /**
     * Email address of the address.
     *
     * @param email the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = JsonField.of(email);
      return this;
    }

    /**
     * Website of the address.
     *
     * @param website the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder website(String website) {
      this.website = JsonField.of(website);
      return this;
    }

    /**
     * Additional notes.
     *
     * @param notes the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = JsonField.of(notes);
      return this;
    }

    /**
     * A binary value used to detect updates to an object and prevent data conflicts. It is incremented each time an update is made to the object.
     *
     * @param rowVersion the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder rowVersion(String rowVersion) {
      this.rowVersion = JsonField.of(rowVersion);
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
}
