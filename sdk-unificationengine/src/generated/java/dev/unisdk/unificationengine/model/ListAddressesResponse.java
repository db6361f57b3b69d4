// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.unificationengine.model.internal.ListAddressesResponseCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answer of `address/list`.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ListAddressesResponseCodec.Serializer.class
)
@JsonDeserialize(
    using = ListAddressesResponseCodec.Deserializer.class
)
public final class ListAddressesResponse {
  private final JsonField<Integer> status;

  private final JsonField<String> info;

  private final JsonField<List<Address>> addresses;

  private final Map<String, JsonNode> additionalProperties;

  private ListAddressesResponse(Builder b) {
    this.status = b.status;
    this.info = b.info;
    this.addresses = b.addressesAdded == null ? b.addresses : JsonField.of(ImmutableList.copyOf(b.addressesAdded));
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
   * The <code>addresses</code> field.
   *
   * @return the value, an empty list when missing or null
   */
  public List<Address> addresses() {
    List<Address> v = this.addresses.value();
    return v == null ? Collections.<Address>emptyList() : v;
  }

  /**
   * The <code>addresses</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Address>> addressesField() {
    return this.addresses;
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
    if (!(o instanceof ListAddressesResponse)) {
      return false;
    }
    ListAddressesResponse other = (ListAddressesResponse) o;
    return this.status.equals(other.status)
        && this.info.equals(other.info)
        && this.addresses.equals(other.addresses)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.status.hashCode();
    h = 31 * h + this.info.hashCode();
    h = 31 * h + this.addresses.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ListAddressesResponse{");
    String sep = "";
    if (!this.status.isMissing()) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if (!this.info.isMissing()) {
      sb.append(sep).append("info=").append(this.info);
      sep = ", ";
    }
    if (!this.addresses.isMissing()) {
      sb.append(sep).append("addresses=").append(this.addresses);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ListAddressesResponse}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<Integer> status = JsonField.missing();

    private JsonField<String> info = JsonField.missing();

    private JsonField<List<Address>> addresses = JsonField.missing();

    private ArrayList<Address> addressesAdded;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ListAddressesResponse source) {
      this.status = source.status;
      this.info = source.info;
      this.addresses = source.addresses;
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
     * The <code>addresses</code> field.
     *
     * @param addresses the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder addresses(List<Address> addresses) {
      this.addresses = JsonField.of(ImmutableList.copyOf(addresses));
      this.addressesAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>addresses</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #addresses(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addAddress(Address item) {
      Objects.requireNonNull(item, "addresses: item must not be null");
      if (this.addressesAdded == null) {
        List<Address> current = this.addresses.value();
        this.addressesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.addressesAdded.add(item);
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
    public ListAddressesResponse build() {
      return new ListAddressesResponse(this);
    }
  }
}
