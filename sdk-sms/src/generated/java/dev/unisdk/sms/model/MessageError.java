// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.sms.model.internal.MessageErrorCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The error returned if your message status is failed or undelivered.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = MessageErrorCodec.Serializer.class
)
@JsonDeserialize(
    using = MessageErrorCodec.Deserializer.class
)
public final class MessageError {
  private final JsonField<String> code;

  private final JsonField<String> message;

  private final Map<String, JsonNode> additionalProperties;

  private MessageError(Builder b) {
    this.code = b.code;
    this.message = b.message;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The error code, as reported by the connector.
   *
   * @return the value, or null when missing or null
   */
  public String code() {
    return this.code.value();
  }

  /**
   * The <code>code</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> codeField() {
    return this.code;
  }

  /**
   * The error message, as reported by the connector.
   *
   * @return the value, or null when missing or null
   */
  public String message() {
    return this.message.value();
  }

  /**
   * The <code>message</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> messageField() {
    return this.message;
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
    if (!(o instanceof MessageError)) {
      return false;
    }
    MessageError other = (MessageError) o;
    return this.code.equals(other.code)
        && this.message.equals(other.message)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.code.hashCode();
    h = 31 * h + this.message.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MessageError{");
    String sep = "";
    if (!this.code.isMissing()) {
      sb.append(sep).append("code=").append(this.code);
      sep = ", ";
    }
    if (!this.message.isMissing()) {
      sb.append(sep).append("message=").append(this.message);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link MessageError}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> code = JsonField.missing();

    private JsonField<String> message = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(MessageError source) {
      this.code = source.code;
      this.message = source.message;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The error code, as reported by the connector.
     *
     * @param code the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder code(String code) {
      this.code = JsonField.of(code);
      return this;
    }

    /**
     * The error message, as reported by the connector.
     *
     * @param message the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder message(String message) {
      this.message = JsonField.of(message);
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
    public MessageError build() {
      return new MessageError(this);
    }
  }
}
