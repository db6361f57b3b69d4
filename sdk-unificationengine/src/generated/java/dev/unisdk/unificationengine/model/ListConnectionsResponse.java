// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.unificationengine.model.internal.ListConnectionsResponseCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Answer of `connection/list`. `connections` maps each connection name to its entry. (The
 * document's example writes `"connections":["facebook":&#123;...&#125;]`, which is not valid JSON; its
 * response table shows the name-to-object map used here.)
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ListConnectionsResponseCodec.Serializer.class
)
@JsonDeserialize(
    using = ListConnectionsResponseCodec.Deserializer.class
)
public final class ListConnectionsResponse {
  private final JsonField<Integer> status;

  private final JsonField<String> info;

  private final JsonField<Map<String, ConnectionEntry>> connections;

  private final Map<String, JsonNode> additionalProperties;

  private ListConnectionsResponse(Builder b) {
    this.status = b.status;
    this.info = b.info;
    this.connections = b.connections;
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
    return this.status.value();
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Integer> statusField() {
    return this.status;
  }

  /**
   * The <code>info</code> field.
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String info() {
    return this.info.value();
  }

  /**
   * The <code>info</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> infoField() {
    return this.info;
  }

  /**
   * The <code>connections</code> field.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, ConnectionEntry> connections() {
    Map<String, ConnectionEntry> v = this.connections.value();
    return v == null ? Collections.<String, ConnectionEntry>emptyMap() : v;
  }

  /**
   * The <code>connections</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, ConnectionEntry>> connectionsField() {
    return this.connections;
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
    if (!(o instanceof ListConnectionsResponse)) {
      return false;
    }
    ListConnectionsResponse other = (ListConnectionsResponse) o;
    return this.status.equals(other.status)
        && this.info.equals(other.info)
        && this.connections.equals(other.connections)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.info.hashCode();
    h = 31 * h + this.connections.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ListConnectionsResponse{");
    String sep = "";
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.info.isMissing()) {
      sb.append(sep).append("info=").append(this.info);
      sep = ", ";
    }
    if (!this.connections.isMissing()) {
      sb.append(sep).append("connections=").append(this.connections);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ListConnectionsResponse}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<Integer> status = JsonField.missing();

    private JsonField<String> info = JsonField.missing();

    private JsonField<Map<String, ConnectionEntry>> connections = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ListConnectionsResponse source) {
      this.status = source.status;
      this.info = source.info;
      this.connections = source.connections;
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
      this.status = JsonField.of(status);
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
      this.info = JsonField.of(info);
      return this;
    }

    /**
     * The <code>connections</code> field.
     *
     * @param connections the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder connections(Map<String, ConnectionEntry> connections) {
      this.connections = JsonField.of(connections == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(connections)));
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
    public ListConnectionsResponse build() {
      return new ListConnectionsResponse(this);
    }
  }
}
