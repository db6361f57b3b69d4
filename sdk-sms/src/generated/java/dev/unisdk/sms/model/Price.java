// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

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
 * Price of the message. Amounts are decimal strings, never floating point.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Price.Codec.Serializer.class
)
@JsonDeserialize(
    using = Price.Codec.Deserializer.class
)
public final class Price {
  private final String perUnit;

  private final String totalAmount;

  private final Currency currency;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Price(Builder b) {
    this.perUnit = b.perUnit;
    this.totalAmount = b.totalAmount;
    this.currency = b.currency;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Price per unit.
   *
   * @return the value, or null when missing or null
   */
  public String perUnit() {
    return this.perUnit;
  }

  /**
   * The <code>per_unit</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> perUnitField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.perUnit) : JsonField.missing();
  }

  /**
   * Total amount of the message (all units).
   *
   * @return the value, or null when missing or null
   */
  public String totalAmount() {
    return this.totalAmount;
  }

  /**
   * The <code>total_amount</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> totalAmountField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.totalAmount) : JsonField.missing();
  }

  /**
   * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
   *
   * @return the value, or null when missing or null
   */
  public Currency currency() {
    return this.currency;
  }

  /**
   * The <code>currency</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Currency> currencyField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.currency) : JsonField.missing();
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
    if (!(o instanceof Price)) {
      return false;
    }
    Price other = (Price) o;
    return this.set0 == other.set0
        && Objects.equals(this.perUnit, other.perUnit)
        && Objects.equals(this.totalAmount, other.totalAmount)
        && Objects.equals(this.currency, other.currency)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.perUnit);
    h = 31 * h + Objects.hashCode(this.totalAmount);
    h = 31 * h + Objects.hashCode(this.currency);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Price{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("perUnit=").append(this.perUnit);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("totalAmount=").append(this.totalAmount);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Price}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String perUnit;

    private String totalAmount;

    private Currency currency;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Price source) {
      this.perUnit = source.perUnit;
      this.totalAmount = source.totalAmount;
      this.currency = source.currency;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Price per unit.
     *
     * @param perUnit the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder perUnit(String perUnit) {
      this.perUnit = perUnit;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>per_unit</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder perUnitField(JsonField<String> field) {
      Objects.requireNonNull(field, "perUnitField: field must not be null");
      this.perUnit = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Total amount of the message (all units).
     *
     * @param totalAmount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder totalAmount(String totalAmount) {
      this.totalAmount = totalAmount;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>total_amount</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder totalAmountField(JsonField<String> field) {
      Objects.requireNonNull(field, "totalAmountField: field must not be null");
      this.totalAmount = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
     *
     * @param currency the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = currency;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>currency</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder currencyField(JsonField<Currency> field) {
      Objects.requireNonNull(field, "currencyField: field must not be null");
      this.currency = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
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
    public Price build() {
      return new Price(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Price}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_PER_UNIT = new SerializedString("per_unit");

    private static final SerializedString F_TOTAL_AMOUNT = new SerializedString("total_amount");

    private static final SerializedString F_CURRENCY = new SerializedString("currency");

    private Codec() {
    }

    /**
     * Reads one {@link Price} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Price read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Price.class);
      Price.Builder b = Price.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "per_unit":
              b.perUnit = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "total_amount":
              b.totalAmount = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "currency":
              b.currency = Currency.Codec.read(p, ctxt);
              b.set0 |= 0x4L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Price.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Price}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Price value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_PER_UNIT);
        Codecs.writeString(g, provider, value.perUnit);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_TOTAL_AMOUNT);
        Codecs.writeString(g, provider, value.totalAmount);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_CURRENCY);
        Currency.Codec.write(g, provider, value.currency);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Price}.
     */
    public static final class Deserializer extends StdDeserializer<Price> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Price.class);
      }

      @Override
      public Price deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Price}.
     */
    public static final class Serializer extends StdSerializer<Price> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Price.class);
      }

      @Override
      public void serialize(Price value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
