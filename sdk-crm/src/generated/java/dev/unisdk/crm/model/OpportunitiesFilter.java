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
    return title.value();
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return title;
  }

  /**
   * Status to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String status() {
    return status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusField() {
    return status;
  }

  /**
   * Monetary amount to filter on.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal monetaryAmount() {
    return monetaryAmount.value();
  }

  /**
   * The <code>monetary_amount</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> monetaryAmountField() {
    return monetaryAmount;
  }

  /**
   * Win probability to filter on.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal winProbability() {
    return winProbability.value();
  }

  /**
   * The <code>win_probability</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> winProbabilityField() {
    return winProbability;
  }

  /**
   * Company ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return companyId.value();
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return companyId;
  }

  /**
   * Owner ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return ownerId.value();
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return ownerId;
  }

  /**
   * Primary contact ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String primaryContactId() {
    return primaryContactId.value();
  }

  /**
   * The <code>primary_contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> primaryContactIdField() {
    return primaryContactId;
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
    return title.equals(other.title)
        && status.equals(other.status)
        && monetaryAmount.equals(other.monetaryAmount)
        && winProbability.equals(other.winProbability)
        && companyId.equals(other.companyId)
        && ownerId.equals(other.ownerId)
        && primaryContactId.equals(other.primaryContactId)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + title.hashCode();
    h = 31 * h + status.hashCode();
    h = 31 * h + monetaryAmount.hashCode();
    h = 31 * h + winProbability.hashCode();
    h = 31 * h + companyId.hashCode();
    h = 31 * h + ownerId.hashCode();
    h = 31 * h + primaryContactId.hashCode();
    h = 31 * h + additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("OpportunitiesFilter{");
    String sep = "";
    if (!title.isMissing()) {
      sb.append(sep).append("title=").append(title);
      sep = ", ";
    }
    if (!status.isMissing()) {
      sb.append(sep).append("status=").append(status);
      sep = ", ";
    }
    if (!monetaryAmount.isMissing()) {
      sb.append(sep).append("monetaryAmount=").append(monetaryAmount);
      sep = ", ";
    }
    if (!winProbability.isMissing()) {
      sb.append(sep).append("winProbability=").append(winProbability);
      sep = ", ";
    }
    if (!companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(companyId);
      sep = ", ";
    }
    if (!ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(ownerId);
      sep = ", ";
    }
    if (!primaryContactId.isMissing()) {
      sb.append(sep).append("primaryContactId=").append(primaryContactId);
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
