// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.BankAccountCodec;
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
    using = BankAccountCodec.Serializer.class
)
@JsonDeserialize(
    using = BankAccountCodec.Deserializer.class
)
public final class BankAccount {
  private final JsonField<String> bankName;

  private final JsonField<String> accountNumber;

  private final JsonField<String> accountName;

  private final JsonField<BankAccountType> accountType;

  private final JsonField<String> iban;

  private final JsonField<String> bic;

  private final JsonField<String> routingNumber;

  private final JsonField<String> bsbNumber;

  private final JsonField<String> branchIdentifier;

  private final JsonField<String> bankCode;

  private final JsonField<Currency> currency;

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
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The name of the bank.
   *
   * @return the value, or null when missing or null
   */
  public String bankName() {
    return this.bankName.value();
  }

  /**
   * The <code>bank_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bankNameField() {
    return this.bankName;
  }

  /**
   * A bank account number is a number that is tied to your bank account.
   *
   * @return the value, or null when missing or null
   */
  public String accountNumber() {
    return this.accountNumber.value();
  }

  /**
   * The <code>account_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> accountNumberField() {
    return this.accountNumber;
  }

  /**
   * The name which you used in opening your bank account.
   *
   * @return the value, or null when missing or null
   */
  public String accountName() {
    return this.accountName.value();
  }

  /**
   * The <code>account_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> accountNameField() {
    return this.accountName;
  }

  /**
   * The type of bank account.
   *
   * @return the value, or null when missing or null
   */
  public BankAccountType accountType() {
    return this.accountType.value();
  }

  /**
   * The <code>account_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BankAccountType> accountTypeField() {
    return this.accountType;
  }

  /**
   * The International Bank Account Number (IBAN).
   *
   * @return the value, or null when missing or null
   */
  public String iban() {
    return this.iban.value();
  }

  /**
   * The <code>iban</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ibanField() {
    return this.iban;
  }

  /**
   * The Bank Identifier Code (BIC).
   *
   * @return the value, or null when missing or null
   */
  public String bic() {
    return this.bic.value();
  }

  /**
   * The <code>bic</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bicField() {
    return this.bic;
  }

  /**
   * A routing number is a nine-digit code used to identify a financial institution in the United States.
   *
   * @return the value, or null when missing or null
   */
  public String routingNumber() {
    return this.routingNumber.value();
  }

  /**
   * The <code>routing_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> routingNumberField() {
    return this.routingNumber;
  }

  /**
   * A BSB is a 6 digit numeric code used for identifying the branch of an Australian or New Zealand bank or financial institution.
   *
   * @return the value, or null when missing or null
   */
  public String bsbNumber() {
    return this.bsbNumber.value();
  }

  /**
   * The <code>bsb_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bsbNumberField() {
    return this.bsbNumber;
  }

  /**
   * A branch identifier is a unique identifier for a branch of a bank or financial institution.
   *
   * @return the value, or null when missing or null
   */
  public String branchIdentifier() {
    return this.branchIdentifier.value();
  }

  /**
   * The <code>branch_identifier</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> branchIdentifierField() {
    return this.branchIdentifier;
  }

  /**
   * A bank code is a code assigned by a central bank, a bank supervisory body or a Bankers Association in a country to all its licensed member banks or financial institutions.
   *
   * @return the value, or null when missing or null
   */
  public String bankCode() {
    return this.bankCode.value();
  }

