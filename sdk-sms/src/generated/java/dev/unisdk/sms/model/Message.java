// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.sms.model.internal.MessageCodec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An SMS or MMS message.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = MessageCodec.Serializer.class
)
@JsonDeserialize(
    using = MessageCodec.Deserializer.class
)
public final class Message {
  private final JsonField<String> id;

  private final JsonField<String> from;

  private final JsonField<String> to;

  private final JsonField<String> subject;

  private final JsonField<String> body;

  private final JsonField<MessageType> type;

  private final JsonField<Long> numberOfUnits;

  private final JsonField<Long> numberOfMediaFiles;

  private final JsonField<MessageDirection> direction;

  private final JsonField<MessageStatus> status;

  private final JsonField<OffsetDateTime> scheduledAt;

  private final JsonField<OffsetDateTime> sentAt;

  private final JsonField<String> webhookUrl;

  private final JsonField<String> reference;

  private final JsonField<Price> price;

  private final JsonField<MessageError> error;

  private final JsonField<String> messagingServiceId;

  private final JsonField<Map<String, JsonValue>> customMappings;

  private final JsonField<String> updatedBy;

  private final JsonField<String> createdBy;

  private final JsonField<OffsetDateTime> updatedAt;

  private final JsonField<OffsetDateTime> createdAt;

  private final JsonField<List<PassThrough>> passThrough;

  private final Map<String, JsonNode> additionalProperties;

