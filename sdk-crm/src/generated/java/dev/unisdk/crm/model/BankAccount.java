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
 * A bank account.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = BankAccount.Codec.Serializer.class
)
@JsonDeserialize(
    using = BankAccount.Codec.Deserializer.class
)
public final class BankAccount {
  private final String bankName;

  private final String accountNumber;

  private final String accountName;

  private final BankAccountType accountType;

  private final String iban;

  private final String bic;

  private final String routingNumber;

  private final String bsbNumber;

  private final String branchIdentifier;

  private final String bankCode;

  private final Currency currency;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private BankAccount(Builder b) {
    this.bankName = b.bankName;
    this.accountNumber = b.accountNumber;
    this.accountName = b.accountName;
    this.accountType = b.accountType;
    this.iban = b.iban;
    this.bic = b.bic;
    this.routingNumber = b.routingNumber;
    this.bsbNumber = b.bsbNumber;
    this.branchIdentifier = b.branchIdentifier;
    this.bankCode = b.bankCode;
    this.currency = b.currency;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The name of the bank.
   *
   * @return the value, or null when missing or null
   */
  public String bankName() {
    return this.bankName;
  }

  /**
   * The <code>bank_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bankNameField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.bankName) : JsonField.missing();
  }

  /**
   * A bank account number is a number that is tied to your bank account.
   *
   * @return the value, or null when missing or null
   */
  public String accountNumber() {
    return this.accountNumber;
  }

  /**
   * The <code>account_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> accountNumberField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.accountNumber) : JsonField.missing();
  }

  /**
   * The name which you used in opening your bank account.
   *
   * @return the value, or null when missing or null
   */
  public String accountName() {
    return this.accountName;
  }

  /**
   * The <code>account_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> accountNameField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.accountName) : JsonField.missing();
  }

  /**
   * The type of bank account.
   *
   * @return the value, or null when missing or null
   */
  public BankAccountType accountType() {
    return this.accountType;
  }

  /**
   * The <code>account_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BankAccountType> accountTypeField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.accountType) : JsonField.missing();
  }

  /**
   * The International Bank Account Number (IBAN).
   *
   * @return the value, or null when missing or null
   */
  public String iban() {
    return this.iban;
  }

  /**
   * The <code>iban</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ibanField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.iban) : JsonField.missing();
  }

  /**
   * The Bank Identifier Code (BIC).
   *
   * @return the value, or null when missing or null
   */
  public String bic() {
    return this.bic;
  }

  /**
   * The <code>bic</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bicField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.bic) : JsonField.missing();
  }

  /**
   * A routing number is a nine-digit code used to identify a financial institution in the United States.
   *
   * @return the value, or null when missing or null
   */
  public String routingNumber() {
    return this.routingNumber;
  }

  /**
   * The <code>routing_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> routingNumberField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.routingNumber) : JsonField.missing();
  }

  /**
   * A BSB is a 6 digit numeric code used for identifying the branch of an Australian or New Zealand bank or financial institution.
   *
   * @return the value, or null when missing or null
   */
  public String bsbNumber() {
    return this.bsbNumber;
  }

  /**
   * The <code>bsb_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bsbNumberField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.bsbNumber) : JsonField.missing();
  }

  /**
   * A branch identifier is a unique identifier for a branch of a bank or financial institution.
   *
   * @return the value, or null when missing or null
   */
  public String branchIdentifier() {
    return this.branchIdentifier;
  }

  /**
   * The <code>branch_identifier</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> branchIdentifierField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.branchIdentifier) : JsonField.missing();
  }

  /**
   * A bank code is a code assigned by a central bank, a bank supervisory body or a Bankers Association in a country to all its licensed member banks or financial institutions.
   *
   * @return the value, or null when missing or null
   */
  public String bankCode() {
    return this.bankCode;
  }

  /**
   * The <code>bank_code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bankCodeField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.bankCode) : JsonField.missing();
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
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.currency) : JsonField.missing();
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
    if (!(o instanceof BankAccount)) {
      return false;
    }
    BankAccount other = (BankAccount) o;
    return this.set0 == other.set0
        && Objects.equals(this.bankName, other.bankName)
        && Objects.equals(this.accountNumber, other.accountNumber)
        && Objects.equals(this.accountName, other.accountName)
        && Objects.equals(this.accountType, other.accountType)
        && Objects.equals(this.iban, other.iban)
        && Objects.equals(this.bic, other.bic)
        && Objects.equals(this.routingNumber, other.routingNumber)
        && Objects.equals(this.bsbNumber, other.bsbNumber)
        && Objects.equals(this.branchIdentifier, other.branchIdentifier)
        && Objects.equals(this.bankCode, other.bankCode)
        && Objects.equals(this.currency, other.currency)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.bankName);
    h = 31 * h + Objects.hashCode(this.accountNumber);
    h = 31 * h + Objects.hashCode(this.accountName);
    h = 31 * h + Objects.hashCode(this.accountType);
    h = 31 * h + Objects.hashCode(this.iban);
    h = 31 * h + Objects.hashCode(this.bic);
    h = 31 * h + Objects.hashCode(this.routingNumber);
    h = 31 * h + Objects.hashCode(this.bsbNumber);
    h = 31 * h + Objects.hashCode(this.branchIdentifier);
    h = 31 * h + Objects.hashCode(this.bankCode);
    h = 31 * h + Objects.hashCode(this.currency);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BankAccount{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("bankName=").append(this.bankName);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("accountNumber=").append(this.accountNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("accountName=").append(this.accountName);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("accountType=").append(this.accountType);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("iban=").append(this.iban);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("bic=").append(this.bic);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("routingNumber=").append(this.routingNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("bsbNumber=").append(this.bsbNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("branchIdentifier=").append(this.branchIdentifier);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("bankCode=").append(this.bankCode);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("currency=").append(this.currency);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link BankAccount}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String bankName;

    private String accountNumber;

    private String accountName;

    private BankAccountType accountType;

    private String iban;

    private String bic;

    private String routingNumber;

    private String bsbNumber;

    private String branchIdentifier;

    private String bankCode;

    private Currency currency;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(BankAccount source) {
      this.bankName = source.bankName;
      this.accountNumber = source.accountNumber;
      this.accountName = source.accountName;
      this.accountType = source.accountType;
      this.iban = source.iban;
      this.bic = source.bic;
      this.routingNumber = source.routingNumber;
      this.bsbNumber = source.bsbNumber;
      this.branchIdentifier = source.branchIdentifier;
      this.bankCode = source.bankCode;
      this.currency = source.currency;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The name of the bank.
     *
     * @param bankName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bankName(String bankName) {
      this.bankName = bankName;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>bank_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder bankNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "bankNameField: field must not be null");
      this.bankName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * A bank account number is a number that is tied to your bank account.
     *
     * @param accountNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder accountNumber(String accountNumber) {
      this.accountNumber = accountNumber;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>account_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder accountNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "accountNumberField: field must not be null");
      this.accountNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The name which you used in opening your bank account.
     *
     * @param accountName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder accountName(String accountName) {
      this.accountName = accountName;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>account_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder accountNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "accountNameField: field must not be null");
      this.accountName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The type of bank account.
     *
     * @param accountType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder accountType(BankAccountType accountType) {
      this.accountType = accountType;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>account_type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder accountTypeField(JsonField<BankAccountType> field) {
      Objects.requireNonNull(field, "accountTypeField: field must not be null");
      this.accountType = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The International Bank Account Number (IBAN).
     *
     * @param iban the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder iban(String iban) {
      this.iban = iban;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>iban</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder ibanField(JsonField<String> field) {
      Objects.requireNonNull(field, "ibanField: field must not be null");
      this.iban = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The Bank Identifier Code (BIC).
     *
     * @param bic the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bic(String bic) {
      this.bic = bic;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>bic</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder bicField(JsonField<String> field) {
      Objects.requireNonNull(field, "bicField: field must not be null");
      this.bic = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * A routing number is a nine-digit code used to identify a financial institution in the United States.
     *
     * @param routingNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder routingNumber(String routingNumber) {
      this.routingNumber = routingNumber;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>routing_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder routingNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "routingNumberField: field must not be null");
      this.routingNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * A BSB is a 6 digit numeric code used for identifying the branch of an Australian or New Zealand bank or financial institution.
     *
     * @param bsbNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bsbNumber(String bsbNumber) {
      this.bsbNumber = bsbNumber;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>bsb_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder bsbNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "bsbNumberField: field must not be null");
      this.bsbNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * A branch identifier is a unique identifier for a branch of a bank or financial institution.
     *
     * @param branchIdentifier the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder branchIdentifier(String branchIdentifier) {
      this.branchIdentifier = branchIdentifier;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>branch_identifier</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder branchIdentifierField(JsonField<String> field) {
      Objects.requireNonNull(field, "branchIdentifierField: field must not be null");
      this.branchIdentifier = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * A bank code is a code assigned by a central bank, a bank supervisory body or a Bankers Association in a country to all its licensed member banks or financial institutions.
     *
     * @param bankCode the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bankCode(String bankCode) {
      this.bankCode = bankCode;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>bank_code</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder bankCodeField(JsonField<String> field) {
      Objects.requireNonNull(field, "bankCodeField: field must not be null");
      this.bankCode = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
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
      this.set0 |= 0x400L;
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
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
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
    public BankAccount build() {
      return new BankAccount(this);
    }
  }

  /**
   * Streaming JSON codec of {@link BankAccount}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_BANK_NAME = new SerializedString("bank_name");

    private static final SerializedString F_ACCOUNT_NUMBER = new SerializedString("account_number");

    private static final SerializedString F_ACCOUNT_NAME = new SerializedString("account_name");

    private static final SerializedString F_ACCOUNT_TYPE = new SerializedString("account_type");

    private static final SerializedString F_IBAN = new SerializedString("iban");

    private static final SerializedString F_BIC = new SerializedString("bic");

    private static final SerializedString F_ROUTING_NUMBER = new SerializedString("routing_number");

    private static final SerializedString F_BSB_NUMBER = new SerializedString("bsb_number");

    private static final SerializedString F_BRANCH_IDENTIFIER = new SerializedString("branch_identifier");

    private static final SerializedString F_BANK_CODE = new SerializedString("bank_code");

    private static final SerializedString F_CURRENCY = new SerializedString("currency");

    private Codec() {
    }

    /**
     * Reads one {@link BankAccount} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static BankAccount read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, BankAccount.class);
      BankAccount.Builder b = BankAccount.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "bank_name":
              b.bankName = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "account_number":
              b.accountNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "account_name":
              b.accountName = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "account_type":
              b.accountType = BankAccountType.Codec.read(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "iban":
              b.iban = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "bic":
              b.bic = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "routing_number":
              b.routingNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "bsb_number":
              b.bsbNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "branch_identifier":
              b.branchIdentifier = Codecs.readString(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "bank_code":
              b.bankCode = Codecs.readString(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "currency":
              b.currency = Currency.Codec.read(p, ctxt);
              b.set0 |= 0x400L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, BankAccount.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link BankAccount}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, BankAccount value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_BANK_NAME);
        Codecs.writeString(g, provider, value.bankName);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_ACCOUNT_NUMBER);
        Codecs.writeString(g, provider, value.accountNumber);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_ACCOUNT_NAME);
        Codecs.writeString(g, provider, value.accountName);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_ACCOUNT_TYPE);
        BankAccountType.Codec.write(g, provider, value.accountType);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_IBAN);
        Codecs.writeString(g, provider, value.iban);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_BIC);
        Codecs.writeString(g, provider, value.bic);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_ROUTING_NUMBER);
        Codecs.writeString(g, provider, value.routingNumber);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_BSB_NUMBER);
        Codecs.writeString(g, provider, value.bsbNumber);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_BRANCH_IDENTIFIER);
        Codecs.writeString(g, provider, value.branchIdentifier);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_BANK_CODE);
        Codecs.writeString(g, provider, value.bankCode);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_CURRENCY);
        Currency.Codec.write(g, provider, value.currency);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link BankAccount}.
     */
    public static final class Deserializer extends StdDeserializer<BankAccount> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(BankAccount.class);
      }

      @Override
      public BankAccount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link BankAccount}.
     */
    public static final class Serializer extends StdSerializer<BankAccount> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(BankAccount.class);
      }

      @Override
      public void serialize(BankAccount value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
