// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.unificationengine.model.internal.ConnectorInfoCodec;
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
    using = ConnectorInfoCodec.Serializer.class
)
@JsonDeserialize(
    using = ConnectorInfoCodec.Deserializer.class
)
public final class ConnectorInfo {
  private final JsonField<String> connector;

  private final JsonField<String> displayName;

  private final JsonField<String> loginName;

  private final JsonField<String> userImage;

  private final Map<String, JsonNode> additionalProperties;

  private ConnectorInfo(Builder b) {
    this.connector = b.connector;
    this.displayName = b.displayName;
    this.loginName = b.loginName;
    this.userImage = b.userImage;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The connector, e.g. `facebook`.
   *
   * @return the value, or null when missing or null
   */
  public String connector() {
    return this.connector.value();
  }

  /**
   * The <code>connector</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> connectorField() {
    return this.connector;
  }

  /**
   * The account's display name.
   *
   * @return the value, or null when missing or null
   */
  public String displayName() {
    return this.displayName.value();
  }

  /**
   * The <code>displayName</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> displayNameField() {
    return this.displayName;
  }

  /**
   * The account's login name.
   *
   * @return the value, or null when missing or null
   */
  public String loginName() {
    return this.loginName.value();
  }

  /**
   * The <code>loginName</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> loginNameField() {
    return this.loginName;
  }

  /**
   * URL of the account's picture.
   *
   * @return the value, or null when missing or null
   */
  public String userImage() {
    return this.userImage.value();
  }

  /**
   * The <code>userImage</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> userImageField() {
    return this.userImage;
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
    return this.connector.equals(other.connector)
        && this.displayName.equals(other.displayName)
        && this.loginName.equals(other.loginName)
        && this.userImage.equals(other.userImage)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.connector.hashCode();
    h = 31 * h + this.displayName.hashCode();
    h = 31 * h + this.loginName.hashCode();
    h = 31 * h + this.userImage.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConnectorInfo{");
    String sep = "";
    if (!this.connector.isMissing()) {
      sb.append(sep).append("connector=").append(this.connector);
      sep = ", ";
    }
    if (!this.displayName.isMissing()) {
      sb.append(sep).append("displayName=").append(this.displayName);
      sep = ", ";
    }
    if (!this.loginName.isMissing()) {
      sb.append(sep).append("loginName=").append(this.loginName);
      sep = ", ";
    }
    if (!this.userImage.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> connector = JsonField.missing();

    private JsonField<String> displayName = JsonField.missing();

    private JsonField<String> loginName = JsonField.missing();

    private JsonField<String> userImage = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ConnectorInfo source) {
      this.connector = source.connector;
      this.displayName = source.displayName;
      this.loginName = source.loginName;
      this.userImage = source.userImage;
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
      this.connector = JsonField.of(connector);
      return this;
    }

    /**
     * The account's display name.
     *
     * @param displayName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = JsonField.of(displayName);
      return this;
    }

    /**
     * The account's login name.
     *
     * @param loginName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder loginName(String loginName) {
      this.loginName = JsonField.of(loginName);
      return this;
    }

    /**
     * URL of the account's picture.
     *
     * @param userImage the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder userImage(String userImage) {
      this.userImage = JsonField.of(userImage);
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
}
