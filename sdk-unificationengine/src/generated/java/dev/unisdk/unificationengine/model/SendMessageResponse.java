// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.unificationengine.model.internal.SendMessageResponseCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answer of `message/send`.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = SendMessageResponseCodec.Serializer.class
)
@JsonDeserialize(
    using = SendMessageResponseCodec.Deserializer.class
)
public final class SendMessageResponse {
  private final JsonField<Integer> status;

  private final JsonField<String> info;

  private final JsonField<Map<String, DeliveryStatus>> connectionStatuses;

  private final JsonField<List<String>> uris;

  private final Map<String, JsonNode> additionalProperties;

  private SendMessageResponse(Builder b) {
    this.status = b.status;
    this.info = b.info;
    this.connectionStatuses = b.connectionStatuses;
    this.uris = b.urisAdded == null ? b.uris : JsonField.of(ImmutableList.copyOf(b.urisAdded));
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
   * Result per connection, keyed by connection name (JSON name is capitalised).
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, DeliveryStatus> connectionStatuses() {
    Map<String, DeliveryStatus> v = this.connectionStatuses.value();
    return v == null ? Collections.<String, DeliveryStatus>emptyMap() : v;
  }

  /**
   * The <code>Status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, DeliveryStatus>> connectionStatusesField() {
    return this.connectionStatuses;
  }

  /**
   * URIs of what was sent, e.g. `facebook://facebook.com/ID` (JSON name is capitalised).
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> uris() {
    List<String> v = this.uris.value();
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>URIs</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> urisField() {
    return this.uris;
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
    if (!(o instanceof SendMessageResponse)) {
      return false;
    }
    SendMessageResponse other = (SendMessageResponse) o;
    return this.status.equals(other.status)
        && this.info.equals(other.info)
        && this.connectionStatuses.equals(other.connectionStatuses)
        && this.uris.equals(other.uris)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.info.hashCode();
    h = 31 * h + this.connectionStatuses.hashCode();
    h = 31 * h + this.uris.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SendMessageResponse{");
    String sep = "";
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.info.isMissing()) {
      sb.append(sep).append("info=").append(this.info);
      sep = ", ";
    }
    if (!this.connectionStatuses.isMissing()) {
      sb.append(sep).append("connectionStatuses=").append(this.connectionStatuses);
      sep = ", ";
    }
    if (!this.uris.isMissing()) {
      sb.append(sep).append("uris=").append(this.uris);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link SendMessageResponse}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<Integer> status = JsonField.missing();

    private JsonField<String> info = JsonField.missing();

    private JsonField<Map<String, DeliveryStatus>> connectionStatuses = JsonField.missing();

    private JsonField<List<String>> uris = JsonField.missing();

    private ArrayList<String> urisAdded;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(SendMessageResponse source) {
      this.status = source.status;
      this.info = source.info;
      this.connectionStatuses = source.connectionStatuses;
      this.uris = source.uris;
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
     * Result per connection, keyed by connection name (JSON name is capitalised).
     *
     * @param connectionStatuses the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder connectionStatuses(Map<String, DeliveryStatus> connectionStatuses) {
      this.connectionStatuses = JsonField.of(connectionStatuses == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(connectionStatuses)));
      return this;
    }

    /**
     * URIs of what was sent, e.g. `facebook://facebook.com/ID` (JSON name is capitalised).
     *
     * @param uris the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder uris(List<String> uris) {
      this.uris = JsonField.of(ImmutableList.copyOf(uris));
      this.urisAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>URIs</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #uris(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addUri(String item) {
      Objects.requireNonNull(item, "uris: item must not be null");
      if (this.urisAdded == null) {
        List<String> current = this.uris.value();
        this.urisAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.urisAdded.add(item);
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
    public SendMessageResponse build() {
      return new SendMessageResponse(this);
    }
  }
}
