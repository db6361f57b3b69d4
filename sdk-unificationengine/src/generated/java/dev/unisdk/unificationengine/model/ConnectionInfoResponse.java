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
 * Answer of `connection/info`.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ConnectionInfoResponse.Codec.Serializer.class
)
@JsonDeserialize(
    using = ConnectionInfoResponse.Codec.Deserializer.class
)
public final class ConnectionInfoResponse {
  private final Integer status;

  private final String info;

  private final List<ConnectorInfo> connectors;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private ConnectionInfoResponse(Builder b) {
    this.status = b.status;
    this.info = b.info;
    this.connectors = b.connectorsAdded == null ? b.connectors : ImmutableList.copyOf(b.connectorsAdded);
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The <code>status</code> field.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public Integer status() {
    return this.status;
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Integer> statusField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.status) : JsonField.missing();
  }

  /**
   * The <code>info</code> field.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String info() {
    return this.info;
  }

  /**
   * The <code>info</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> infoField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.info) : JsonField.missing();
  }

  /**
   * The <code>connectors</code> field.
   *
   * @return the value, an empty list when missing or null
   */
  public List<ConnectorInfo> connectors() {
    List<ConnectorInfo> v = this.connectors;
    return v == null ? Collections.<ConnectorInfo>emptyList() : v;
  }

  /**
   * The <code>connectors</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<ConnectorInfo>> connectorsField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.connectors) : JsonField.missing();
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
    if (!(o instanceof ConnectionInfoResponse)) {
      return false;
    }
    ConnectionInfoResponse other = (ConnectionInfoResponse) o;
    return this.set0 == other.set0
        && Objects.equals(this.status, other.status)
        && Objects.equals(this.info, other.info)
        && Objects.equals(this.connectors, other.connectors)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.status);
    h = 31 * h + Objects.hashCode(this.info);
    h = 31 * h + Objects.hashCode(this.connectors);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConnectionInfoResponse{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("info=").append(this.info);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("connectors=").append(this.connectors);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ConnectionInfoResponse}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private Integer status;

    private String info;

    private List<ConnectorInfo> connectors;

    private ArrayList<ConnectorInfo> connectorsAdded;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ConnectionInfoResponse source) {
      this.status = source.status;
      this.info = source.info;
      this.connectors = source.connectors;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The <code>status</code> field.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(Integer status) {
      this.status = status;
      this.set0 |= 0x1L;
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
    public Builder statusField(JsonField<Integer> field) {
      Objects.requireNonNull(field, "statusField: field must not be null");
      this.status = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * The <code>info</code> field.
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param info the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder info(String info) {
      this.info = info;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>info</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder infoField(JsonField<String> field) {
      Objects.requireNonNull(field, "infoField: field must not be null");
      this.info = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The <code>connectors</code> field.
     *
     * @param connectors the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder connectors(List<ConnectorInfo> connectors) {
      this.connectors = ImmutableList.copyOf(connectors);
      this.connectorsAdded = null;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>connectors</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder connectorsField(JsonField<List<ConnectorInfo>> field) {
      Objects.requireNonNull(field, "connectorsField: field must not be null");
      this.connectors = ImmutableList.copyOf(field.value());
      this.connectorsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Adds one item to <code>connectors</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #connectors(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addConnector(ConnectorInfo item) {
      Objects.requireNonNull(item, "connectors: item must not be null");
      if (this.connectorsAdded == null) {
        List<ConnectorInfo> current = this.connectors;
        this.connectorsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.connectorsAdded.add(item);
      this.set0 |= 0x4L;
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
    public ConnectionInfoResponse build() {
      return new ConnectionInfoResponse(this);
    }
  }

  /**
   * Streaming JSON codec of {@link ConnectionInfoResponse}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_STATUS = new SerializedString("status");

    private static final SerializedString F_INFO = new SerializedString("info");

    private static final SerializedString F_CONNECTORS = new SerializedString("connectors");

    private Codec() {
    }

    /**
     * Reads one {@link ConnectionInfoResponse} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static ConnectionInfoResponse read(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, ConnectionInfoResponse.class);
      ConnectionInfoResponse.Builder b = ConnectionInfoResponse.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "status":
              b.status = Codecs.readInteger(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "info":
              b.info = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "connectors":
              b.connectors = Codecs.readList(p, ctxt, ConnectorInfo.Codec::read);
              b.set0 |= 0x4L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, ConnectionInfoResponse.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link ConnectionInfoResponse}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ConnectionInfoResponse value)
        throws IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_STATUS);
        Codecs.writeInteger(g, provider, value.status);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_INFO);
        Codecs.writeString(g, provider, value.info);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_CONNECTORS);
        Codecs.writeList(g, provider, value.connectors, ConnectorInfo.Codec::write);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link ConnectionInfoResponse}.
     */
    public static final class Deserializer extends StdDeserializer<ConnectionInfoResponse> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ConnectionInfoResponse.class);
      }

      @Override
      public ConnectionInfoResponse deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ConnectionInfoResponse}.
     */
    public static final class Serializer extends StdSerializer<ConnectionInfoResponse> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ConnectionInfoResponse.class);
      }

      @Override
      public void serialize(ConnectionInfoResponse value, JsonGenerator g,
          SerializerProvider provider) throws IOException {
        write(g, provider, value);
      }
    }
  }
}
