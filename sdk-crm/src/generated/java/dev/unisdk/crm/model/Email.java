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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An email address.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Email.Codec.Serializer.class
)
@JsonDeserialize(
    using = Email.Codec.Deserializer.class
)
public final class Email {
  private final String id;

  private final String email;

  private final EmailType type;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Email(Builder b) {
    this.id = b.id;
    this.email = b.email;
    this.type = b.type;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the email address.
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
   * Email address.
   *
   * @return the value, or null when missing or null
   */
  public String email() {
    return this.email;
  }

  /**
   * The <code>email</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.email) : JsonField.missing();
  }

  /**
   * The type of email address.
   *
   * @return the value, or null when missing or null
   */
  public EmailType type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<EmailType> typeField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.type) : JsonField.missing();
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
    if (!(o instanceof Email)) {
      return false;
    }
    Email other = (Email) o;
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.email, other.email)
        && Objects.equals(this.type, other.type)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.email);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Email{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("email=").append(this.email);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Email}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String email;

    private EmailType type;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Email source) {
      this.id = source.id;
      this.email = source.email;
      this.type = source.type;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Unique identifier for the email address.
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
     * Email address.
     *
     * @param email the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>email</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder emailField(JsonField<String> field) {
      Objects.requireNonNull(field, "emailField: field must not be null");
      this.email = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The type of email address.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(EmailType type) {
      this.type = type;
      this.set0 |= 0x4L;
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
    public Builder typeField(JsonField<EmailType> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
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
    public Email build() {
      return new Email(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Email}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_EMAIL = new SerializedString("email");

    private static final SerializedString F_TYPE = new SerializedString("type");

    private Codec() {
    }

    /**
     * Reads one {@link Email} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Email read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Email.class);
      Email.Builder b = Email.builder();
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
            case "email":
              b.email = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "type":
              b.type = EmailType.Codec.read(p, ctxt);
              b.set0 |= 0x4L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Email.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Email}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Email value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_ID);
        Codecs.writeString(g, provider, value.id);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_EMAIL);
        Codecs.writeString(g, provider, value.email);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_TYPE);
        EmailType.Codec.write(g, provider, value.type);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Email}.
     */
    public static final class Deserializer extends StdDeserializer<Email> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Email.class);
      }

      @Override
      public Email deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Email}.
     */
    public static final class Serializer extends StdSerializer<Email> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Email.class);
      }

      @Override
      public void serialize(Email value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
