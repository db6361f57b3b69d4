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
 * The account behind a connection.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ConnectorInfo.Codec.Serializer.class
)
@JsonDeserialize(
    using = ConnectorInfo.Codec.Deserializer.class
)
public final class ConnectorInfo {
  private final String connector;

  private final String displayName;

  private final String loginName;

  private final String userImage;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private ConnectorInfo(Builder b) {
    this.connector = b.connector;
    this.displayName = b.displayName;
    this.loginName = b.loginName;
    this.userImage = b.userImage;
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
   * The account's display name.
   *
   * @return the value, or null when missing or null
   */
  public String displayName() {
    return this.displayName;
  }

  /**
   * The <code>displayName</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> displayNameField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.displayName) : JsonField.missing();
  }

  /**
   * The account's login name.
   *
   * @return the value, or null when missing or null
   */
  public String loginName() {
    return this.loginName;
  }

  /**
   * The <code>loginName</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> loginNameField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.loginName) : JsonField.missing();
  }

  /**
   * URL of the account's picture.
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
    if (!(o instanceof ConnectorInfo)) {
      return false;
    }
    ConnectorInfo other = (ConnectorInfo) o;
    return this.set0 == other.set0
        && Objects.equals(this.connector, other.connector)
        && Objects.equals(this.displayName, other.displayName)
        && Objects.equals(this.loginName, other.loginName)
        && Objects.equals(this.userImage, other.userImage)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.connector);
    h = 31 * h + Objects.hashCode(this.displayName);
    h = 31 * h + Objects.hashCode(this.loginName);
    h = 31 * h + Objects.hashCode(this.userImage);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConnectorInfo{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("connector=").append(this.connector);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("displayName=").append(this.displayName);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("loginName=").append(this.loginName);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("userImage=").append(this.userImage);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ConnectorInfo}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String connector;

    private String displayName;

    private String loginName;

    private String userImage;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ConnectorInfo source) {
      this.connector = source.connector;
      this.displayName = source.displayName;
      this.loginName = source.loginName;
      this.userImage = source.userImage;
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
     * The account's display name.
     *
     * @param displayName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>displayName</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder displayNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "displayNameField: field must not be null");
      this.displayName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The account's login name.
     *
     * @param loginName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder loginName(String loginName) {
      this.loginName = loginName;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>loginName</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder loginNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "loginNameField: field must not be null");
      this.loginName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * URL of the account's picture.
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
    public ConnectorInfo build() {
      return new ConnectorInfo(this);
    }
  }

  /**
   * Streaming JSON codec of {@link ConnectorInfo}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_CONNECTOR = new SerializedString("connector");

    private static final SerializedString F_DISPLAY_NAME = new SerializedString("displayName");

    private static final SerializedString F_LOGIN_NAME = new SerializedString("loginName");

    private static final SerializedString F_USER_IMAGE = new SerializedString("userImage");

    private Codec() {
    }

    /**
     * Reads one {@link ConnectorInfo} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static ConnectorInfo read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, ConnectorInfo.class);
      ConnectorInfo.Builder b = ConnectorInfo.builder();
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
            case "displayName":
              b.displayName = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "loginName":
              b.loginName = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "userImage":
              b.userImage = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, ConnectorInfo.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link ConnectorInfo}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ConnectorInfo value) throws
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
        g.writeFieldName(F_DISPLAY_NAME);
        Codecs.writeString(g, provider, value.displayName);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_LOGIN_NAME);
        Codecs.writeString(g, provider, value.loginName);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_USER_IMAGE);
        Codecs.writeString(g, provider, value.userImage);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link ConnectorInfo}.
     */
    public static final class Deserializer extends StdDeserializer<ConnectorInfo> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ConnectorInfo.class);
      }

      @Override
      public ConnectorInfo deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ConnectorInfo}.
     */
    public static final class Serializer extends StdSerializer<ConnectorInfo> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ConnectorInfo.class);
      }

      @Override
      public void serialize(ConnectorInfo value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