  private Message(Builder b) {
    this.id = b.id;
    this.from = b.from;
    this.to = b.to;
    this.subject = b.subject;
    this.body = b.body;
    this.type = b.type;
    this.numberOfUnits = b.numberOfUnits;
    this.numberOfMediaFiles = b.numberOfMediaFiles;
    this.direction = b.direction;
    this.status = b.status;
    this.scheduledAt = b.scheduledAt;
    this.sentAt = b.sentAt;
    this.webhookUrl = b.webhookUrl;
    this.reference = b.reference;
    this.price = b.price;
    this.error = b.error;
    this.messagingServiceId = b.messagingServiceId;
    this.customMappings = b.customMappings;
    this.updatedBy = b.updatedBy;
    this.createdBy = b.createdBy;
    this.updatedAt = b.updatedAt;
    this.createdAt = b.createdAt;
    this.passThrough = b.passThroughAdded == null ? b.passThrough : JsonField.of(ImmutableList.copyOf(b.passThroughAdded));
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * A unique identifier for an object.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String id() {
    return this.id.value();
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return this.id;
  }

  /**
   * The phone number that initiated the message.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String from() {
    return this.from.value();
  }

  /**
   * The <code>from</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> fromField() {
    return this.from;
  }

  /**
   * The phone number that received the message.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String to() {
    return this.to.value();
  }

  /**
   * The <code>to</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> toField() {
    return this.to;
  }

  /**
   * The <code>subject</code> field.
   *
   * @return the value, or null when missing or null
   */
  public String subject() {
    return this.subject.value();
  }

  /**
   * The <code>subject</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> subjectField() {
    return this.subject;
  }

  /**
   * The message text.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String body() {
    return this.body.value();
  }

  /**
   * The <code>body</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bodyField() {
    return this.body;
  }

  /**
   * Set to sms for SMS messages and mms for MMS messages.
   *
   * @return the value, or null when missing or null
   */
  public MessageType type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageType> typeField() {
    return this.type;
  }

  /**
   * The number of units that make up the complete message. Messages can be split up due to the constraints of the message size.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long numberOfUnits() {
    return this.numberOfUnits.value();
  }

  /**
   * The <code>number_of_units</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> numberOfUnitsField() {
    return this.numberOfUnits;
  }

  /**
   * The number of media files associated with the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long numberOfMediaFiles() {
    return this.numberOfMediaFiles.value();
  }

  /**
   * The <code>number_of_media_files</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> numberOfMediaFilesField() {
    return this.numberOfMediaFiles;
  }

  /**
   * The direction of the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageDirection direction() {
    return this.direction.value();
  }

  /**
   * The <code>direction</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageDirection> directionField() {
    return this.direction;
  }

  /**
   * Status of the delivery of the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageStatus status() {
    return this.status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageStatus> statusField() {
    return this.status;
  }

  /**
   * The scheduled date and time of the message.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime scheduledAt() {
    return this.scheduledAt.value();
  }

  /**
   * The <code>scheduled_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> scheduledAtField() {
    return this.scheduledAt;
  }

  /**
   * The date and time that the message was sent.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime sentAt() {
    return this.sentAt.value();
  }

  /**
   * The <code>sent_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> sentAtField() {
    return this.sentAt;
  }

  /**
   * Define a webhook to receive delivery notifications.
   *
   * @return the value, or null when missing or null
   */
  public String webhookUrl() {
    return this.webhookUrl.value();
  }

  /**
   * The <code>webhook_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> webhookUrlField() {
    return this.webhookUrl;
  }

  /**
   * A client reference.
   *
   * @return the value, or null when missing or null
   */
  public String reference() {
    return this.reference.value();
  }

  /**
   * The <code>reference</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> referenceField() {
    return this.reference;
  }

  /**
   * Price of the message. Amounts are decimal strings, never floating point.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Price price() {
    return this.price.value();
  }

  /**
   * The <code>price</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Price> priceField() {
    return this.price;
  }

  /**
   * The error returned if your message status is failed or undelivered.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageError error() {
    return this.error.value();
  }

  /**
   * The <code>error</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageError> errorField() {
    return this.error;
  }

  /**
   * The ID of the Messaging Service used with the message. In case of Plivo this links to the Powerpack ID.
   *
   * @return the value, or null when missing or null
   */
  public String messagingServiceId() {
    return this.messagingServiceId.value();
  }

  /**
   * The <code>messaging_service_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> messagingServiceIdField() {
    return this.messagingServiceId;
  }

  /**
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = this.customMappings.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return this.customMappings;
  }

  /**
   * The user who last updated the object.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return this.updatedBy.value();
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return this.updatedBy;
  }

  /**
   * The user who created the object.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return this.createdBy.value();
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return this.createdBy;
  }

  /**
   * The date and time when the object was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return this.updatedAt.value();
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return this.updatedAt;
  }

  /**
   * The date and time when the object was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return this.createdAt.value();
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return this.createdAt;
  }

  /**
   * The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
   *
   * @return the value, an empty list when missing or null
   */
  public List<PassThrough> passThrough() {
    List<PassThrough> v = this.passThrough.value();
    return v == null ? Collections.<PassThrough>emptyList() : v;
  }

  /**
   * The <code>pass_through</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<PassThrough>> passThroughField() {
    return this.passThrough;
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
    if (!(o instanceof Message)) {
      return false;
    }
    Message other = (Message) o;
    return this.id.equals(other.id)
        && this.from.equals(other.from)
        && this.to.equals(other.to)
        && this.subject.equals(other.subject)
        && this.body.equals(other.body)
        && this.type.equals(other.type)
        && this.numberOfUnits.equals(other.numberOfUnits)
        && this.numberOfMediaFiles.equals(other.numberOfMediaFiles)
        && this.direction.equals(other.direction)
        && this.status.equals(other.status)
        && this.scheduledAt.equals(other.scheduledAt)
        && this.sentAt.equals(other.sentAt)
        && this.webhookUrl.equals(other.webhookUrl)
        && this.reference.equals(other.reference)
        && this.price.equals(other.price)
        && this.error.equals(other.error)
        && this.messagingServiceId.equals(other.messagingServiceId)
        && this.customMappings.equals(other.customMappings)
        && this.updatedBy.equals(other.updatedBy)
        && this.createdBy.equals(other.createdBy)
        && this.updatedAt.equals(other.updatedAt)
        && this.createdAt.equals(other.createdAt)
        && this.passThrough.equals(other.passThrough)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.from.hashCode();
    h = 31 * h + this.to.hashCode();
    h = 31 * h + this.subject.hashCode();
    h = 31 * h + this.body.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.numberOfUnits.hashCode();
    h = 31 * h + this.numberOfMediaFiles.hashCode();
    h = 31 * h + this.direction.hashCode();
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.scheduledAt.hashCode();
    h = 31 * h + this.sentAt.hashCode();
    h = 31 * h + this.webhookUrl.hashCode();
    h = 31 * h + this.reference.hashCode();
    h = 31 * h + this.price.hashCode();
    h = 31 * h + this.error.hashCode();
    h = 31 * h + this.messagingServiceId.hashCode();
    h = 31 * h + this.customMappings.hashCode();
    h = 31 * h + this.updatedBy.hashCode();
    h = 31 * h + this.createdBy.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.passThrough.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Message{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.from.isMissing()) {
      sb.append(sep).append("from=").append(this.from);
      sep = ", ";
    }
    if (!this.to.isMissing()) {
      sb.append(sep).append("to=").append(this.to);
      sep = ", ";
    }
    if (!this.subject.isMissing()) {
      sb.append(sep).append("subject=").append(this.subject);
      sep = ", ";
    }
    if (!this.body.isMissing()) {
      sb.append(sep).append("body=").append(this.body);
      sep = ", ";
    }
    if (!this.type.isMissing()) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!this.numberOfUnits.isMissing()) {
      sb.append(sep).append("numberOfUnits=").append(this.numberOfUnits);
      sep = ", ";
    }
    if (!this.numberOfMediaFiles.isMissing()) {
      sb.append(sep).append("numberOfMediaFiles=").append(this.numberOfMediaFiles);
      sep = ", ";
    }
    if (!this.direction.isMissing()) {
      sb.append(sep).append("direction=").append(this.direction);
      sep = ", ";
    }
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.scheduledAt.isMissing()) {
      sb.append(sep).append("scheduledAt=").append(this.scheduledAt);
      sep = ", ";
    }
    if (!this.sentAt.isMissing()) {
      sb.append(sep).append("sentAt=").append(this.sentAt);
      sep = ", ";
    }
    if (!this.webhookUrl.isMissing()) {
      sb.append(sep).append("webhookUrl=").append(this.webhookUrl);
      sep = ", ";
    }
    if (!this.reference.isMissing()) {
      sb.append(sep).append("reference=").append(this.reference);
      sep = ", ";
    }
    if (!this.price.isMissing()) {
      sb.append(sep).append("price=").append(this.price);
      sep = ", ";
    }
    if (!this.error.isMissing()) {
      sb.append(sep).append("error=").append(this.error);
      sep = ", ";
    }
    if (!this.messagingServiceId.isMissing()) {
      sb.append(sep).append("messagingServiceId=").append(this.messagingServiceId);
      sep = ", ";
    }
    if (!this.customMappings.isMissing()) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if (!this.updatedBy.isMissing()) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if (!this.createdBy.isMissing()) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
      sep = ", ";
    }
    if (!this.updatedAt.isMissing()) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if (!this.createdAt.isMissing()) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if (!this.passThrough.isMissing()) {
      sb.append(sep).append("passThrough=").append(this.passThrough.isNull() ? "null" : "***");
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Message}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> from = JsonField.missing();

    private JsonField<String> to = JsonField.missing();

    private JsonField<String> subject = JsonField.missing();

    private JsonField<String> body = JsonField.missing();

    private JsonField<MessageType> type = JsonField.missing();

    private JsonField<Long> numberOfUnits = JsonField.missing();

    private JsonField<Long> numberOfMediaFiles = JsonField.missing();

    private JsonField<MessageDirection> direction = JsonField.missing();

    private JsonField<MessageStatus> status = JsonField.missing();

    private JsonField<OffsetDateTime> scheduledAt = JsonField.missing();

    private JsonField<OffsetDateTime> sentAt = JsonField.missing();

    private JsonField<String> webhookUrl = JsonField.missing();

    private JsonField<String> reference = JsonField.missing();

    private JsonField<Price> price = JsonField.missing();

    private JsonField<MessageError> error = JsonField.missing();

    private JsonField<String> messagingServiceId = JsonField.missing();

    private JsonField<Map<String, JsonValue>> customMappings = JsonField.missing();

    private JsonField<String> updatedBy = JsonField.missing();

    private JsonField<String> createdBy = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

    private JsonField<List<PassThrough>> passThrough = JsonField.missing();

    private ArrayList<PassThrough> passThroughAdded;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Message source) {
      this.id = source.id;
      this.from = source.from;
      this.to = source.to;
      this.subject = source.subject;
      this.body = source.body;
      this.type = source.type;
      this.numberOfUnits = source.numberOfUnits;
      this.numberOfMediaFiles = source.numberOfMediaFiles;
      this.direction = source.direction;
      this.status = source.status;
      this.scheduledAt = source.scheduledAt;
      this.sentAt = source.sentAt;
      this.webhookUrl = source.webhookUrl;
      this.reference = source.reference;
      this.price = source.price;
      this.error = source.error;
      this.messagingServiceId = source.messagingServiceId;
      this.customMappings = source.customMappings;
      this.updatedBy = source.updatedBy;
      this.createdBy = source.createdBy;
      this.updatedAt = source.updatedAt;
      this.createdAt = source.createdAt;
      this.passThrough = source.passThrough;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * A unique identifier for an object.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param id the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * The phone number that initiated the message.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param from the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder from(String from) {
      this.from = JsonField.of(from);
      return this;
    }

    /**
     * The phone number that received the message.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param to the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder to(String to) {
      this.to = JsonField.of(to);
      return this;
    }

    /**
     * The <code>subject</code> field.
     *
     * @param subject the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = JsonField.of(subject);
      return this;
    }

    /**
     * The message text.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param body the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder body(String body) {
      this.body = JsonField.of(body);
      return this;
    }

    /**
     * Set to sms for SMS messages and mms for MMS messages.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(MessageType type) {
      this.type = JsonField.of(type);
      return this;
    }

    /**
     * The number of units that make up the complete message. Messages can be split up due to the constraints of the message size.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param numberOfUnits the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder numberOfUnits(Long numberOfUnits) {
      this.numberOfUnits = JsonField.of(numberOfUnits);
      return this;
    }

    /**
     * The number of media files associated with the message.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param numberOfMediaFiles the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder numberOfMediaFiles(Long numberOfMediaFiles) {
      this.numberOfMediaFiles = JsonField.of(numberOfMediaFiles);
      return this;
    }

    /**
     * The direction of the message.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param direction the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder direction(MessageDirection direction) {
      this.direction = JsonField.of(direction);
      return this;
    }

    /**
     * Status of the delivery of the message.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(MessageStatus status) {
      this.status = JsonField.of(status);
      return this;
    }

    /**
     * The scheduled date and time of the message.
     *
     * @param scheduledAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder scheduledAt(OffsetDateTime scheduledAt) {
      this.scheduledAt = JsonField.of(scheduledAt);
      return this;
    }

    /**
     * The date and time that the message was sent.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param sentAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder sentAt(OffsetDateTime sentAt) {
      this.sentAt = JsonField.of(sentAt);
      return this;
    }

    /**
     * Define a webhook to receive delivery notifications.
     *
     * @param webhookUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder webhookUrl(String webhookUrl) {
      this.webhookUrl = JsonField.of(webhookUrl);
      return this;
    }

    /**
     * A client reference.
     *
     * @param reference the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = JsonField.of(reference);
      return this;
    }

    /**
     * Price of the message. Amounts are decimal strings, never floating point.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param price the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder price(Price price) {
      this.price = JsonField.of(price);
      return this;
    }

    /**
     * The error returned if your message status is failed or undelivered.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param error the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder error(MessageError error) {
      this.error = JsonField.of(error);
      return this;
    }

    /**
     * The ID of the Messaging Service used with the message. In case of Plivo this links to the Powerpack ID.
     *
     * @param messagingServiceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder messagingServiceId(String messagingServiceId) {
      this.messagingServiceId = JsonField.of(messagingServiceId);
      return this;
    }

    /**
     * When custom mappings are configured on the resource, the result is included here.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param customMappings the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder customMappings(Map<String, JsonValue> customMappings) {
      this.customMappings = JsonField.of(customMappings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(customMappings)));
      return this;
    }

    /**
     * The user who last updated the object.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedBy(String updatedBy) {
      this.updatedBy = JsonField.of(updatedBy);
      return this;
    }

    /**
     * The user who created the object.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdBy the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdBy(String createdBy) {
      this.createdBy = JsonField.of(createdBy);
      return this;
    }

    /**
     * The date and time when the object was last updated.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = JsonField.of(updatedAt);
      return this;
    }

    /**
     * The date and time when the object was created.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = JsonField.of(createdAt);
      return this;
    }

    /**
     * The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
     *
     * @param passThrough the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder passThrough(List<PassThrough> passThrough) {
      this.passThrough = JsonField.of(ImmutableList.copyOf(passThrough));
      this.passThroughAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>pass_through</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #passThrough(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addPassThroughItem(PassThrough item) {
      Objects.requireNonNull(item, "passThrough: item must not be null");
      if (this.passThroughAdded == null) {
        List<PassThrough> current = this.passThrough.value();
        this.passThroughAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.passThroughAdded.add(item);
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
    public Message build() {
      return new Message(this);
    }
  }
}
