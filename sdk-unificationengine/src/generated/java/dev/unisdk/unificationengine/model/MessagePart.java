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
import java.io.IOException;
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
    using = MessagePart.Codec.Serializer.class
)
@JsonDeserialize(
    using = MessagePart.Codec.Deserializer.class
)
public final class MessagePart {
  private final String part;

  private final String contentType;

  private final Long size;

  private final String type;

  private final String data;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private MessagePart(Builder b) {
    this.part = b.part;
    this.contentType = b.contentType;
    this.size = b.size;
    this.type = b.type;
    this.data = b.data;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Part number, as a string (`"0"`).
   *
   * @return the value, or null when missing or null
   */
  public String part() {
    return this.part;
  }

  /**
   * The <code>part</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> partField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.part) : JsonField.missing();
  }

  /**
   * MIME type of `data`.
   *
   * @return the value, or null when missing or null
   */
  public String contentType() {
    return this.contentType;
  }

  /**
   * The <code>contentType</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contentTypeField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.contentType) : JsonField.missing();
  }

  /**
   * Size of `data`.
   *
   * @return the value, or null when missing or null
   */
  public Long size() {
    return this.size;
  }

  /**
   * The <code>size</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Long> sizeField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.size) : JsonField.missing();
  }

  /**
   * Role of the part, e.g. `body`.
   *
   * @return the value, or null when missing or null
   */
  public String type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> typeField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.type) : JsonField.missing();
  }

  /**
   * The content; for some connectors a JSON document in a string (e.g. `&#123;"image_url":...,"preview_title":...,"preview_description":...,"content":...&#125;`).
   *
   * @return the value, or null when missing or null
   */
  public String data() {
    return this.data;
  }

  /**
   * The <code>data</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> dataField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.data) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.part, other.part)
        && Objects.equals(this.contentType, other.contentType)
        && Objects.equals(this.size, other.size)
        && Objects.equals(this.type, other.type)
        && Objects.equals(this.data, other.data)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.part);
    h = 31 * h + Objects.hashCode(this.contentType);
    h = 31 * h + Objects.hashCode(this.size);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + Objects.hashCode(this.data);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MessagePart{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("part=").append(this.part);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("contentType=").append(this.contentType);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("size=").append(this.size);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String part;

    private String contentType;

    private Long size;

    private String type;

    private String data;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(MessagePart source) {
      this.part = source.part;
      this.contentType = source.contentType;
      this.size = source.size;
      this.type = source.type;
      this.data = source.data;
      this.set0 = source.set0;
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
      this.part = part;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>part</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder partField(JsonField<String> field) {
      Objects.requireNonNull(field, "partField: field must not be null");
      this.part = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * MIME type of `data`.
     *
     * @param contentType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contentType(String contentType) {
      this.contentType = contentType;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>contentType</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder contentTypeField(JsonField<String> field) {
      Objects.requireNonNull(field, "contentTypeField: field must not be null");
      this.contentType = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Size of `data`.
     *
     * @param size the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder size(Long size) {
      this.size = size;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>size</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder sizeField(JsonField<Long> field) {
      Objects.requireNonNull(field, "sizeField: field must not be null");
      this.size = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Role of the part, e.g. `body`.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      this.set0 |= 0x8L;
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
    public Builder typeField(JsonField<String> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The content; for some connectors a JSON document in a string (e.g. `&#123;"image_url":...,"preview_title":...,"preview_description":...,"content":...&#125;`).
     *
     * @param data the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder data(String data) {
      this.data = data;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>data</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder dataField(JsonField<String> field) {
      Objects.requireNonNull(field, "dataField: field must not be null");
      this.data = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
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
    public MessagePart build() {
      return new MessagePart(this);
    }
  }

  /**
   * Streaming JSON codec of {@link MessagePart}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_PART = new SerializedString("part");

    private static final SerializedString F_CONTENT_TYPE = new SerializedString("contentType");

    private static final SerializedString F_SIZE = new SerializedString("size");

    private static final SerializedString F_TYPE = new SerializedString("type");

    private static final SerializedString F_DATA = new SerializedString("data");

    private Codec() {
    }

    /**
     * Reads one {@link MessagePart} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static MessagePart read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, MessagePart.class);
      MessagePart.Builder b = MessagePart.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "part":
              b.part = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "contentType":
              b.contentType = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "size":
              b.size = Codecs.readLong(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "type":
              b.type = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "data":
              b.data = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, MessagePart.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link MessagePart}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, MessagePart value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_PART);
        Codecs.writeString(g, provider, value.part);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_CONTENT_TYPE);
        Codecs.writeString(g, provider, value.contentType);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_SIZE);
        Codecs.writeLong(g, provider, value.size);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_TYPE);
        Codecs.writeString(g, provider, value.type);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_DATA);
        Codecs.writeString(g, provider, value.data);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link MessagePart}.
     */
    public static final class Deserializer extends StdDeserializer<MessagePart> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(MessagePart.class);
      }

      @Override
      public MessagePart deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link MessagePart}.
     */
    public static final class Serializer extends StdSerializer<MessagePart> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(MessagePart.class);
      }

      @Override
      public void serialize(MessagePart value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
