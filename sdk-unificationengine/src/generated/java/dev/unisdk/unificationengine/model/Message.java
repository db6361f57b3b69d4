// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

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
import dev.unisdk.core.model.internal.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message to send.
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
  private final String uri;

  private final String mid;

  private final String timestamp;

  private final String returnPath;

  private final String date;

  private final String userAgent;

  private final String headers;

  private final List<Participant> receivers;

  private final Participant sender;

  private final String subject;

  private final List<MessagePart> parts;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Message(Builder b) {
    this.uri = b.uri;
    this.mid = b.mid;
    this.timestamp = b.timestamp;
    this.returnPath = b.returnPath;
    this.date = b.date;
    this.userAgent = b.userAgent;
    this.headers = b.headers;
    this.receivers = b.receiversAdded == null ? b.receivers : ImmutableList.copyOf(b.receiversAdded);
    this.sender = b.sender;
    this.subject = b.subject;
    this.parts = b.partsAdded == null ? b.parts : ImmutableList.copyOf(b.partsAdded);
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The connection, `unified://NAME`.
   *
   * @return the value, or null when missing or null
   */
  public String uri() {
    return this.uri;
  }

  /**
   * The <code>uri</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> uriField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.uri) : JsonField.missing();
  }

  /**
   * Message id.
   *
   * @return the value, or null when missing or null
   */
  public String mid() {
    return this.mid;
  }

  /**
   * The <code>mid</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> midField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.mid) : JsonField.missing();
  }

  /**
   * Message timestamp.
   *
   * @return the value, or null when missing or null
   */
  public String timestamp() {
    return this.timestamp;
  }

  /**
   * The <code>timestamp</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> timestampField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.timestamp) : JsonField.missing();
  }

  /**
   * Return path (may be absent).
   *
   * @return the value, or null when missing or null
   */
  public String returnPath() {
    return this.returnPath;
  }

  /**
   * The <code>returnPath</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> returnPathField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.returnPath) : JsonField.missing();
  }

  /**
   * Message date.
   *
   * @return the value, or null when missing or null
   */
  public String date() {
    return this.date;
  }

  /**
   * The <code>date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> dateField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.date) : JsonField.missing();
  }

  /**
   * User agent of the sender.
   *
   * @return the value, or null when missing or null
   */
  public String userAgent() {
    return this.userAgent;
  }

  /**
   * The <code>userAgent</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userAgentField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.userAgent) : JsonField.missing();
  }

  /**
   * Message headers.
   *
   * @return the value, or null when missing or null
   */
  public String headers() {
    return this.headers;
  }

  /**
   * The <code>headers</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> headersField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.headers) : JsonField.missing();
  }

  /**
   * Who receives the message (error 410 when none).
   *
   * @return the value, an empty list when missing or null
   */
  public List<Participant> receivers() {
    List<Participant> v = this.receivers;
    return v == null ? Collections.<Participant>emptyList() : v;
  }

  /**
   * The <code>receivers</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Participant>> receiversField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.receivers) : JsonField.missing();
  }

  /**
   * A message sender or receiver.
   *
   * @return the value, or null when missing or null
   */
  public Participant sender() {
    return this.sender;
  }

  /**
   * The <code>sender</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Participant> senderField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.sender) : JsonField.missing();
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
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.subject) : JsonField.missing();
  }

  /**
   * The message content, one part per content type.
   *
   * @return the value, an empty list when missing or null
   */
  public List<MessagePart> parts() {
    List<MessagePart> v = this.parts;
    return v == null ? Collections.<MessagePart>emptyList() : v;
  }

  /**
   * The <code>parts</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<MessagePart>> partsField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.parts) : JsonField.missing();
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
        && Objects.equals(this.uri, other.uri)
        && Objects.equals(this.mid, other.mid)
        && Objects.equals(this.timestamp, other.timestamp)
        && Objects.equals(this.returnPath, other.returnPath)
        && Objects.equals(this.date, other.date)
        && Objects.equals(this.userAgent, other.userAgent)
        && Objects.equals(this.headers, other.headers)
        && Objects.equals(this.receivers, other.receivers)
        && Objects.equals(this.sender, other.sender)
        && Objects.equals(this.subject, other.subject)
        && Objects.equals(this.parts, other.parts)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.uri);
    h = 31 * h + Objects.hashCode(this.mid);
    h = 31 * h + Objects.hashCode(this.timestamp);
    h = 31 * h + Objects.hashCode(this.returnPath);
    h = 31 * h + Objects.hashCode(this.date);
    h = 31 * h + Objects.hashCode(this.userAgent);
    h = 31 * h + Objects.hashCode(this.headers);
    h = 31 * h + Objects.hashCode(this.receivers);
    h = 31 * h + Objects.hashCode(this.sender);
    h = 31 * h + Objects.hashCode(this.subject);
    h = 31 * h + Objects.hashCode(this.parts);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Message{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("uri=").append(this.uri);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("mid=").append(this.mid);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("timestamp=").append(this.timestamp);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("returnPath=").append(this.returnPath);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("date=").append(this.date);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("userAgent=").append(this.userAgent);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("headers=").append(this.headers);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("receivers=").append(this.receivers);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("sender=").append(this.sender);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("subject=").append(this.subject);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("parts=").append(this.parts);
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
    private String uri;

    private String mid;

    private String timestamp;

    private String returnPath;

    private String date;

    private String userAgent;

    private String headers;

    private List<Participant> receivers;

    private ArrayList<Participant> receiversAdded;

    private Participant sender;

    private String subject;

    private List<MessagePart> parts;

    private ArrayList<MessagePart> partsAdded;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Message source) {
      this.uri = source.uri;
      this.mid = source.mid;
      this.timestamp = source.timestamp;
      this.returnPath = source.returnPath;
      this.date = source.date;
      this.userAgent = source.userAgent;
      this.headers = source.headers;
      this.receivers = source.receivers;
      this.sender = source.sender;
      this.subject = source.subject;
      this.parts = source.parts;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The connection, `unified://NAME`.
     *
     * @param uri the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder uri(String uri) {
      this.uri = uri;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>uri</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder uriField(JsonField<String> field) {
      Objects.requireNonNull(field, "uriField: field must not be null");
      this.uri = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Message id.
     *
     * @param mid the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder mid(String mid) {
      this.mid = mid;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>mid</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder midField(JsonField<String> field) {
      Objects.requireNonNull(field, "midField: field must not be null");
      this.mid = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Message timestamp.
     *
     * @param timestamp the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder timestamp(String timestamp) {
      this.timestamp = timestamp;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>timestamp</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder timestampField(JsonField<String> field) {
      Objects.requireNonNull(field, "timestampField: field must not be null");
      this.timestamp = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Return path (may be absent).
     *
     * @param returnPath the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder returnPath(String returnPath) {
      this.returnPath = returnPath;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>returnPath</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder returnPathField(JsonField<String> field) {
      Objects.requireNonNull(field, "returnPathField: field must not be null");
      this.returnPath = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Message date.
     *
     * @param date the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder date(String date) {
      this.date = date;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>date</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder dateField(JsonField<String> field) {
      Objects.requireNonNull(field, "dateField: field must not be null");
      this.date = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * User agent of the sender.
     *
     * @param userAgent the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>userAgent</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder userAgentField(JsonField<String> field) {
      Objects.requireNonNull(field, "userAgentField: field must not be null");
      this.userAgent = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * Message headers.
     *
     * @param headers the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder headers(String headers) {
      this.headers = headers;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>headers</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder headersField(JsonField<String> field) {
      Objects.requireNonNull(field, "headersField: field must not be null");
      this.headers = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * Who receives the message (error 410 when none).
     *
     * @param receivers the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder receivers(List<Participant> receivers) {
      this.receivers = ImmutableList.copyOf(receivers);
      this.receiversAdded = null;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>receivers</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder receiversField(JsonField<List<Participant>> field) {
      Objects.requireNonNull(field, "receiversField: field must not be null");
      this.receivers = ImmutableList.copyOf(field.value());
      this.receiversAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * Adds one item to <code>receivers</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #receivers(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addReceiver(Participant item) {
      Objects.requireNonNull(item, "receivers: item must not be null");
      if (this.receiversAdded == null) {
        List<Participant> current = this.receivers;
        this.receiversAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.receiversAdded.add(item);
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * A message sender or receiver.
     *
     * @param sender the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder sender(Participant sender) {
      this.sender = sender;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>sender</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder senderField(JsonField<Participant> field) {
      Objects.requireNonNull(field, "senderField: field must not be null");
      this.sender = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
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
      this.set0 |= 0x200L;
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
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * The message content, one part per content type.
     *
     * @param parts the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder parts(List<MessagePart> parts) {
      this.parts = ImmutableList.copyOf(parts);
      this.partsAdded = null;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>parts</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder partsField(JsonField<List<MessagePart>> field) {
      Objects.requireNonNull(field, "partsField: field must not be null");
      this.parts = ImmutableList.copyOf(field.value());
      this.partsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
      return this;
    }

    /**
     * Adds one item to <code>parts</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #parts(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addPart(MessagePart item) {
      Objects.requireNonNull(item, "parts: item must not be null");
      if (this.partsAdded == null) {
        List<MessagePart> current = this.parts;
        this.partsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.partsAdded.add(item);
      this.set0 |= 0x400L;
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
    private static final SerializedString F_URI = new SerializedString("uri");

    private static final SerializedString F_MID = new SerializedString("mid");

    private static final SerializedString F_TIMESTAMP = new SerializedString("timestamp");

    private static final SerializedString F_RETURN_PATH = new SerializedString("returnPath");

    private static final SerializedString F_DATE = new SerializedString("date");

    private static final SerializedString F_USER_AGENT = new SerializedString("userAgent");

    private static final SerializedString F_HEADERS = new SerializedString("headers");

    private static final SerializedString F_RECEIVERS = new SerializedString("receivers");

    private static final SerializedString F_SENDER = new SerializedString("sender");

    private static final SerializedString F_SUBJECT = new SerializedString("subject");

    private static final SerializedString F_PARTS = new SerializedString("parts");

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
            case "uri":
              b.uri = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "mid":
              b.mid = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "timestamp":
              b.timestamp = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "returnPath":
              b.returnPath = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "date":
              b.date = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "userAgent":
              b.userAgent = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "headers":
              b.headers = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "receivers":
              b.receivers = Codecs.readList(p, ctxt, Participant.Codec::read);
              b.set0 |= 0x80L;
              break;
            case "sender":
              b.sender = Participant.Codec.read(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "subject":
              b.subject = Codecs.readString(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "parts":
              b.parts = Codecs.readList(p, ctxt, MessagePart.Codec::read);
              b.set0 |= 0x400L;
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
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_URI);
        Codecs.writeString(g, provider, value.uri);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_MID);
        Codecs.writeString(g, provider, value.mid);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_TIMESTAMP);
        Codecs.writeString(g, provider, value.timestamp);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_RETURN_PATH);
        Codecs.writeString(g, provider, value.returnPath);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_DATE);
        Codecs.writeString(g, provider, value.date);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_USER_AGENT);
        Codecs.writeString(g, provider, value.userAgent);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_HEADERS);
        Codecs.writeString(g, provider, value.headers);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_RECEIVERS);
        Codecs.writeList(g, provider, value.receivers, Participant.Codec::write);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_SENDER);
        Participant.Codec.write(g, provider, value.sender);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_SUBJECT);
        Codecs.writeString(g, provider, value.subject);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_PARTS);
        Codecs.writeList(g, provider, value.parts, MessagePart.Codec::write);
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
