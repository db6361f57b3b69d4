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
 * A phone number.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = PhoneNumber.Codec.Serializer.class
)
@JsonDeserialize(
    using = PhoneNumber.Codec.Deserializer.class
)
public final class PhoneNumber {
  private final String id;

  private final String countryCode;

  private final String areaCode;

  private final String number;

  private final String extension;

  private final PhoneNumberType type;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private PhoneNumber(Builder b) {
    this.id = b.id;
    this.countryCode = b.countryCode;
    this.areaCode = b.areaCode;
    this.number = b.number;
    this.extension = b.extension;
    this.type = b.type;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier of the phone number.
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
   * The country code of the phone number, e.g. +1.
   *
   * @return the value, or null when missing or null
   */
  public String countryCode() {
    return this.countryCode;
  }

  /**
   * The <code>country_code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> countryCodeField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.countryCode) : JsonField.missing();
  }

  /**
   * The area code of the phone number, e.g. 323.
   *
   * @return the value, or null when missing or null
   */
  public String areaCode() {
    return this.areaCode;
  }

  /**
   * The <code>area_code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> areaCodeField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.areaCode) : JsonField.missing();
  }

  /**
   * The phone number.
   *
   * @return the value, or null when missing or null
   */
  public String number() {
    return this.number;
  }

  /**
   * The <code>number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> numberField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.number) : JsonField.missing();
  }

  /**
   * The extension of the phone number.
   *
   * @return the value, or null when missing or null
   */
  public String extension() {
    return this.extension;
  }

  /**
   * The <code>extension</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> extensionField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.extension) : JsonField.missing();
  }

  /**
   * The type of phone number.
   *
   * @return the value, or null when missing or null
   */
  public PhoneNumberType type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<PhoneNumberType> typeField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.type) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.countryCode, other.countryCode)
        && Objects.equals(this.areaCode, other.areaCode)
        && Objects.equals(this.number, other.number)
        && Objects.equals(this.extension, other.extension)
        && Objects.equals(this.type, other.type)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.countryCode);
    h = 31 * h + Objects.hashCode(this.areaCode);
    h = 31 * h + Objects.hashCode(this.number);
    h = 31 * h + Objects.hashCode(this.extension);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PhoneNumber{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("countryCode=").append(this.countryCode);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("areaCode=").append(this.areaCode);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("number=").append(this.number);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("extension=").append(this.extension);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String countryCode;

    private String areaCode;

    private String number;

    private String extension;

    private PhoneNumberType type;

    private long set0;

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
      this.set0 = source.set0;
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
     * The country code of the phone number, e.g. +1.
     *
     * @param countryCode the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder countryCode(String countryCode) {
      this.countryCode = countryCode;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>country_code</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder countryCodeField(JsonField<String> field) {
      Objects.requireNonNull(field, "countryCodeField: field must not be null");
      this.countryCode = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The area code of the phone number, e.g. 323.
     *
     * @param areaCode the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder areaCode(String areaCode) {
      this.areaCode = areaCode;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>area_code</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder areaCodeField(JsonField<String> field) {
      Objects.requireNonNull(field, "areaCodeField: field must not be null");
      this.areaCode = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The phone number.
     *
     * @param number the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder number(String number) {
      this.number = number;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder numberField(JsonField<String> field) {
      Objects.requireNonNull(field, "numberField: field must not be null");
      this.number = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The extension of the phone number.
     *
     * @param extension the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder extension(String extension) {
      this.extension = extension;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>extension</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder extensionField(JsonField<String> field) {
      Objects.requireNonNull(field, "extensionField: field must not be null");
      this.extension = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The type of phone number.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(PhoneNumberType type) {
      this.type = type;
      this.set0 |= 0x20L;
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
    public Builder typeField(JsonField<PhoneNumberType> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
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
    public PhoneNumber build() {
      return new PhoneNumber(this);
    }
  }

  /**
   * Streaming JSON codec of {@link PhoneNumber}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_COUNTRY_CODE = new SerializedString("country_code");

    private static final SerializedString F_AREA_CODE = new SerializedString("area_code");

    private static final SerializedString F_NUMBER = new SerializedString("number");

    private static final SerializedString F_EXTENSION = new SerializedString("extension");

    private static final SerializedString F_TYPE = new SerializedString("type");

    private Codec() {
    }

    /**
     * Reads one {@link PhoneNumber} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static PhoneNumber read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, PhoneNumber.class);
      PhoneNumber.Builder b = PhoneNumber.builder();
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
            case "country_code":
              b.countryCode = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "area_code":
              b.areaCode = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "number":
              b.number = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "extension":
              b.extension = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "type":
              b.type = PhoneNumberType.Codec.read(p, ctxt);
              b.set0 |= 0x20L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, PhoneNumber.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link PhoneNumber}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, PhoneNumber value) throws
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
        g.writeFieldName(F_COUNTRY_CODE);
        Codecs.writeString(g, provider, value.countryCode);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_AREA_CODE);
        Codecs.writeString(g, provider, value.areaCode);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_NUMBER);
        Codecs.writeString(g, provider, value.number);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_EXTENSION);
        Codecs.writeString(g, provider, value.extension);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_TYPE);
        PhoneNumberType.Codec.write(g, provider, value.type);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link PhoneNumber}.
     */
    public static final class Deserializer extends StdDeserializer<PhoneNumber> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(PhoneNumber.class);
      }

      @Override
      public PhoneNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link PhoneNumber}.
     */
    public static final class Serializer extends StdSerializer<PhoneNumber> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(PhoneNumber.class);
      }

      @Override
      public void serialize(PhoneNumber value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
