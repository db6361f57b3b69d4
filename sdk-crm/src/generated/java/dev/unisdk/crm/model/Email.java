// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.EmailCodec;
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
    using = EmailCodec.Serializer.class
)
@JsonDeserialize(
    using = EmailCodec.Deserializer.class
)
public final class Email {
  private final JsonField<String> id;

  private final JsonField<String> email;

  private final JsonField<EmailType> type;

  private final Map<String, JsonNode> additionalProperties;

  private Email(Builder b) {
    this.id = b.id;
    this.email = b.email;
    this.type = b.type;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier for the email address.
   *
   * @return the value, or null when missing or null
   */
  public String id() {
    return this.id.value();
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return this.id;
  }

  /**
   * Email address.
   *
   * @return the value, or null when missing or null
   */
  public String email() {
    return this.email.value();
  }

  /**
   * The <code>email</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailField() {
    return this.email;
  }

  /**
   * The type of email address.
   *
   * @return the value, or null when missing or null
   */
  public EmailType type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<EmailType> typeField() {
    return this.type;
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
    return this.id.equals(other.id)
        && this.email.equals(other.email)
        && this.type.equals(other.type)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.email.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Email{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.email.isMissing()) {
      sb.append(sep).append("email=").append(this.email);
      sep = ", ";
    }
    if (!this.type.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> email = JsonField.missing();

    private JsonField<EmailType> type = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Email source) {
      this.id = source.id;
      this.email = source.email;
      this.type = source.type;
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
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * Email address.
     *
     * @param email the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = JsonField.of(email);
      return this;
    }

    /**
     * The type of email address.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(EmailType type) {
      this.type = JsonField.of(type);
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
}
