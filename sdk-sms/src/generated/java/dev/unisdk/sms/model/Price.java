// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.sms.model.internal.PriceCodec;
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
    using = PriceCodec.Serializer.class
)
@JsonDeserialize(
    using = PriceCodec.Deserializer.class
)
public final class Price {
  private final JsonField<String> perUnit;

  private final JsonField<String> totalAmount;

  private final JsonField<Currency> currency;

  private final Map<String, JsonNode> additionalProperties;

  private Price(Builder b) {
    this.perUnit = b.perUnit;
    this.totalAmount = b.totalAmount;
    this.currency = b.currency;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Price per unit.
   *
   * @return the value, or null when missing or null
   */
  public String perUnit() {
    return this.perUnit.value();
  }

  /**
   * The <code>per_unit</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> perUnitField() {
    return this.perUnit;
  }

  /**
   * Total amount of the message (all units).
   *
   * @return the value, or null when missing or null
   */
  public String totalAmount() {
    return this.totalAmount.value();
  }

  /**
   * The <code>total_amount</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> totalAmountField() {
    return this.totalAmount;
  }

  /**
   * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
   *
   * @return the value, or null when missing or null
   */
  public Currency currency() {
    return this.currency.value();
  }

  /**
   * The <code>currency</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Currency> currencyField() {
    return this.currency;
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
    return this.perUnit.equals(other.perUnit)
        && this.totalAmount.equals(other.totalAmount)
        && this.currency.equals(other.currency)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.perUnit.hashCode();
    h = 31 * h + this.totalAmount.hashCode();
    h = 31 * h + this.currency.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Price{");
    String sep = "";
    if (!this.perUnit.isMissing()) {
      sb.append(sep).append("perUnit=").append(this.perUnit);
      sep = ", ";
    }
    if (!this.totalAmount.isMissing()) {
      sb.append(sep).append("totalAmount=").append(this.totalAmount);
      sep = ", ";
    }
    if (!this.currency.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> perUnit = JsonField.missing();

    private JsonField<String> totalAmount = JsonField.missing();

    private JsonField<Currency> currency = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Price source) {
      this.perUnit = source.perUnit;
      this.totalAmount = source.totalAmount;
      this.currency = source.currency;
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
      this.perUnit = JsonField.of(perUnit);
      return this;
    }

    /**
     * Total amount of the message (all units).
     *
     * @param totalAmount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder totalAmount(String totalAmount) {
      this.totalAmount = JsonField.of(totalAmount);
      return this;
    }

    /**
     * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
     *
     * @param currency the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder currency(Currency currency) {
      this.currency = JsonField.of(currency);
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
}
