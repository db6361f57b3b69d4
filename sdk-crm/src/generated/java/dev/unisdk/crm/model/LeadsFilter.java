// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.LeadsFilterCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filter for listing leads: `filter[&lt;field&gt;]=&lt;value&gt;` (deepObject).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = LeadsFilterCodec.Serializer.class
)
@JsonDeserialize(
    using = LeadsFilterCodec.Deserializer.class
)
public final class LeadsFilter {
  private final JsonField<String> name;

  private final JsonField<String> firstName;

  private final JsonField<String> lastName;

  private final JsonField<String> email;

  private final Map<String, JsonNode> additionalProperties;

  private LeadsFilter(Builder b) {
    this.name = b.name;
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.email = b.email;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Name of the lead to filter on.
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
   * First name of the lead to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String firstName() {
    return this.firstName.value();
  }

  /**
   * The <code>first_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> firstNameField() {
    return this.firstName;
  }

  /**
   * Last name of the lead to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String lastName() {
    return this.lastName.value();
  }

  /**
   * The <code>last_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lastNameField() {
    return this.lastName;
  }

  /**
   * E-mail of the lead to filter on.
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
    if (!(o instanceof LeadsFilter)) {
      return false;
    }
    LeadsFilter other = (LeadsFilter) o;
    return this.name.equals(other.name)
        && this.firstName.equals(other.firstName)
        && this.lastName.equals(other.lastName)
        && this.email.equals(other.email)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.firstName.hashCode();
    h = 31 * h + this.lastName.hashCode();
    h = 31 * h + this.email.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("LeadsFilter{");
    String sep = "";
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.firstName.isMissing()) {
      sb.append(sep).append("firstName=").append(this.firstName);
      sep = ", ";
    }
    if (!this.lastName.isMissing()) {
      sb.append(sep).append("lastName=").append(this.lastName);
      sep = ", ";
    }
    if (!this.email.isMissing()) {
      sb.append(sep).append("email=").append(this.email);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link LeadsFilter}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> name = JsonField.missing();

    private JsonField<String> firstName = JsonField.missing();

    private JsonField<String> lastName = JsonField.missing();

    private JsonField<String> email = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(LeadsFilter source) {
      this.name = source.name;
      this.firstName = source.firstName;
      this.lastName = source.lastName;
      this.email = source.email;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Name of the lead to filter on.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = JsonField.of(name);
      return this;
    }

    /**
     * First name of the lead to filter on.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = JsonField.of(firstName);
      return this;
    }

    /**
     * Last name of the lead to filter on.
     *
     * @param lastName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = JsonField.of(lastName);
      return this;
    }

    /**
     * E-mail of the lead to filter on.
     *
     * @param email the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = JsonField.of(email);
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
    public LeadsFilter build() {
      return new LeadsFilter(this);
    }
  }
}
