// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.unificationengine.model.internal.MessagePartCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One part of a message's content.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = MessagePartCodec.Serializer.class
)
@JsonDeserialize(
    using = MessagePartCodec.Deserializer.class
)
public final class MessagePart {
  private final JsonField<String> part;

  private final JsonField<String> contentType;

  private final JsonField<Long> size;

  private final JsonField<String> type;

  private final JsonField<String> data;

  private final Map<String, JsonNode> additionalProperties;

  private MessagePart(Builder b) {
    this.part = b.part;
    this.contentType = b.contentType;
    this.size = b.size;
    this.type = b.type;
    this.data = b.data;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Part number, as a string (`"0"`).
   *
   * @return the value, or null when missing or null
   */
  public String part() {
    return this.part.value();
  }

  /**
   * The <code>part</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> partField() {
    return this.part;
  }

  /**
   * MIME type of `data`.
   *
   * @return the value, or null when missing or null
   */
  public String contentType() {
    return this.contentType.value();
  }

  /**
   * The <code>contentType</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contentTypeField() {
    return this.contentType;
  }

  /**
   * Size of `data`.
   *
   * @return the value, or null when missing or null
   */
  public Long size() {
    return this.size.value();
  }

  /**
   * The <code>size</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> sizeField() {
    return this.size;
  }

  /**
   * Role of the part, e.g. `body`.
   *
   * @return the value, or null when missing or null
   */
  public String type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> typeField() {
    return this.type;
  }

  /**
   * The content; for some connectors a JSON document in a string (e.g. `&#123;"image_url":...,"preview_title":...,"preview_description":...,"content":...&#125;`).
   *
   * @return the value, or null when missing or null
   */
  public String data() {
    return this.data.value();
  }

  /**
   * The <code>data</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> dataField() {
    return this.data;
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
    if (!(o instanceof MessagePart)) {
      return false;
    }
    MessagePart other = (MessagePart) o;
    return this.part.equals(other.part)
        && this.contentType.equals(other.contentType)
        && this.size.equals(other.size)
        && this.type.equals(other.type)
        && this.data.equals(other.data)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.part.hashCode();
    h = 31 * h + this.contentType.hashCode();
    h = 31 * h + this.size.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.data.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MessagePart{");
    String sep = "";
    if (!this.part.isMissing()) {
      sb.append(sep).append("part=").append(this.part);
      sep = ", ";
    }
    if (!this.contentType.isMissing()) {
      sb.append(sep).append("contentType=").append(this.contentType);
      sep = ", ";
    }
    if (!this.size.isMissing()) {
      sb.append(sep).append("size=").append(this.size);
      sep = ", ";
    }
    if (!this.type.isMissing()) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!this.data.isMissing()) {
      sb.append(sep).append("data=").append(this.data);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link MessagePart}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> part = JsonField.missing();

    private JsonField<String> contentType = JsonField.missing();

    private JsonField<Long> size = JsonField.missing();

    private JsonField<String> type = JsonField.missing();

    private JsonField<String> data = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(MessagePart source) {
      this.part = source.part;
      this.contentType = source.contentType;
      this.size = source.size;
      this.type = source.type;
      this.data = source.data;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Part number, as a string (`"0"`).
     *
     * @param part the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder part(String part) {
      this.part = JsonField.of(part);
      return this;
    }

    /**
     * MIME type of `data`.
     *
     * @param contentType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contentType(String contentType) {
      this.contentType = JsonField.of(contentType);
      return this;
    }

    /**
     * Size of `data`.
     *
     * @param size the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder size(Long size) {
      this.size = JsonField.of(size);
      return this;
    }

    /**
     * Role of the part, e.g. `body`.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(String type) {
      this.type = JsonField.of(type);
      return this;
    }

    /**
     * The content; for some connectors a JSON document in a string (e.g. `&#123;"image_url":...,"preview_title":...,"preview_description":...,"content":...&#125;`).
     *
     * @param data the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder data(String data) {
      this.data = JsonField.of(data);
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
    public MessagePart build() {
      return new MessagePart(this);
    }
  }
}
