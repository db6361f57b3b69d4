// Generated from unificationengine.yaml by unisdk codegen. Do not edit.
package dev.unisdk.unificationengine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.unificationengine.model.internal.ParticipantCodec;
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
    using = ParticipantCodec.Serializer.class
)
@JsonDeserialize(
    using = ParticipantCodec.Deserializer.class
)
public final class Participant {
  private final JsonField<String> name;

  private final JsonField<String> address;

  private final JsonField<String> connector;

  private final Map<String, JsonNode> additionalProperties;

  private Participant(Builder b) {
    this.name = b.name;
    this.address = b.address;
    this.connector = b.connector;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Name of the receiver (e.g. `page`).
   *
   * @return the value, or null when missing or null
   */
  public String name() {
    return this.name.value();
  }

  /**
   * The <code>name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> nameField() {
    return this.name;
  }

  /**
   * Address on the connector (e.g. a page id or e-mail address).
   *
   * @return the value, or null when missing or null
   */
  public String address() {
    return this.address.value();
  }

  /**
   * The <code>address</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> addressField() {
    return this.address;
  }

  /**
   * The connector, e.g. `facebook` (JSON name is capitalised).
   *
   * @return the value, or null when missing or null
   */
  public String connector() {
    return this.connector.value();
  }

  /**
   * The <code>Connector</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> connectorField() {
    return this.connector;
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
    return this.name.equals(other.name)
        && this.address.equals(other.address)
        && this.connector.equals(other.connector)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.address.hashCode();
    h = 31 * h + this.connector.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Participant{");
    String sep = "";
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.address.isMissing()) {
      sb.append(sep).append("address=").append(this.address);
      sep = ", ";
    }
    if (!this.connector.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> name = JsonField.missing();

    private JsonField<String> address = JsonField.missing();

    private JsonField<String> connector = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Participant source) {
      this.name = source.name;
      this.address = source.address;
      this.connector = source.connector;
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
      this.name = JsonField.of(name);
      return this;
    }

    /**
     * Address on the connector (e.g. a page id or e-mail address).
     *
     * @param address the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder address(String address) {
      this.address = JsonField.of(address);
      return this;
    }

    /**
     * The connector, e.g. `facebook` (JSON name is capitalised).
     *
     * @param connector the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder connector(String connector) {
      this.connector = JsonField.of(connector);
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
}
