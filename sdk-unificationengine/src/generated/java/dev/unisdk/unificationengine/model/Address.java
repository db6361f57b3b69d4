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
 * An address reachable through a connection. `name`, `userImage` and `type` may be absent.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Address.Codec.Serializer.class
)
@JsonDeserialize(
    using = Address.Codec.Deserializer.class
)
public final class Address {
  private final String connector;

  private final String name;

  private final String address;

  private final String userImage;

  private final String type;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Address(Builder b) {
    this.connector = b.connector;
    this.name = b.name;
    this.address = b.address;
    this.userImage = b.userImage;
    this.type = b.type;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The connector, e.g. `facebook`.
   *
   * @return the value, or null when missing or null
   */
  public String connector() {
    return this.connector;
  }

  /**
   * The <code>connector</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> connectorField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.connector) : JsonField.missing();
  }

  /**
   * Display name of the address.
   *
   * @return the value, or null when missing or null
   */
  public String name() {
    return this.name;
  }

  /**
   * The <code>name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> nameField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.name) : JsonField.missing();
  }

  /**
   * The address itself (e.g. a page id or e-mail address), usable as a receiver address.
   *
   * @return the value, or null when missing or null
   */
  public String address() {
    return this.address;
  }

  /**
   * The <code>address</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> addressField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.address) : JsonField.missing();
  }

  /**
   * URL of the address's picture.
   *
   * @return the value, or null when missing or null
   */
  public String userImage() {
    return this.userImage;
  }

  /**
   * The <code>userImage</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userImageField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.userImage) : JsonField.missing();
  }

  /**
   * Kind of address, as reported by the connector.
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
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.type) : JsonField.missing();
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
    if (!(o instanceof Address)) {
      return false;
    }
    Address other = (Address) o;
    return this.set0 == other.set0
        && Objects.equals(this.connector, other.connector)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.address, other.address)
        && Objects.equals(this.userImage, other.userImage)
        && Objects.equals(this.type, other.type)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.connector);
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.address);
    h = 31 * h + Objects.hashCode(this.userImage);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Address{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("connector=").append(this.connector);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("address=").append(this.address);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("userImage=").append(this.userImage);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Address}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String connector;

    private String name;

    private String address;

    private String userImage;

    private String type;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Address source) {
      this.connector = source.connector;
      this.name = source.name;
      this.address = source.address;
      this.userImage = source.userImage;
      this.type = source.type;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The connector, e.g. `facebook`.
     *
     * @param connector the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder connector(String connector) {
      this.connector = connector;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>connector</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder connectorField(JsonField<String> field) {
      Objects.requireNonNull(field, "connectorField: field must not be null");
      this.connector = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Display name of the address.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder nameField(JsonField<String> field) {
      Objects.requireNonNull(field, "nameField: field must not be null");
      this.name = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The address itself (e.g. a page id or e-mail address), usable as a receiver address.
     *
     * @param address the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder address(String address) {
      this.address = address;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>address</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder addressField(JsonField<String> field) {
      Objects.requireNonNull(field, "addressField: field must not be null");
      this.address = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * URL of the address's picture.
     *
     * @param userImage the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder userImage(String userImage) {
      this.userImage = userImage;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>userImage</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder userImageField(JsonField<String> field) {
      Objects.requireNonNull(field, "userImageField: field must not be null");
      this.userImage = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Kind of address, as reported by the connector.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      this.set0 |= 0x10L;
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
    public Address build() {
      return new Address(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Address}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_CONNECTOR = new SerializedString("connector");

    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_ADDRESS = new SerializedString("address");

    private static final SerializedString F_USER_IMAGE = new SerializedString("userImage");

    private static final SerializedString F_TYPE = new SerializedString("type");

    private Codec() {
    }

    /**
     * Reads one {@link Address} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Address read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Address.class);
      Address.Builder b = Address.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "connector":
              b.connector = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "name":
              b.name = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "address":
              b.address = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "userImage":
              b.userImage = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "type":
              b.type = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Address.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Address}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Address value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_CONNECTOR);
        Codecs.writeString(g, provider, value.connector);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_NAME);
        Codecs.writeString(g, provider, value.name);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_ADDRESS);
        Codecs.writeString(g, provider, value.address);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_USER_IMAGE);
        Codecs.writeString(g, provider, value.userImage);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_TYPE);
        Codecs.writeString(g, provider, value.type);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Address}.
     */
    public static final class Deserializer extends StdDeserializer<Address> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Address.class);
      }

      @Override
      public Address deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Address}.
     */
    public static final class Serializer extends StdSerializer<Address> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Address.class);
      }

      @Override
      public void serialize(Address value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
