// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.OpportunitiesFilterCodec;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filter for listing opportunities: `filter[&lt;field&gt;]=&lt;value&gt;` (deepObject).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = OpportunitiesFilterCodec.Serializer.class
)
@JsonDeserialize(
    using = OpportunitiesFilterCodec.Deserializer.class
)
public final class OpportunitiesFilter {
  private final JsonField<String> title;

  private final JsonField<String> status;

  private final JsonField<BigDecimal> monetaryAmount;

  private final JsonField<BigDecimal> winProbability;

  private final JsonField<String> companyId;

  private final JsonField<String> ownerId;

  private final JsonField<String> primaryContactId;

  private final Map<String, JsonNode> additionalProperties;

  private OpportunitiesFilter(Builder b) {
    this.title = b.title;
    this.status = b.status;
    this.monetaryAmount = b.monetaryAmount;
    this.winProbability = b.winProbability;
    this.companyId = b.companyId;
    this.ownerId = b.ownerId;
    this.primaryContactId = b.primaryContactId;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Title of the opportunity to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String title() {
    return this.title.value();
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return this.title;
  }

  /**
   * Status to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String status() {
    return this.status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusField() {
    return this.status;
  }

  /**
   * Monetary amount to filter on.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal monetaryAmount() {
    return this.monetaryAmount.value();
  }

  /**
   * The <code>monetary_amount</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> monetaryAmountField() {
    return this.monetaryAmount;
  }

  /**
   * Win probability to filter on.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal winProbability() {
    return this.winProbability.value();
  }

  /**
   * The <code>win_probability</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> winProbabilityField() {
    return this.winProbability;
  }

  /**
   * Company ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return this.companyId.value();
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return this.companyId;
  }

  /**
   * Owner ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return this.ownerId.value();
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return this.ownerId;
  }

  /**
   * Primary contact ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String primaryContactId() {
    return this.primaryContactId.value();
  }

  /**
   * The <code>primary_contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> primaryContactIdField() {
    return this.primaryContactId;
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
    if (!(o instanceof OpportunitiesFilter)) {
      return false;
    }
    OpportunitiesFilter other = (OpportunitiesFilter) o;
    return this.title.equals(other.title)
        && this.status.equals(other.status)
        && this.monetaryAmount.equals(other.monetaryAmount)
        && this.winProbability.equals(other.winProbability)
        && this.companyId.equals(other.companyId)
        && this.ownerId.equals(other.ownerId)
        && this.primaryContactId.equals(other.primaryContactId)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.title.hashCode();
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.monetaryAmount.hashCode();
    h = 31 * h + this.winProbability.hashCode();
    h = 31 * h + this.companyId.hashCode();
    h = 31 * h + this.ownerId.hashCode();
    h = 31 * h + this.primaryContactId.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("OpportunitiesFilter{");
    String sep = "";
    if (!this.title.isMissing()) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.monetaryAmount.isMissing()) {
      sb.append(sep).append("monetaryAmount=").append(this.monetaryAmount);
      sep = ", ";
    }
    if (!this.winProbability.isMissing()) {
      sb.append(sep).append("winProbability=").append(this.winProbability);
      sep = ", ";
    }
    if (!this.companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if (!this.ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if (!this.primaryContactId.isMissing()) {
      sb.append(sep).append("primaryContactId=").append(this.primaryContactId);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link OpportunitiesFilter}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> title = JsonField.missing();

    private JsonField<String> status = JsonField.missing();

    private JsonField<BigDecimal> monetaryAmount = JsonField.missing();

    private JsonField<BigDecimal> winProbability = JsonField.missing();

    private JsonField<String> companyId = JsonField.missing();

    private JsonField<String> ownerId = JsonField.missing();

    private JsonField<String> primaryContactId = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(OpportunitiesFilter source) {
      this.title = source.title;
      this.status = source.status;
      this.monetaryAmount = source.monetaryAmount;
      this.winProbability = source.winProbability;
      this.companyId = source.companyId;
      this.ownerId = source.ownerId;
      this.primaryContactId = source.primaryContactId;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Title of the opportunity to filter on.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = JsonField.of(title);
      return this;
    }

    /**
     * Status to filter on.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = JsonField.of(status);
      return this;
    }

    /**
     * Monetary amount to filter on.
     *
     * @param monetaryAmount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder monetaryAmount(BigDecimal monetaryAmount) {
      this.monetaryAmount = JsonField.of(monetaryAmount);
      return this;
    }

    /**
     * Win probability to filter on.
     *
     * @param winProbability the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder winProbability(BigDecimal winProbability) {
      this.winProbability = JsonField.of(winProbability);
      return this;
    }

    /**
     * Company ID to filter on.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = JsonField.of(companyId);
      return this;
    }

    /**
     * Owner ID to filter on.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = JsonField.of(ownerId);
      return this;
    }

    /**
     * Primary contact ID to filter on.
     *
     * @param primaryContactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder primaryContactId(String primaryContactId) {
      this.primaryContactId = JsonField.of(primaryContactId);
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
    public OpportunitiesFilter build() {
      return new OpportunitiesFilter(this);
    }
  }
}
