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
 * A message sender or receiver.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Participant.Codec.Serializer.class
)
@JsonDeserialize(
    using = Participant.Codec.Deserializer.class
)
public final class Participant {
  private final String name;

  private final String address;

  private final String connector;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Participant(Builder b) {
    this.name = b.name;
    this.address = b.address;
    this.connector = b.connector;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Name of the receiver (e.g. `page`).
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
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.name) : JsonField.missing();
  }

  /**
   * Address on the connector (e.g. a page id or e-mail address).
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
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.address) : JsonField.missing();
  }

  /**
   * The connector, e.g. `facebook` (JSON name is capitalised).
   *
   * @return the value, or null when missing or null
   */
  public String connector() {
    return this.connector;
  }

  /**
   * The <code>Connector</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> connectorField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.connector) : JsonField.missing();
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
    if (!(o instanceof Participant)) {
      return false;
    }
    Participant other = (Participant) o;
    return this.set0 == other.set0
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.address, other.address)
        && Objects.equals(this.connector, other.connector)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.address);
    h = 31 * h + Objects.hashCode(this.connector);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Participant{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("address=").append(this.address);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("connector=").append(this.connector);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Participant}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String name;

    private String address;

    private String connector;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Participant source) {
      this.name = source.name;
      this.address = source.address;
      this.connector = source.connector;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Name of the receiver (e.g. `page`).
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      this.set0 |= 0x1L;
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
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Address on the connector (e.g. a page id or e-mail address).
     *
     * @param address the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder address(String address) {
      this.address = address;
      this.set0 |= 0x2L;
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
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The connector, e.g. `facebook` (JSON name is capitalised).
     *
     * @param connector the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder connector(String connector) {
      this.connector = connector;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>Connector</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
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
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
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
    public Participant build() {
      return new Participant(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Participant}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_ADDRESS = new SerializedString("address");

    private static final SerializedString F_CONNECTOR = new SerializedString("Connector");

    private Codec() {
    }

    /**
     * Reads one {@link Participant} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Participant read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Participant.class);
      Participant.Builder b = Participant.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "name":
              b.name = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "address":
              b.address = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "Connector":
              b.connector = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Participant.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Participant}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Participant value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_NAME);
        Codecs.writeString(g, provider, value.name);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_ADDRESS);
        Codecs.writeString(g, provider, value.address);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_CONNECTOR);
        Codecs.writeString(g, provider, value.connector);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Participant}.
     */
    public static final class Deserializer extends StdDeserializer<Participant> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Participant.class);
      }

      @Override
      public Participant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Participant}.
     */
    public static final class Serializer extends StdSerializer<Participant> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Participant.class);
      }

      @Override
      public void serialize(Participant value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
