// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.unificationengine.model.internal.MessageCodec;
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
    using = MessageCodec.Serializer.class
)
@JsonDeserialize(
    using = MessageCodec.Deserializer.class
)
public final class Message {
  private final JsonField<String> uri;

  private final JsonField<String> mid;

  private final JsonField<String> timestamp;

  private final JsonField<String> returnPath;

  private final JsonField<String> date;

  private final JsonField<String> userAgent;

  private final JsonField<String> headers;

  private final JsonField<List<Participant>> receivers;

  private final JsonField<Participant> sender;

  private final JsonField<String> subject;

  private final JsonField<List<MessagePart>> parts;

  private final Map<String, JsonNode> additionalProperties;

  private Message(Builder b) {
    this.uri = b.uri;
    this.mid = b.mid;
    this.timestamp = b.timestamp;
    this.returnPath = b.returnPath;
    this.date = b.date;
    this.userAgent = b.userAgent;
    this.headers = b.headers;
    this.receivers = b.receiversAdded == null ? b.receivers : JsonField.of(ImmutableList.copyOf(b.receiversAdded));
    this.sender = b.sender;
    this.subject = b.subject;
    this.parts = b.partsAdded == null ? b.parts : JsonField.of(ImmutableList.copyOf(b.partsAdded));
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The connection, `unified://NAME`.
   *
   * @return the value, or null when missing or null
   */
  public String uri() {
    return this.uri.value();
  }

  /**
   * The <code>uri</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> uriField() {
    return this.uri;
  }

  /**
   * Message id.
   *
   * @return the value, or null when missing or null
   */
  public String mid() {
    return this.mid.value();
  }

  /**
   * The <code>mid</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> midField() {
    return this.mid;
  }

  /**
   * Message timestamp.
   *
   * @return the value, or null when missing or null
   */
  public String timestamp() {
    return this.timestamp.value();
  }

  /**
   * The <code>timestamp</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> timestampField() {
    return this.timestamp;
  }

  /**
   * Return path (may be absent).
   *
   * @return the value, or null when missing or null
   */
  public String returnPath() {
    return this.returnPath.value();
  }

  /**
   * The <code>returnPath</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> returnPathField() {
    return this.returnPath;
  }

  /**
   * Message date.
   *
   * @return the value, or null when missing or null
   */
  public String date() {
    return this.date.value();
  }

  /**
   * The <code>date</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> dateField() {
    return this.date;
  }

  /**
   * User agent of the sender.
   *
   * @return the value, or null when missing or null
   */
  public String userAgent() {
    return this.userAgent.value();
  }

  /**
   * The <code>userAgent</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userAgentField() {
    return this.userAgent;
  }

  /**
   * Message headers.
   *
   * @return the value, or null when missing or null
   */
  public String headers() {
    return this.headers.value();
  }

  /**
   * The <code>headers</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> headersField() {
    return this.headers;
  }

  /**
   * Who receives the message (error 410 when none).
   *
   * @return the value, an empty list when missing or null
   */
  public List<Participant> receivers() {
    List<Participant> v = this.receivers.value();
    return v == null ? Collections.<Participant>emptyList() : v;
  }

  /**
   * The <code>receivers</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Participant>> receiversField() {
    return this.receivers;
  }

  /**
   * A message sender or receiver.
   *
   * @return the value, or null when missing or null
   */
  public Participant sender() {
    return this.sender.value();
  }

  /**
   * The <code>sender</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Participant> senderField() {
    return this.sender;
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
   * The message content, one part per content type.
   *
   * @return the value, an empty list when missing or null
   */
  public List<MessagePart> parts() {
    List<MessagePart> v = this.parts.value();
    return v == null ? Collections.<MessagePart>emptyList() : v;
  }

  /**
   * The <code>parts</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<MessagePart>> partsField() {
    return this.parts;
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
    return this.uri.equals(other.uri)
        && this.mid.equals(other.mid)
        && this.timestamp.equals(other.timestamp)
        && this.returnPath.equals(other.returnPath)
        && this.date.equals(other.date)
        && this.userAgent.equals(other.userAgent)
        && this.headers.equals(other.headers)
        && this.receivers.equals(other.receivers)
        && this.sender.equals(other.sender)
        && this.subject.equals(other.subject)
        && this.parts.equals(other.parts)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.uri.hashCode();
    h = 31 * h + this.mid.hashCode();
    h = 31 * h + this.timestamp.hashCode();
    h = 31 * h + this.returnPath.hashCode();
    h = 31 * h + this.date.hashCode();
    h = 31 * h + this.userAgent.hashCode();
    h = 31 * h + this.headers.hashCode();
    h = 31 * h + this.receivers.hashCode();
    h = 31 * h + this.sender.hashCode();
    h = 31 * h + this.subject.hashCode();
    h = 31 * h + this.parts.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Message{");
    String sep = "";
    if (!this.uri.isMissing()) {
      sb.append(sep).append("uri=").append(this.uri);
      sep = ", ";
    }
    if (!this.mid.isMissing()) {
      sb.append(sep).append("mid=").append(this.mid);
      sep = ", ";
    }
    if (!this.timestamp.isMissing()) {
      sb.append(sep).append("timestamp=").append(this.timestamp);
      sep = ", ";
    }
    if (!this.returnPath.isMissing()) {
      sb.append(sep).append("returnPath=").append(this.returnPath);
      sep = ", ";
    }
    if (!this.date.isMissing()) {
      sb.append(sep).append("date=").append(this.date);
      sep = ", ";
    }
    if (!this.userAgent.isMissing()) {
      sb.append(sep).append("userAgent=").append(this.userAgent);
      sep = ", ";
    }
    if (!this.headers.isMissing()) {
      sb.append(sep).append("headers=").append(this.headers);
      sep = ", ";
    }
    if (!this.receivers.isMissing()) {
      sb.append(sep).append("receivers=").append(this.receivers);
      sep = ", ";
    }
    if (!this.sender.isMissing()) {
      sb.append(sep).append("sender=").append(this.sender);
      sep = ", ";
    }
    if (!this.subject.isMissing()) {
      sb.append(sep).append("subject=").append(this.subject);
      sep = ", ";
    }
    if (!this.parts.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> uri = JsonField.missing();

    private JsonField<String> mid = JsonField.missing();

    private JsonField<String> timestamp = JsonField.missing();

    private JsonField<String> returnPath = JsonField.missing();

    private JsonField<String> date = JsonField.missing();

    private JsonField<String> userAgent = JsonField.missing();

    private JsonField<String> headers = JsonField.missing();

    private JsonField<List<Participant>> receivers = JsonField.missing();

    private ArrayList<Participant> receiversAdded;

    private JsonField<Participant> sender = JsonField.missing();

    private JsonField<String> subject = JsonField.missing();

    private JsonField<List<MessagePart>> parts = JsonField.missing();

    private ArrayList<MessagePart> partsAdded;

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
      this.uri = JsonField.of(uri);
      return this;
    }

    /**
     * Message id.
     *
     * @param mid the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder mid(String mid) {
      this.mid = JsonField.of(mid);
      return this;
    }

    /**
     * Message timestamp.
     *
     * @param timestamp the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder timestamp(String timestamp) {
      this.timestamp = JsonField.of(timestamp);
      return this;
    }

    /**
     * Return path (may be absent).
     *
     * @param returnPath the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder returnPath(String returnPath) {
      this.returnPath = JsonField.of(returnPath);
      return this;
    }

    /**
     * Message date.
     *
     * @param date the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder date(String date) {
      this.date = JsonField.of(date);
      return this;
    }

    /**
     * User agent of the sender.
     *
     * @param userAgent the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = JsonField.of(userAgent);
      return this;
    }

    /**
     * Message headers.
     *
     * @param headers the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder headers(String headers) {
      this.headers = JsonField.of(headers);
      return this;
    }

    /**
     * Who receives the message (error 410 when none).
     *
     * @param receivers the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder receivers(List<Participant> receivers) {
      this.receivers = JsonField.of(ImmutableList.copyOf(receivers));
      this.receiversAdded = null;
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
        List<Participant> current = this.receivers.value();
        this.receiversAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.receiversAdded.add(item);
      return this;
    }

    /**
     * A message sender or receiver.
     *
     * @param sender the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder sender(Participant sender) {
      this.sender = JsonField.of(sender);
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
     * The message content, one part per content type.
     *
     * @param parts the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder parts(List<MessagePart> parts) {
      this.parts = JsonField.of(ImmutableList.copyOf(parts));
      this.partsAdded = null;
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
        List<MessagePart> current = this.parts.value();
        this.partsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.partsAdded.add(item);
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
