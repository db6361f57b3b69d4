// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.PhoneNumberCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A phone number.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = PhoneNumberCodec.Serializer.class
)
@JsonDeserialize(
    using = PhoneNumberCodec.Deserializer.class
)
public final class PhoneNumber {
  private final JsonField<String> id;

  private final JsonField<String> countryCode;

  private final JsonField<String> areaCode;

  private final JsonField<String> number;

  private final JsonField<String> extension;

  private final JsonField<PhoneNumberType> type;

  private final Map<String, JsonNode> additionalProperties;

  private PhoneNumber(Builder b) {
    this.id = b.id;
    this.countryCode = b.countryCode;
    this.areaCode = b.areaCode;
    this.number = b.number;
    this.extension = b.extension;
    this.type = b.type;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier of the phone number.
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
   * The country code of the phone number, e.g. +1.
   *
   * @return the value, or null when missing or null
   */
  public String countryCode() {
    return this.countryCode.value();
  }

  /**
   * The <code>country_code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> countryCodeField() {
    return this.countryCode;
  }

  /**
   * The area code of the phone number, e.g. 323.
   *
   * @return the value, or null when missing or null
   */
  public String areaCode() {
    return this.areaCode.value();
  }

  /**
   * The <code>area_code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> areaCodeField() {
    return this.areaCode;
  }

  /**
   * The phone number.
   *
   * @return the value, or null when missing or null
   */
  public String number() {
    return this.number.value();
  }

  /**
   * The <code>number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> numberField() {
    return this.number;
  }

  /**
   * The extension of the phone number.
   *
   * @return the value, or null when missing or null
   */
  public String extension() {
    return this.extension.value();
  }

  /**
   * The <code>extension</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> extensionField() {
    return this.extension;
  }

  /**
   * The type of phone number.
   *
   * @return the value, or null when missing or null
   */
  public PhoneNumberType type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<PhoneNumberType> typeField() {
    return this.type;
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
    if (!(o instanceof PhoneNumber)) {
      return false;
    }
    PhoneNumber other = (PhoneNumber) o;
    return this.id.equals(other.id)
        && this.countryCode.equals(other.countryCode)
        && this.areaCode.equals(other.areaCode)
        && this.number.equals(other.number)
        && this.extension.equals(other.extension)
        && this.type.equals(other.type)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.countryCode.hashCode();
    h = 31 * h + this.areaCode.hashCode();
    h = 31 * h + this.number.hashCode();
    h = 31 * h + this.extension.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PhoneNumber{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.countryCode.isMissing()) {
      sb.append(sep).append("countryCode=").append(this.countryCode);
      sep = ", ";
    }
    if (!this.areaCode.isMissing()) {
      sb.append(sep).append("areaCode=").append(this.areaCode);
      sep = ", ";
    }
    if (!this.number.isMissing()) {
      sb.append(sep).append("number=").append(this.number);
      sep = ", ";
    }
    if (!this.extension.isMissing()) {
      sb.append(sep).append("extension=").append(this.extension);
      sep = ", ";
    }
    if (!this.type.isMissing()) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link PhoneNumber}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> countryCode = JsonField.missing();

    private JsonField<String> areaCode = JsonField.missing();

    private JsonField<String> number = JsonField.missing();

    private JsonField<String> extension = JsonField.missing();

    private JsonField<PhoneNumberType> type = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(PhoneNumber source) {
      this.id = source.id;
      this.countryCode = source.countryCode;
      this.areaCode = source.areaCode;
      this.number = source.number;
      this.extension = source.extension;
      this.type = source.type;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Unique identifier of the phone number.
     *
     * @param id the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * The country code of the phone number, e.g. +1.
     *
     * @param countryCode the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder countryCode(String countryCode) {
      this.countryCode = JsonField.of(countryCode);
      return this;
    }

    /**
     * The area code of the phone number, e.g. 323.
     *
     * @param areaCode the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder areaCode(String areaCode) {
      this.areaCode = JsonField.of(areaCode);
      return this;
    }

    /**
     * The phone number.
     *
     * @param number the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder number(String number) {
      this.number = JsonField.of(number);
      return this;
    }

    /**
     * The extension of the phone number.
     *
     * @param extension the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder extension(String extension) {
      this.extension = JsonField.of(extension);
      return this;
    }

    /**
     * The type of phone number.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(PhoneNumberType type) {
      this.type = JsonField.of(type);
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
    public PhoneNumber build() {
      return new PhoneNumber(this);
    }
  }
}
