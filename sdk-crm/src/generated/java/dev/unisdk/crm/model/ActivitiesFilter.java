// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.ActivitiesFilterCodec;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filter for listing activities: `filter[&lt;field&gt;]=&lt;value&gt;` (deepObject).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ActivitiesFilterCodec.Serializer.class
)
@JsonDeserialize(
    using = ActivitiesFilterCodec.Deserializer.class
)
public final class ActivitiesFilter {
  private final JsonField<String> companyId;

  private final JsonField<String> ownerId;

  private final JsonField<String> contactId;

  private final JsonField<OffsetDateTime> updatedSince;

  private final Map<String, JsonNode> additionalProperties;

  private ActivitiesFilter(Builder b) {
    this.companyId = b.companyId;
    this.ownerId = b.ownerId;
    this.contactId = b.contactId;
    this.updatedSince = b.updatedSince;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
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
  public String contactId() {
    return this.contactId.value();
  }

  /**
   * The <code>contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactIdField() {
    return this.contactId;
  }

  /**
   * Only return activities updated since this date and time.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedSince() {
    return this.updatedSince.value();
  }

  /**
   * The <code>updated_since</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedSinceField() {
    return this.updatedSince;
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
    if (!(o instanceof ActivitiesFilter)) {
      return false;
    }
    ActivitiesFilter other = (ActivitiesFilter) o;
    return this.companyId.equals(other.companyId)
        && this.ownerId.equals(other.ownerId)
        && this.contactId.equals(other.contactId)
        && this.updatedSince.equals(other.updatedSince)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.companyId.hashCode();
    h = 31 * h + this.ownerId.hashCode();
    h = 31 * h + this.contactId.hashCode();
    h = 31 * h + this.updatedSince.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ActivitiesFilter{");
    String sep = "";
    if (!this.companyId.isMissing()) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if (!this.ownerId.isMissing()) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if (!this.contactId.isMissing()) {
      sb.append(sep).append("contactId=").append(this.contactId);
      sep = ", ";
    }
    if (!this.updatedSince.isMissing()) {
      sb.append(sep).append("updatedSince=").append(this.updatedSince);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ActivitiesFilter}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> companyId = JsonField.missing();

    private JsonField<String> ownerId = JsonField.missing();

    private JsonField<String> contactId = JsonField.missing();

    private JsonField<OffsetDateTime> updatedSince = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ActivitiesFilter source) {
      this.companyId = source.companyId;
      this.ownerId = source.ownerId;
      this.contactId = source.contactId;
      this.updatedSince = source.updatedSince;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
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
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = JsonField.of(contactId);
      return this;
    }

    /**
     * Only return activities updated since this date and time.
     *
     * @param updatedSince the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedSince(OffsetDateTime updatedSince) {
      this.updatedSince = JsonField.of(updatedSince);
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
    public ActivitiesFilter build() {
      return new ActivitiesFilter(this);
    }
  }
}
