// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

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
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.core.model.internal.ImmutableList;
import java.io.IOException;
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
    using = Message.Codec.Serializer.class
)
@JsonDeserialize(
    using = Message.Codec.Deserializer.class
)
public final class Message {
  private final String id;

  private final String from;

  private final String to;

  private final String subject;

  private final String body;

  private final MessageType type;

  private final Long numberOfUnits;

  private final Long numberOfMediaFiles;

  private final MessageDirection direction;

  private final MessageStatus status;

  private final OffsetDateTime scheduledAt;

  private final OffsetDateTime sentAt;

  private final String webhookUrl;

  private final String reference;

  private final Price price;

  private final MessageError error;

  private final String messagingServiceId;

  private final Map<String, JsonValue> customMappings;

  private final String updatedBy;

  private final String createdBy;

  private final OffsetDateTime updatedAt;

  private final OffsetDateTime createdAt;

  private final List<PassThrough> passThrough;

  private final long set0;

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
    this.passThrough = b.passThroughAdded == null ? b.passThrough : ImmutableList.copyOf(b.passThroughAdded);
    this.set0 = b.set0;
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
    return this.id;
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.id) : JsonField.missing();
  }

  /**
   * The phone number that initiated the message.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String from() {
    return this.from;
  }

  /**
   * The <code>from</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> fromField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.from) : JsonField.missing();
  }

  /**
   * The phone number that received the message.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String to() {
    return this.to;
  }

  /**
   * The <code>to</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> toField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.to) : JsonField.missing();
  }

  /**
   * The <code>subject</code> field.
   *
   * @return the value, or null when missing or null
   */
  public String subject() {
    return this.subject;
  }

  /**
   * The <code>subject</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> subjectField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.subject) : JsonField.missing();
  }

  /**
   * The message text.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String body() {
    return this.body;
  }

  /**
   * The <code>body</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> bodyField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.body) : JsonField.missing();
  }

  /**
   * Set to sms for SMS messages and mms for MMS messages.
   *
   * @return the value, or null when missing or null
   */
  public MessageType type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageType> typeField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.type) : JsonField.missing();
  }

  /**
   * The number of units that make up the complete message. Messages can be split up due to the constraints of the message size.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long numberOfUnits() {
    return this.numberOfUnits;
  }

  /**
   * The <code>number_of_units</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> numberOfUnitsField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.numberOfUnits) : JsonField.missing();
  }

  /**
   * The number of media files associated with the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Long numberOfMediaFiles() {
    return this.numberOfMediaFiles;
  }

  /**
   * The <code>number_of_media_files</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> numberOfMediaFilesField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.numberOfMediaFiles) : JsonField.missing();
  }

  /**
   * The direction of the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageDirection direction() {
    return this.direction;
  }

  /**
   * The <code>direction</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageDirection> directionField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.direction) : JsonField.missing();
  }

  /**
   * Status of the delivery of the message.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageStatus status() {
    return this.status;
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageStatus> statusField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.status) : JsonField.missing();
  }

  /**
   * The scheduled date and time of the message.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime scheduledAt() {
    return this.scheduledAt;
  }

  /**
   * The <code>scheduled_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> scheduledAtField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.scheduledAt) : JsonField.missing();
  }

  /**
   * The date and time that the message was sent.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime sentAt() {
    return this.sentAt;
  }

  /**
   * The <code>sent_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> sentAtField() {
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.sentAt) : JsonField.missing();
  }

  /**
   * Define a webhook to receive delivery notifications.
   *
   * @return the value, or null when missing or null
   */
  public String webhookUrl() {
    return this.webhookUrl;
  }

  /**
   * The <code>webhook_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> webhookUrlField() {
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.webhookUrl) : JsonField.missing();
  }

  /**
   * A client reference.
   *
   * @return the value, or null when missing or null
   */
  public String reference() {
    return this.reference;
  }

  /**
   * The <code>reference</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> referenceField() {
    return (this.set0 & 0x2000L) != 0 ? JsonField.of(this.reference) : JsonField.missing();
  }

  /**
   * Price of the message. Amounts are decimal strings, never floating point.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public Price price() {
    return this.price;
  }

  /**
   * The <code>price</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Price> priceField() {
    return (this.set0 & 0x4000L) != 0 ? JsonField.of(this.price) : JsonField.missing();
  }

  /**
   * The error returned if your message status is failed or undelivered.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public MessageError error() {
    return this.error;
  }

  /**
   * The <code>error</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<MessageError> errorField() {
    return (this.set0 & 0x8000L) != 0 ? JsonField.of(this.error) : JsonField.missing();
  }

  /**
   * The ID of the Messaging Service used with the message. In case of Plivo this links to the Powerpack ID.
   *
   * @return the value, or null when missing or null
   */
  public String messagingServiceId() {
    return this.messagingServiceId;
  }

  /**
   * The <code>messaging_service_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> messagingServiceIdField() {
    return (this.set0 & 0x10000L) != 0 ? JsonField.of(this.messagingServiceId) : JsonField.missing();
  }

  /**
   * When custom mappings are configured on the resource, the result is included here.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> customMappings() {
    Map<String, JsonValue> v = this.customMappings;
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>custom_mappings</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> customMappingsField() {
    return (this.set0 & 0x20000L) != 0 ? JsonField.of(this.customMappings) : JsonField.missing();
  }

  /**
   * The user who last updated the object.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String updatedBy() {
    return this.updatedBy;
  }

  /**
   * The <code>updated_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedByField() {
    return (this.set0 & 0x40000L) != 0 ? JsonField.of(this.updatedBy) : JsonField.missing();
  }

  /**
   * The user who created the object.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public String createdBy() {
    return this.createdBy;
  }

  /**
   * The <code>created_by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdByField() {
    return (this.set0 & 0x80000L) != 0 ? JsonField.of(this.createdBy) : JsonField.missing();
  }

  /**
   * The date and time when the object was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return this.updatedAt;
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return (this.set0 & 0x100000L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
  }

  /**
   * The date and time when the object was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return this.createdAt;
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return (this.set0 & 0x200000L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
  }

  /**
   * The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
   *
   * @return the value, an empty list when missing or null
   */
  public List<PassThrough> passThrough() {
    List<PassThrough> v = this.passThrough;
    return v == null ? Collections.<PassThrough>emptyList() : v;
  }

  /**
   * The <code>pass_through</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<PassThrough>> passThroughField() {
    return (this.set0 & 0x400000L) != 0 ? JsonField.of(this.passThrough) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.from, other.from)
        && Objects.equals(this.to, other.to)
        && Objects.equals(this.subject, other.subject)
        && Objects.equals(this.body, other.body)
        && Objects.equals(this.type, other.type)
        && Objects.equals(this.numberOfUnits, other.numberOfUnits)
        && Objects.equals(this.numberOfMediaFiles, other.numberOfMediaFiles)
        && Objects.equals(this.direction, other.direction)
        && Objects.equals(this.status, other.status)
        && Objects.equals(this.scheduledAt, other.scheduledAt)
        && Objects.equals(this.sentAt, other.sentAt)
        && Objects.equals(this.webhookUrl, other.webhookUrl)
        && Objects.equals(this.reference, other.reference)
        && Objects.equals(this.price, other.price)
        && Objects.equals(this.error, other.error)
        && Objects.equals(this.messagingServiceId, other.messagingServiceId)
        && Objects.equals(this.customMappings, other.customMappings)
        && Objects.equals(this.updatedBy, other.updatedBy)
        && Objects.equals(this.createdBy, other.createdBy)
        && Objects.equals(this.updatedAt, other.updatedAt)
        && Objects.equals(this.createdAt, other.createdAt)
        && Objects.equals(this.passThrough, other.passThrough)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.from);
    h = 31 * h + Objects.hashCode(this.to);
    h = 31 * h + Objects.hashCode(this.subject);
    h = 31 * h + Objects.hashCode(this.body);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + Objects.hashCode(this.numberOfUnits);
    h = 31 * h + Objects.hashCode(this.numberOfMediaFiles);
    h = 31 * h + Objects.hashCode(this.direction);
    h = 31 * h + Objects.hashCode(this.status);
    h = 31 * h + Objects.hashCode(this.scheduledAt);
    h = 31 * h + Objects.hashCode(this.sentAt);
    h = 31 * h + Objects.hashCode(this.webhookUrl);
    h = 31 * h + Objects.hashCode(this.reference);
    h = 31 * h + Objects.hashCode(this.price);
    h = 31 * h + Objects.hashCode(this.error);
    h = 31 * h + Objects.hashCode(this.messagingServiceId);
    h = 31 * h + Objects.hashCode(this.customMappings);
    h = 31 * h + Objects.hashCode(this.updatedBy);
    h = 31 * h + Objects.hashCode(this.createdBy);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + Objects.hashCode(this.passThrough);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Message{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("from=").append(this.from);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("to=").append(this.to);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("subject=").append(this.subject);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("body=").append(this.body);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("numberOfUnits=").append(this.numberOfUnits);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("numberOfMediaFiles=").append(this.numberOfMediaFiles);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("direction=").append(this.direction);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("scheduledAt=").append(this.scheduledAt);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("sentAt=").append(this.sentAt);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
      sb.append(sep).append("webhookUrl=").append(this.webhookUrl);
      sep = ", ";
    }
    if ((this.set0 & 0x2000L) != 0) {
      sb.append(sep).append("reference=").append(this.reference);
      sep = ", ";
    }
    if ((this.set0 & 0x4000L) != 0) {
      sb.append(sep).append("price=").append(this.price);
      sep = ", ";
    }
    if ((this.set0 & 0x8000L) != 0) {
      sb.append(sep).append("error=").append(this.error);
      sep = ", ";
    }
    if ((this.set0 & 0x10000L) != 0) {
      sb.append(sep).append("messagingServiceId=").append(this.messagingServiceId);
      sep = ", ";
    }
    if ((this.set0 & 0x20000L) != 0) {
      sb.append(sep).append("customMappings=").append(this.customMappings);
      sep = ", ";
    }
    if ((this.set0 & 0x40000L) != 0) {
      sb.append(sep).append("updatedBy=").append(this.updatedBy);
      sep = ", ";
    }
    if ((this.set0 & 0x80000L) != 0) {
      sb.append(sep).append("createdBy=").append(this.createdBy);
      sep = ", ";
    }
    if ((this.set0 & 0x100000L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if ((this.set0 & 0x200000L) != 0) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if ((this.set0 & 0x400000L) != 0) {
      sb.append(sep).append("passThrough=").append(this.passThrough == null ? "null" : "***");
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Message}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String from;

    private String to;

    private String subject;

    private String body;

    private MessageType type;

    private Long numberOfUnits;

    private Long numberOfMediaFiles;

    private MessageDirection direction;

    private MessageStatus status;

    private OffsetDateTime scheduledAt;

    private OffsetDateTime sentAt;

    private String webhookUrl;

    private String reference;

    private Price price;

    private MessageError error;

    private String messagingServiceId;

    private Map<String, JsonValue> customMappings;

    private String updatedBy;

    private String createdBy;

    private OffsetDateTime updatedAt;

    private OffsetDateTime createdAt;

    private List<PassThrough> passThrough;

    private ArrayList<PassThrough> passThroughAdded;

    private long set0;

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
      this.set0 = source.set0;
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
      this.id = id;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder idField(JsonField<String> field) {
      Objects.requireNonNull(field, "idField: field must not be null");
      this.id = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
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
      this.from = from;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>from</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder fromField(JsonField<String> field) {
      Objects.requireNonNull(field, "fromField: field must not be null");
      this.from = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
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
      this.to = to;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>to</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder toField(JsonField<String> field) {
      Objects.requireNonNull(field, "toField: field must not be null");
      this.to = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The <code>subject</code> field.
     *
     * @param subject the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = subject;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>subject</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder subjectField(JsonField<String> field) {
      Objects.requireNonNull(field, "subjectField: field must not be null");
      this.subject = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
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
      this.body = body;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>body</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder bodyField(JsonField<String> field) {
      Objects.requireNonNull(field, "bodyField: field must not be null");
      this.body = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * Set to sms for SMS messages and mms for MMS messages.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(MessageType type) {
      this.type = type;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder typeField(JsonField<MessageType> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
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
      this.numberOfUnits = numberOfUnits;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>number_of_units</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder numberOfUnitsField(JsonField<Long> field) {
      Objects.requireNonNull(field, "numberOfUnitsField: field must not be null");
      this.numberOfUnits = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
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
      this.numberOfMediaFiles = numberOfMediaFiles;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>number_of_media_files</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder numberOfMediaFilesField(JsonField<Long> field) {
      Objects.requireNonNull(field, "numberOfMediaFilesField: field must not be null");
      this.numberOfMediaFiles = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
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
      this.direction = direction;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>direction</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder directionField(JsonField<MessageDirection> field) {
      Objects.requireNonNull(field, "directionField: field must not be null");
      this.direction = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
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
      this.status = status;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>status</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder statusField(JsonField<MessageStatus> field) {
      Objects.requireNonNull(field, "statusField: field must not be null");
      this.status = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * The scheduled date and time of the message.
     *
     * @param scheduledAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder scheduledAt(OffsetDateTime scheduledAt) {
      this.scheduledAt = scheduledAt;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>scheduled_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder scheduledAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "scheduledAtField: field must not be null");
      this.scheduledAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
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
      this.sentAt = sentAt;
      this.set0 |= 0x800L;
      return this;
    }

    /**
     * Sets <code>sent_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder sentAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "sentAtField: field must not be null");
      this.sentAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
      return this;
    }

    /**
     * Define a webhook to receive delivery notifications.
     *
     * @param webhookUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder webhookUrl(String webhookUrl) {
      this.webhookUrl = webhookUrl;
      this.set0 |= 0x1000L;
      return this;
    }

    /**
     * Sets <code>webhook_url</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder webhookUrlField(JsonField<String> field) {
      Objects.requireNonNull(field, "webhookUrlField: field must not be null");
      this.webhookUrl = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
      }
      return this;
    }

    /**
     * A client reference.
     *
     * @param reference the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      this.set0 |= 0x2000L;
      return this;
    }

    /**
     * Sets <code>reference</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder referenceField(JsonField<String> field) {
      Objects.requireNonNull(field, "referenceField: field must not be null");
      this.reference = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2000L;
      } else {
        this.set0 |= 0x2000L;
      }
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
      this.price = price;
      this.set0 |= 0x4000L;
      return this;
    }

    /**
     * Sets <code>price</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder priceField(JsonField<Price> field) {
      Objects.requireNonNull(field, "priceField: field must not be null");
      this.price = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4000L;
      } else {
        this.set0 |= 0x4000L;
      }
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
      this.error = error;
      this.set0 |= 0x8000L;
      return this;
    }

    /**
     * Sets <code>error</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder errorField(JsonField<MessageError> field) {
      Objects.requireNonNull(field, "errorField: field must not be null");
      this.error = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8000L;
      } else {
        this.set0 |= 0x8000L;
      }
      return this;
    }

    /**
     * The ID of the Messaging Service used with the message. In case of Plivo this links to the Powerpack ID.
     *
     * @param messagingServiceId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder messagingServiceId(String messagingServiceId) {
      this.messagingServiceId = messagingServiceId;
      this.set0 |= 0x10000L;
      return this;
    }

    /**
     * Sets <code>messaging_service_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder messagingServiceIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "messagingServiceIdField: field must not be null");
      this.messagingServiceId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10000L;
      } else {
        this.set0 |= 0x10000L;
      }
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
      this.customMappings = customMappings == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(customMappings));
      this.set0 |= 0x20000L;
      return this;
    }

    /**
     * Sets <code>custom_mappings</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder customMappingsField(JsonField<Map<String, JsonValue>> field) {
      Objects.requireNonNull(field, "customMappingsField: field must not be null");
      this.customMappings = field.value() == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(field.value()));
      if (field.isMissing()) {
        this.set0 &= ~0x20000L;
      } else {
        this.set0 |= 0x20000L;
      }
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
      this.updatedBy = updatedBy;
      this.set0 |= 0x40000L;
      return this;
    }

    /**
     * Sets <code>updated_by</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder updatedByField(JsonField<String> field) {
      Objects.requireNonNull(field, "updatedByField: field must not be null");
      this.updatedBy = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40000L;
      } else {
        this.set0 |= 0x40000L;
      }
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
      this.createdBy = createdBy;
      this.set0 |= 0x80000L;
      return this;
    }

    /**
     * Sets <code>created_by</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder createdByField(JsonField<String> field) {
      Objects.requireNonNull(field, "createdByField: field must not be null");
      this.createdBy = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80000L;
      } else {
        this.set0 |= 0x80000L;
      }
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
      this.updatedAt = updatedAt;
      this.set0 |= 0x100000L;
      return this;
    }

    /**
     * Sets <code>updated_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder updatedAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "updatedAtField: field must not be null");
      this.updatedAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100000L;
      } else {
        this.set0 |= 0x100000L;
      }
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
      this.createdAt = createdAt;
      this.set0 |= 0x200000L;
      return this;
    }

    /**
     * Sets <code>created_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder createdAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "createdAtField: field must not be null");
      this.createdAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200000L;
      } else {
        this.set0 |= 0x200000L;
      }
      return this;
    }

    /**
     * The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
     *
     * @param passThrough the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder passThrough(List<PassThrough> passThrough) {
      this.passThrough = ImmutableList.copyOf(passThrough);
      this.passThroughAdded = null;
      this.set0 |= 0x400000L;
      return this;
    }

    /**
     * Sets <code>pass_through</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder passThroughField(JsonField<List<PassThrough>> field) {
      Objects.requireNonNull(field, "passThroughField: field must not be null");
      this.passThrough = ImmutableList.copyOf(field.value());
      this.passThroughAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x400000L;
      } else {
        this.set0 |= 0x400000L;
      }
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
        List<PassThrough> current = this.passThrough;
        this.passThroughAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.passThroughAdded.add(item);
      this.set0 |= 0x400000L;
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

  /**
   * Streaming JSON codec of {@link Message}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_FROM = new SerializedString("from");

    private static final SerializedString F_TO = new SerializedString("to");

    private static final SerializedString F_SUBJECT = new SerializedString("subject");

    private static final SerializedString F_BODY = new SerializedString("body");

    private static final SerializedString F_TYPE = new SerializedString("type");

    private static final SerializedString F_NUMBER_OF_UNITS = new SerializedString("number_of_units");

    private static final SerializedString F_NUMBER_OF_MEDIA_FILES = new SerializedString("number_of_media_files");

    private static final SerializedString F_DIRECTION = new SerializedString("direction");

    private static final SerializedString F_STATUS = new SerializedString("status");

    private static final SerializedString F_SCHEDULED_AT = new SerializedString("scheduled_at");

    private static final SerializedString F_SENT_AT = new SerializedString("sent_at");

    private static final SerializedString F_WEBHOOK_URL = new SerializedString("webhook_url");

    private static final SerializedString F_REFERENCE = new SerializedString("reference");

    private static final SerializedString F_PRICE = new SerializedString("price");

    private static final SerializedString F_ERROR = new SerializedString("error");

    private static final SerializedString F_MESSAGING_SERVICE_ID = new SerializedString("messaging_service_id");

    private static final SerializedString F_CUSTOM_MAPPINGS = new SerializedString("custom_mappings");

    private static final SerializedString F_UPDATED_BY = new SerializedString("updated_by");

    private static final SerializedString F_CREATED_BY = new SerializedString("created_by");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private static final SerializedString F_PASS_THROUGH = new SerializedString("pass_through");

    private Codec() {
    }

    /**
     * Reads one {@link Message} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Message read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Message.class);
      Message.Builder b = Message.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "id":
              b.id = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "from":
              b.from = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "to":
              b.to = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "subject":
              b.subject = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "body":
              b.body = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "type":
              b.type = MessageType.Codec.read(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "number_of_units":
              b.numberOfUnits = Codecs.readLong(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "number_of_media_files":
              b.numberOfMediaFiles = Codecs.readLong(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "direction":
              b.direction = MessageDirection.Codec.read(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "status":
              b.status = MessageStatus.Codec.read(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "scheduled_at":
              b.scheduledAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "sent_at":
              b.sentAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "webhook_url":
              b.webhookUrl = Codecs.readString(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            case "reference":
              b.reference = Codecs.readString(p, ctxt);
              b.set0 |= 0x2000L;
              break;
            case "price":
              b.price = Price.Codec.read(p, ctxt);
              b.set0 |= 0x4000L;
              break;
            case "error":
              b.error = MessageError.Codec.read(p, ctxt);
              b.set0 |= 0x8000L;
              break;
            case "messaging_service_id":
              b.messagingServiceId = Codecs.readString(p, ctxt);
              b.set0 |= 0x10000L;
              break;
            case "custom_mappings":
              b.customMappings = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x20000L;
              break;
            case "updated_by":
              b.updatedBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x40000L;
              break;
            case "created_by":
              b.createdBy = Codecs.readString(p, ctxt);
              b.set0 |= 0x80000L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x100000L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x200000L;
              break;
            case "pass_through":
              b.passThrough = Codecs.readList(p, ctxt, PassThrough.Codec::read);
              b.set0 |= 0x400000L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Message.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Message}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Message value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      boolean requestBody = Json.isRequestBody(provider);
      g.writeStartObject();
      if (!requestBody && (value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_ID);
        Codecs.writeString(g, provider, value.id);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_FROM);
        Codecs.writeString(g, provider, value.from);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_TO);
        Codecs.writeString(g, provider, value.to);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_SUBJECT);
        Codecs.writeString(g, provider, value.subject);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_BODY);
        Codecs.writeString(g, provider, value.body);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_TYPE);
        MessageType.Codec.write(g, provider, value.type);
      }
      if (!requestBody && (value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_NUMBER_OF_UNITS);
        Codecs.writeLong(g, provider, value.numberOfUnits);
      }
      if (!requestBody && (value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_NUMBER_OF_MEDIA_FILES);
        Codecs.writeLong(g, provider, value.numberOfMediaFiles);
      }
      if (!requestBody && (value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_DIRECTION);
        MessageDirection.Codec.write(g, provider, value.direction);
      }
      if (!requestBody && (value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_STATUS);
        MessageStatus.Codec.write(g, provider, value.status);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_SCHEDULED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.scheduledAt);
      }
      if (!requestBody && (value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_SENT_AT);
        Codecs.writeOffsetDateTime(g, provider, value.sentAt);
      }
      if ((value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_WEBHOOK_URL);
        Codecs.writeString(g, provider, value.webhookUrl);
      }
      if ((value.set0 & 0x2000L) != 0) {
        g.writeFieldName(F_REFERENCE);
        Codecs.writeString(g, provider, value.reference);
      }
      if (!requestBody && (value.set0 & 0x4000L) != 0) {
        g.writeFieldName(F_PRICE);
        Price.Codec.write(g, provider, value.price);
      }
      if (!requestBody && (value.set0 & 0x8000L) != 0) {
        g.writeFieldName(F_ERROR);
        MessageError.Codec.write(g, provider, value.error);
      }
      if ((value.set0 & 0x10000L) != 0) {
        g.writeFieldName(F_MESSAGING_SERVICE_ID);
        Codecs.writeString(g, provider, value.messagingServiceId);
      }
      if (!requestBody && (value.set0 & 0x20000L) != 0) {
        g.writeFieldName(F_CUSTOM_MAPPINGS);
        Codecs.writeMap(g, provider, value.customMappings, Codecs::writeJsonValue);
      }
      if (!requestBody && (value.set0 & 0x40000L) != 0) {
        g.writeFieldName(F_UPDATED_BY);
        Codecs.writeString(g, provider, value.updatedBy);
      }
      if (!requestBody && (value.set0 & 0x80000L) != 0) {
        g.writeFieldName(F_CREATED_BY);
        Codecs.writeString(g, provider, value.createdBy);
      }
      if (!requestBody && (value.set0 & 0x100000L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      if (!requestBody && (value.set0 & 0x200000L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      if ((value.set0 & 0x400000L) != 0) {
        g.writeFieldName(F_PASS_THROUGH);
        Codecs.writeList(g, provider, value.passThrough, PassThrough.Codec::write);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Message}.
     */
    public static final class Deserializer extends StdDeserializer<Message> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Message.class);
      }

      @Override
      public Message deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Message}.
     */
    public static final class Serializer extends StdSerializer<Message> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Message.class);
      }

      @Override
      public void serialize(Message value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
