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
    this.passThrough = b.passThrough;
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
    return id.value();
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return id;
  }

  /**
   * The phone number that initiated the message.
   *
   * @return the value, or null when missing or null
   */
  public String from() {
    return from.value();
  }

  /**
   * The <code>from</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> fromField() {
    return from;
  }

  /**
   * The phone number that received the message.
   *
   * @return the value, or null when missing or null
   */
  public String to() {
    return to.value();
  }

  /**
   * The <code>to</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> toField() {
    return to;
  }

  /**
   * The <code>subject</code> field.
   *
   * @return the value, or null when missing or null
   */
  public String subject() {
    return subject.value();
  }

  /**
   * The <code>subject</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> subjectField() {
    return subject;
  }

  /**
   * The message text.
   *
   * @return the value, or null when missing or null
   */
  public String body() {
    return body.value();
  }

  /**
   * The <code>body</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bodyField() {
    return body;
  }

  /**
   * Set to sms for SMS messages and mms for MMS messages.
   *
   * @return the value, or null when missing or null
   */
  public MessageType type() {
    return type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageType> typeField() {
    return type;
  }

  /**
   * The number of units that make up the complete message. Messages can be split up due to the constraints of the message size.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long numberOfUnits() {
    return numberOfUnits.value();
  }

  /**
   * The <code>number_of_units</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> numberOfUnitsField() {
    return numberOfUnits;
  }

  /**
   * The number of media files associated with the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long numberOfMediaFiles() {
    return numberOfMediaFiles.value();
  }

  /**
   * The <code>number_of_media_files</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> numberOfMediaFilesField() {
    return numberOfMediaFiles;
  }

  /**
   * The direction of the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageDirection direction() {
    return direction.value();
  }

  /**
   * The <code>direction</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageDirection> directionField() {
    return direction;
  }

  /**
   * Status of the delivery of the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageStatus status() {
    return status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageStatus> statusField() {
    return status;
  }

  /**
   * The scheduled date and time of the message.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime scheduledAt() {
    return scheduledAt.value();
  }

  /**
   * The <code>scheduled_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> scheduledAtField() {
    return scheduledAt;
  }

  /**
   * The date and time that the message was sent.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime sentAt() {
    return sentAt.value();
  }

  /**
   * The <code>sent_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> sentAtField() {
    return sentAt;
  }

  /**
   * Define a webhook to receive delivery notifications.
   *
   * @return the value, or null when missing or null
   */
  public String webhookUrl() {
    return webhookUrl.value();
  }

  /**
   * The <code>webhook_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> webhookUrlField() {
    return webhookUrl;
  }

  /**
   * A client reference.
   *
   * @return the value, or null when missing or null
   */
  public String reference() {
    return reference.value();
  }

  /**
   * The <code>reference</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> referenceField() {
    return reference;
  }

  /**
   * Price of the message. Amounts are decimal strings, never floating point.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Price price() {
    return price.value();
  }

  /**
   * The <code>price</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Price> priceField() {
    return price;
  }

  /**
   * The error returned if your message status is failed or undelivered.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageError error() {
    return error.value();
  }

  /**
   * The <code>error</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageError> errorField() {
    return error;
  }

  /**
   * The ID of the Messaging Service used with the message. In case of Plivo this links to the Powerpack ID.
   *
   * @return the value, or null when missing or null
   */
  public String messagingServiceId() {
    return messagingServiceId.value();
  }

  /**
   * The <code>messaging_service_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> messagingServiceIdField() {
    return messagingServiceId;
  }

  /**
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = customMappings.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return customMappings;
  }

  /**
   * The user who last updated the object.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return updatedBy.value();
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return updatedBy;
  }

  /**
   * The user who created the object.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return createdBy.value();
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return createdBy;
  }

  /**
   * The date and time when the object was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return updatedAt.value();
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return updatedAt;
  }

  /**
   * The date and time when the object was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return createdAt.value();
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return createdAt;
  }

  /**
   * The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
   *
   * @return the value, an empty list when missing or null
   */
  public List<PassThrough> passThrough() {
    List<PassThrough> v = passThrough.value();
    return v == null ? Collections.<PassThrough>emptyList() : v;
  }

  /**
   * The <code>pass_through</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<PassThrough>> passThroughField() {
    return passThrough;
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
    return id.equals(other.id)
        && from.equals(other.from)
        && to.equals(other.to)
        && subject.equals(other.subject)
        && body.equals(other.body)
        && type.equals(other.type)
        && numberOfUnits.equals(other.numberOfUnits)
        && numberOfMediaFiles.equals(other.numberOfMediaFiles)
        && direction.equals(other.direction)
        && status.equals(other.status)
        && scheduledAt.equals(other.scheduledAt)
        && sentAt.equals(other.sentAt)
        && webhookUrl.equals(other.webhookUrl)
        && reference.equals(other.reference)
        && price.equals(other.price)
        && error.equals(other.error)
        && messagingServiceId.equals(other.messagingServiceId)
        && customMappings.equals(other.customMappings)
        && updatedBy.equals(other.updatedBy)
        && createdBy.equals(other.createdBy)
        && updatedAt.equals(other.updatedAt)
        && createdAt.equals(other.createdAt)
        && passThrough.equals(other.passThrough)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + id.hashCode();
    h = 31 * h + from.hashCode();
    h = 31 * h + to.hashCode();
    h = 31 * h + subject.hashCode();
    h = 31 * h + body.hashCode();
    h = 31 * h + type.hashCode();
    h = 31 * h + numberOfUnits.hashCode();
    h = 31 * h + numberOfMediaFiles.hashCode();
    h = 31 * h + direction.hashCode();
    h = 31 * h + status.hashCode();
    h = 31 * h + scheduledAt.hashCode();
    h = 31 * h + sentAt.hashCode();
    h = 31 * h + webhookUrl.hashCode();
    h = 31 * h + reference.hashCode();
    h = 31 * h + price.hashCode();
    h = 31 * h + error.hashCode();
    h = 31 * h + messagingServiceId.hashCode();
    h = 31 * h + customMappings.hashCode();
    h = 31 * h + updatedBy.hashCode();
    h = 31 * h + createdBy.hashCode();
    h = 31 * h + updatedAt.hashCode();
    h = 31 * h + createdAt.hashCode();
    h = 31 * h + passThrough.hashCode();
    h = 31 * h + additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Message{");
    String sep = "";
    if (!id.isMissing()) {
      sb.append(sep).append("id=").append(id);
      sep = ", ";
    }
    if (!from.isMissing()) {
      sb.append(sep).append("from=").append(from);
      sep = ", ";
    }
    if (!to.isMissing()) {
      sb.append(sep).append("to=").append(to);
      sep = ", ";
    }
    if (!subject.isMissing()) {
      sb.append(sep).append("subject=").append(subject);
      sep = ", ";
    }
    if (!body.isMissing()) {
      sb.append(sep).append("body=").append(body);
      sep = ", ";
    }
    if (!type.isMissing()) {
      sb.append(sep).append("type=").append(type);
      sep = ", ";
    }
    if (!numberOfUnits.isMissing()) {
      sb.append(sep).append("numberOfUnits=").append(numberOfUnits);
      sep = ", ";
    }
    if (!numberOfMediaFiles.isMissing()) {
      sb.append(sep).append("numberOfMediaFiles=").append(numberOfMediaFiles);
      sep = ", ";
    }
    if (!direction.isMissing()) {
      sb.append(sep).append("direction=").append(direction);
      sep = ", ";
    }
    if (!status.isMissing()) {
      sb.append(sep).append("status=").append(status);
      sep = ", ";
    }
    if (!scheduledAt.isMissing()) {
      sb.append(sep).append("scheduledAt=").append(scheduledAt);
      sep = ", ";
    }
    if (!sentAt.isMissing()) {
      sb.append(sep).append("sentAt=").append(sentAt);
      sep = ", ";
    }
    if (!webhookUrl.isMissing()) {
      sb.append(sep).append("webhookUrl=").append(webhookUrl);
      sep = ", ";
    }
    if (!reference.isMissing()) {
      sb.append(sep).append("reference=").append(reference);
      sep = ", ";
    }
    if (!price.isMissing()) {
      sb.append(sep).append("price=").append(price);
      sep = ", ";
    }
    if (!error.isMissing()) {
      sb.append(sep).append("error=").append(error);
      sep = ", ";
    }
    if (!messagingServiceId.isMissing()) {
      sb.append(sep).append("messagingServiceId=").append(messagingServiceId);
      sep = ", ";
    }
    if (!customMappings.isMissing()) {
      sb.append(sep).append("customMappings=").append(customMappings);
      sep = ", ";
    }
    if (!updatedBy.isMissing()) {
      sb.append(sep).append("updatedBy=").append(updatedBy);
      sep = ", ";
    }
    if (!createdBy.isMissing()) {
      sb.append(sep).append("createdBy=").append(createdBy);
      sep = ", ";
    }
    if (!updatedAt.isMissing()) {
      sb.append(sep).append("updatedAt=").append(updatedAt);
      sep = ", ";
    }
    if (!createdAt.isMissing()) {
      sb.append(sep).append("createdAt=").append(createdAt);
      sep = ", ";
    }
    if (!passThrough.isMissing()) {
      sb.append(sep).append("passThrough=").append(passThrough.isNull() ? "null" : "***");
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
