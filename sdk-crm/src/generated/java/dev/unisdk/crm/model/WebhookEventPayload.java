// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.WebhookEventPayloadCodec;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What happened, to which entity, for which consumer.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = WebhookEventPayloadCodec.Serializer.class
)
@JsonDeserialize(
    using = WebhookEventPayloadCodec.Deserializer.class
)
public final class WebhookEventPayload {
  private final JsonField<WebhookEventType> eventType;

  private final JsonField<String> unifiedApi;

  private final JsonField<String> serviceId;

  private final JsonField<String> consumerId;

  private final JsonField<String> eventId;

  private final JsonField<String> entityId;

  private final JsonField<String> entityUrl;

  private final JsonField<WebhookEntityType> entityType;

  private final JsonField<OffsetDateTime> occurredAt;

  private final Map<String, JsonNode> additionalProperties;

  private WebhookEventPayload(Builder b) {
    this.eventType = b.eventType;
    this.unifiedApi = b.unifiedApi;
    this.serviceId = b.serviceId;
    this.consumerId = b.consumerId;
    this.eventId = b.eventId;
    this.entityId = b.entityId;
    this.entityUrl = b.entityUrl;
    this.entityType = b.entityType;
    this.occurredAt = b.occurredAt;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The type of CRM event.
   *
   * @return the value, or null when missing or null
   */
  public WebhookEventType eventType() {
    return this.eventType.value();
  }

  /**
   * The <code>event_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<WebhookEventType> eventTypeField() {
    return this.eventType;
  }

  /**
   * Name of the unified API, e.g. crm.
   *
   * @return the value, or null when missing or null
   */
  public String unifiedApi() {
    return this.unifiedApi.value();
  }

  /**
   * The <code>unified_api</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> unifiedApiField() {
    return this.unifiedApi;
  }

  /**
   * Service provider identifier, e.g. hubspot.
   *
   * @return the value, or null when missing or null
   */
  public String serviceId() {
    return this.serviceId.value();
  }

  /**
   * The <code>service_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> serviceIdField() {
    return this.serviceId;
  }

  /**
   * Unique consumer identifier. You can freely choose a consumer ID. This can be a user ID, account ID, device ID or whatever entity that can have integration within your app.
   *
   * @return the value, or null when missing or null
   */
  public String consumerId() {
    return this.consumerId.value();
  }

  /**
   * The <code>consumer_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> consumerIdField() {
    return this.consumerId;
  }

  /**
   * Unique reference to this request event.
   *
   * @return the value, or null when missing or null
   */
  public String eventId() {
    return this.eventId.value();
  }

  /**
   * The <code>event_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> eventIdField() {
    return this.eventId;
  }

  /**
   * The service provider's ID of the entity that triggered this event.
   *
   * @return the value, or null when missing or null
   */
  public String entityId() {
    return this.entityId.value();
  }

  /**
   * The <code>entity_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> entityIdField() {
    return this.entityId;
  }

  /**
   * The url to retrieve entity detail.
   *
   * @return the value, or null when missing or null
   */
  public String entityUrl() {
    return this.entityUrl.value();
  }

  /**
   * The <code>entity_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> entityUrlField() {
    return this.entityUrl;
  }

  /**
   * The type of the entity the event is about.
   *
   * @return the value, or null when missing or null
   */
  public WebhookEntityType entityType() {
    return this.entityType.value();
  }

  /**
   * The <code>entity_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<WebhookEntityType> entityTypeField() {
    return this.entityType;
  }

  /**
   * The date and time when the event occurred.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime occurredAt() {
    return this.occurredAt.value();
  }

  /**
   * The <code>occurred_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> occurredAtField() {
    return this.occurredAt;
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
    if (!(o instanceof WebhookEventPayload)) {
      return false;
    }
    WebhookEventPayload other = (WebhookEventPayload) o;
    return this.eventType.equals(other.eventType)
        && this.unifiedApi.equals(other.unifiedApi)
        && this.serviceId.equals(other.serviceId)
        && this.consumerId.equals(other.consumerId)
        && this.eventId.equals(other.eventId)
        && this.entityId.equals(other.entityId)
        && this.entityUrl.equals(other.entityUrl)
        && this.entityType.equals(other.entityType)
        && this.occurredAt.equals(other.occurredAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.eventType.hashCode();
    h = 31 * h + this.unifiedApi.hashCode();
    h = 31 * h + this.serviceId.hashCode();
    h = 31 * h + this.consumerId.hashCode();
    h = 31 * h + this.eventId.hashCode();
    h = 31 * h + this.entityId.hashCode();
    h = 31 * h + this.entityUrl.hashCode();
    h = 31 * h + this.entityType.hashCode();
    h = 31 * h + this.occurredAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("WebhookEventPayload{");
    String sep = "";
    if (!this.eventType.isMissing()) {
      sb.append(sep).append("eventType=").append(this.eventType);
      sep = ", ";
    }
    if (!this.unifiedApi.isMissing()) {
      sb.append(sep).append("unifiedApi=").append(this.unifiedApi);
      sep = ", ";
    }
    if (!this.serviceId.isMissing()) {
      sb.append(sep).append("serviceId=").append(this.serviceId);
      sep = ", ";
    }
    if (!this.consumerId.isMissing()) {
      sb.append(sep).append("consumerId=").append(this.consumerId);
      sep = ", ";
    }
    if (!this.eventId.isMissing()) {
      sb.append(sep).append("eventId=").append(this.eventId);
      sep = ", ";
    }
    if (!this.entityId.isMissing()) {
      sb.append(sep).append("entityId=").append(this.entityId);
      sep = ", ";
    }
    if (!this.entityUrl.isMissing()) {
      sb.append(sep).append("entityUrl=").append(this.entityUrl);
      sep = ", ";
    }
    if (!this.entityType.isMissing()) {
      sb.append(sep).append("entityType=").append(this.entityType);
      sep = ", ";
    }
    if (!this.occurredAt.isMissing()) {
      sb.append(sep).append("occurredAt=").append(this.occurredAt);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link WebhookEventPayload}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<WebhookEventType> eventType = JsonField.missing();

    private JsonField<String> unifiedApi = JsonField.missing();

    private JsonField<String> serviceId = JsonField.missing();

    private JsonField<String> consumerId = JsonField.missing();

    private JsonField<String> eventId = JsonField.missing();

    private JsonField<String> entityId = JsonField.missing();

    private JsonField<String> entityUrl = JsonField.missing();

    private JsonField<WebhookEntityType> entityType = JsonField.missing();

    private JsonField<OffsetDateTime> occurredAt = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(WebhookEventPayload source) {
      this.eventType = source.eventType;
      this.unifiedApi = source.unifiedApi;
      this.serviceId = source.serviceId;
      this.consumerId = source.consumerId;
      this.eventId = source.eventId;
      this.entityId = source.entityId;
      this.entityUrl = source.entityUrl;
      this.entityType = source.entityType;
      this.occurredAt = source.occurredAt;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The type of CRM event.
     *
     * @param eventType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder eventType(WebhookEventType eventType) {
      this.eventType = JsonField.of(eventType);
      return this;
    }

    /**
     * Name of the unified API, e.g. crm.
     *
     * @param unifiedApi the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder unifiedApi(String unifiedApi) {
      this.unifiedApi = JsonField.of(unifiedApi);
      return this;
    }

    /**
     * Service provider identifier, e.g. hubspot.
     *
     * @param serviceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder serviceId(String serviceId) {
      this.serviceId = JsonField.of(serviceId);
      return this;
    }

    /**
     * Unique consumer identifier. You can freely choose a consumer ID. This can be a user ID, account ID, device ID or whatever entity that can have integration within your app.
     *
     * @param consumerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder consumerId(String consumerId) {
      this.consumerId = JsonField.of(consumerId);
      return this;
    }

    /**
     * Unique reference to this request event.
     *
     * @param eventId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder eventId(String eventId) {
      this.eventId = JsonField.of(eventId);
      return this;
    }

    /**
     * The service provider's ID of the entity that triggered this event.
     *
     * @param entityId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder entityId(String entityId) {
      this.entityId = JsonField.of(entityId);
      return this;
    }

    /**
     * The url to retrieve entity detail.
     *
     * @param entityUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder entityUrl(String entityUrl) {
      this.entityUrl = JsonField.of(entityUrl);
      return this;
    }

    /**
     * The type of the entity the event is about.
     *
     * @param entityType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder entityType(WebhookEntityType entityType) {
      this.entityType = JsonField.of(entityType);
      return this;
    }

    /**
     * The date and time when the event occurred.
     *
     * @param occurredAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder occurredAt(OffsetDateTime occurredAt) {
      this.occurredAt = JsonField.of(occurredAt);
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
    public WebhookEventPayload build() {
      return new WebhookEventPayload(this);
    }
  }
}
