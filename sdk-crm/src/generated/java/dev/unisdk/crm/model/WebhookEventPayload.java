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
    using = WebhookEventPayload.Codec.Serializer.class
)
@JsonDeserialize(
    using = WebhookEventPayload.Codec.Deserializer.class
)
public final class WebhookEventPayload {
  private final WebhookEventType eventType;

  private final String unifiedApi;

  private final String serviceId;

  private final String consumerId;

  private final String eventId;

  private final String entityId;

  private final String entityUrl;

  private final WebhookEntityType entityType;

  private final OffsetDateTime occurredAt;

  private final long set0;

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
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The type of CRM event.
   *
   * @return the value, or null when missing or null
   */
  public WebhookEventType eventType() {
    return this.eventType;
  }

  /**
   * The <code>event_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<WebhookEventType> eventTypeField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.eventType) : JsonField.missing();
  }

  /**
   * Name of the unified API, e.g. crm.
   *
   * @return the value, or null when missing or null
   */
  public String unifiedApi() {
    return this.unifiedApi;
  }

  /**
   * The <code>unified_api</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> unifiedApiField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.unifiedApi) : JsonField.missing();
  }

  /**
   * Service provider identifier, e.g. hubspot.
   *
   * @return the value, or null when missing or null
   */
  public String serviceId() {
    return this.serviceId;
  }

  /**
   * The <code>service_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> serviceIdField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.serviceId) : JsonField.missing();
  }

  /**
   * Unique consumer identifier. You can freely choose a consumer ID. This can be a user ID, account ID, device ID or whatever entity that can have integration within your app.
   *
   * @return the value, or null when missing or null
   */
  public String consumerId() {
    return this.consumerId;
  }

  /**
   * The <code>consumer_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> consumerIdField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.consumerId) : JsonField.missing();
  }

  /**
   * Unique reference to this request event.
   *
   * @return the value, or null when missing or null
   */
  public String eventId() {
    return this.eventId;
  }

  /**
   * The <code>event_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> eventIdField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.eventId) : JsonField.missing();
  }

  /**
   * The service provider's ID of the entity that triggered this event.
   *
   * @return the value, or null when missing or null
   */
  public String entityId() {
    return this.entityId;
  }

  /**
   * The <code>entity_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> entityIdField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.entityId) : JsonField.missing();
  }

  /**
   * The url to retrieve entity detail.
   *
   * @return the value, or null when missing or null
   */
  public String entityUrl() {
    return this.entityUrl;
  }

  /**
   * The <code>entity_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> entityUrlField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.entityUrl) : JsonField.missing();
  }

  /**
   * The type of the entity the event is about.
   *
   * @return the value, or null when missing or null
   */
  public WebhookEntityType entityType() {
    return this.entityType;
  }