  /**
   * The <code>bank_code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bankCodeField() {
    return this.bankCode;
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
    if (!(o instanceof BankAccount)) {
      return false;
    }
    BankAccount other = (BankAccount) o;
    return this.bankName.equals(other.bankName)
        && this.accountNumber.equals(other.accountNumber)
        && this.accountName.equals(other.accountName)
        && this.accountType.equals(other.accountType)
        && this.iban.equals(other.iban)
        && this.bic.equals(other.bic)
        && this.routingNumber.equals(other.routingNumber)
        && this.bsbNumber.equals(other.bsbNumber)
        && this.branchIdentifier.equals(other.branchIdentifier)
        && this.bankCode.equals(other.bankCode)
        && this.currency.equals(other.currency)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.bankName.hashCode();
    h = 31 * h + this.accountNumber.hashCode();
    h = 31 * h + this.accountName.hashCode();
    h = 31 * h + this.accountType.hashCode();
    h = 31 * h + this.iban.hashCode();
    h = 31 * h + this.bic.hashCode();
    h = 31 * h + this.routingNumber.hashCode();
    h = 31 * h + this.bsbNumber.hashCode();
    h = 31 * h + this.branchIdentifier.hashCode();
    h = 31 * h + this.bankCode.hashCode();
    h = 31 * h + this.currency.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BankAccount{");
    String sep = "";
    if (!this.bankName.isMissing()) {
      sb.append(sep).append("bankName=").append(this.bankName);
      sep = ", ";
    }
    if (!this.accountNumber.isMissing()) {
      sb.append(sep).append("accountNumber=").append(this.accountNumber);
      sep = ", ";
    }
    if (!this.accountName.isMissing()) {
      sb.append(sep).append("accountName=").append(this.accountName);
      sep = ", ";
    }
    if (!this.accountType.isMissing()) {
      sb.append(sep).append("accountType=").append(this.accountType);
      sep = ", ";
    }
    if (!this.iban.isMissing()) {
      sb.append(sep).append("iban=").append(this.iban);
      sep = ", ";
    }
    if (!this.bic.isMissing()) {
      sb.append(sep).append("bic=").append(this.bic);
      sep = ", ";
    }
    if (!this.routingNumber.isMissing()) {
      sb.append(sep).append("routingNumber=").append(this.routingNumber);
      sep = ", ";
    }
    if (!this.bsbNumber.isMissing()) {
      sb.append(sep).append("bsbNumber=").append(this.bsbNumber);
      sep = ", ";
    }
    if (!this.branchIdentifier.isMissing()) {
      sb.append(sep).append("branchIdentifier=").append(this.branchIdentifier);
      sep = ", ";
    }
    if (!this.bankCode.isMissing()) {
      sb.append(sep).append("bankCode=").append(this.bankCode);
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
   * Builds {@link BankAccount}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> bankName = JsonField.missing();

    private JsonField<String> accountNumber = JsonField.missing();

    private JsonField<String> accountName = JsonField.missing();

    private JsonField<BankAccountType> accountType = JsonField.missing();

    private JsonField<String> iban = JsonField.missing();

    private JsonField<String> bic = JsonField.missing();

    private JsonField<String> routingNumber = JsonField.missing();

    private JsonField<String> bsbNumber = JsonField.missing();

    private JsonField<String> branchIdentifier = JsonField.missing();

    private JsonField<String> bankCode = JsonField.missing();

    private JsonField<Currency> currency = JsonField.missing();

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
      this.bankName = JsonField.of(bankName);
      return this;
    }

    /**
     * A bank account number is a number that is tied to your bank account.
     *
     * @param accountNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder accountNumber(String accountNumber) {
      this.accountNumber = JsonField.of(accountNumber);
      return this;
    }

    /**
     * The name which you used in opening your bank account.
     *
     * @param accountName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder accountName(String accountName) {
      this.accountName = JsonField.of(accountName);
      return this;
    }

    /**
     * The type of bank account.
     *
     * @param accountType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder accountType(BankAccountType accountType) {
      this.accountType = JsonField.of(accountType);
      return this;
    }

    /**
     * The International Bank Account Number (IBAN).
     *
     * @param iban the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder iban(String iban) {
      this.iban = JsonField.of(iban);
      return this;
    }

    /**
     * The Bank Identifier Code (BIC).
     *
     * @param bic the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bic(String bic) {
      this.bic = JsonField.of(bic);
      return this;
    }

    /**
     * A routing number is a nine-digit code used to identify a financial institution in the United States.
     *
     * @param routingNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder routingNumber(String routingNumber) {
      this.routingNumber = JsonField.of(routingNumber);
      return this;
    }

    /**
     * A BSB is a 6 digit numeric code used for identifying the branch of an Australian or New Zealand bank or financial institution.
     *
     * @param bsbNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bsbNumber(String bsbNumber) {
      this.bsbNumber = JsonField.of(bsbNumber);
      return this;
    }

    /**
     * A branch identifier is a unique identifier for a branch of a bank or financial institution.
     *
     * @param branchIdentifier the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder branchIdentifier(String branchIdentifier) {
      this.branchIdentifier = JsonField.of(branchIdentifier);
      return this;
    }

    /**
     * A bank code is a code assigned by a central bank, a bank supervisory body or a Bankers Association in a country to all its licensed member banks or financial institutions.
     *
     * @param bankCode the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder bankCode(String bankCode) {
      this.bankCode = JsonField.of(bankCode);
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
    public BankAccount build() {
      return new BankAccount(this);
    }
  }
}