  /**
   * The <code>entity_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<WebhookEntityType> entityTypeField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.entityType) : JsonField.missing();
  }

  /**
   * The date and time when the event occurred.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime occurredAt() {
    return this.occurredAt;
  }

  /**
   * The <code>occurred_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> occurredAtField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.occurredAt) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.eventType, other.eventType)
        && Objects.equals(this.unifiedApi, other.unifiedApi)
        && Objects.equals(this.serviceId, other.serviceId)
        && Objects.equals(this.consumerId, other.consumerId)
        && Objects.equals(this.eventId, other.eventId)
        && Objects.equals(this.entityId, other.entityId)
        && Objects.equals(this.entityUrl, other.entityUrl)
        && Objects.equals(this.entityType, other.entityType)
        && Objects.equals(this.occurredAt, other.occurredAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.eventType);
    h = 31 * h + Objects.hashCode(this.unifiedApi);
    h = 31 * h + Objects.hashCode(this.serviceId);
    h = 31 * h + Objects.hashCode(this.consumerId);
    h = 31 * h + Objects.hashCode(this.eventId);
    h = 31 * h + Objects.hashCode(this.entityId);
    h = 31 * h + Objects.hashCode(this.entityUrl);
    h = 31 * h + Objects.hashCode(this.entityType);
    h = 31 * h + Objects.hashCode(this.occurredAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("WebhookEventPayload{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("eventType=").append(this.eventType);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("unifiedApi=").append(this.unifiedApi);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("serviceId=").append(this.serviceId);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("consumerId=").append(this.consumerId);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("eventId=").append(this.eventId);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("entityId=").append(this.entityId);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("entityUrl=").append(this.entityUrl);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("entityType=").append(this.entityType);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private WebhookEventType eventType;

    private String unifiedApi;

    private String serviceId;

    private String consumerId;

    private String eventId;

    private String entityId;

    private String entityUrl;

    private WebhookEntityType entityType;

    private OffsetDateTime occurredAt;

    private long set0;

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
      this.set0 = source.set0;
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
      this.eventType = eventType;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>event_type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder eventTypeField(JsonField<WebhookEventType> field) {
      Objects.requireNonNull(field, "eventTypeField: field must not be null");
      this.eventType = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Name of the unified API, e.g. crm.
     *
     * @param unifiedApi the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder unifiedApi(String unifiedApi) {
      this.unifiedApi = unifiedApi;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>unified_api</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder unifiedApiField(JsonField<String> field) {
      Objects.requireNonNull(field, "unifiedApiField: field must not be null");
      this.unifiedApi = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Service provider identifier, e.g. hubspot.
     *
     * @param serviceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder serviceId(String serviceId) {
      this.serviceId = serviceId;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>service_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder serviceIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "serviceIdField: field must not be null");
      this.serviceId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Unique consumer identifier. You can freely choose a consumer ID. This can be a user ID, account ID, device ID or whatever entity that can have integration within your app.
     *
     * @param consumerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder consumerId(String consumerId) {
      this.consumerId = consumerId;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>consumer_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder consumerIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "consumerIdField: field must not be null");
      this.consumerId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Unique reference to this request event.
     *
     * @param eventId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder eventId(String eventId) {
      this.eventId = eventId;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>event_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder eventIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "eventIdField: field must not be null");
      this.eventId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The service provider's ID of the entity that triggered this event.
     *
     * @param entityId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder entityId(String entityId) {
      this.entityId = entityId;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>entity_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder entityIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "entityIdField: field must not be null");
      this.entityId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * The url to retrieve entity detail.
     *
     * @param entityUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder entityUrl(String entityUrl) {
      this.entityUrl = entityUrl;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>entity_url</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder entityUrlField(JsonField<String> field) {
      Objects.requireNonNull(field, "entityUrlField: field must not be null");
      this.entityUrl = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * The type of the entity the event is about.
     *
     * @param entityType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder entityType(WebhookEntityType entityType) {
      this.entityType = entityType;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>entity_type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder entityTypeField(JsonField<WebhookEntityType> field) {
      Objects.requireNonNull(field, "entityTypeField: field must not be null");
      this.entityType = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * The date and time when the event occurred.
     *
     * @param occurredAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder occurredAt(OffsetDateTime occurredAt) {
      this.occurredAt = occurredAt;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>occurred_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder occurredAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "occurredAtField: field must not be null");
      this.occurredAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
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
    public WebhookEventPayload build() {
      return new WebhookEventPayload(this);
    }
  }

  /**
   * Streaming JSON codec of {@link WebhookEventPayload}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_EVENT_TYPE = new SerializedString("event_type");

    private static final SerializedString F_UNIFIED_API = new SerializedString("unified_api");

    private static final SerializedString F_SERVICE_ID = new SerializedString("service_id");

    private static final SerializedString F_CONSUMER_ID = new SerializedString("consumer_id");

    private static final SerializedString F_EVENT_ID = new SerializedString("event_id");

    private static final SerializedString F_ENTITY_ID = new SerializedString("entity_id");

    private static final SerializedString F_ENTITY_URL = new SerializedString("entity_url");

    private static final SerializedString F_ENTITY_TYPE = new SerializedString("entity_type");

    private static final SerializedString F_OCCURRED_AT = new SerializedString("occurred_at");

    private Codec() {
    }

    /**
     * Reads one {@link WebhookEventPayload} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static WebhookEventPayload read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, WebhookEventPayload.class);
      WebhookEventPayload.Builder b = WebhookEventPayload.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "event_type":
              b.eventType = WebhookEventType.Codec.read(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "unified_api":
              b.unifiedApi = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "service_id":
              b.serviceId = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "consumer_id":
              b.consumerId = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "event_id":
              b.eventId = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "entity_id":
              b.entityId = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "entity_url":
              b.entityUrl = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "entity_type":
              b.entityType = WebhookEntityType.Codec.read(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "occurred_at":
              b.occurredAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x100L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, WebhookEventPayload.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link WebhookEventPayload}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, WebhookEventPayload value)
        throws IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_EVENT_TYPE);
        WebhookEventType.Codec.write(g, provider, value.eventType);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_UNIFIED_API);
        Codecs.writeString(g, provider, value.unifiedApi);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_SERVICE_ID);
        Codecs.writeString(g, provider, value.serviceId);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_CONSUMER_ID);
        Codecs.writeString(g, provider, value.consumerId);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_EVENT_ID);
        Codecs.writeString(g, provider, value.eventId);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_ENTITY_ID);
        Codecs.writeString(g, provider, value.entityId);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_ENTITY_URL);
        Codecs.writeString(g, provider, value.entityUrl);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_ENTITY_TYPE);
        WebhookEntityType.Codec.write(g, provider, value.entityType);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_OCCURRED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.occurredAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link WebhookEventPayload}.
     */
    public static final class Deserializer extends StdDeserializer<WebhookEventPayload> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(WebhookEventPayload.class);
      }

      @Override
      public WebhookEventPayload deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link WebhookEventPayload}.
     */
    public static final class Serializer extends StdSerializer<WebhookEventPayload> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(WebhookEventPayload.class);
      }

      @Override
      public void serialize(WebhookEventPayload value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
