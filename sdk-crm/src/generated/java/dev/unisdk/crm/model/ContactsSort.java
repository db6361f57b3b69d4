// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.ContactsSortCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sort for listing contacts: `sort[by]=&lt;field&gt;&amp;sort[direction]=asc|desc` (deepObject).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ContactsSortCodec.Serializer.class
)
@JsonDeserialize(
    using = ContactsSortCodec.Deserializer.class
)
public final class ContactsSort {
  private final JsonField<ContactsSortBy> by;

  private final JsonField<SortDirection> direction;

  private final Map<String, JsonNode> additionalProperties;

  private ContactsSort(Builder b) {
    this.by = b.by;
    this.direction = b.direction;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The field on which to sort the contacts.
   *
   * @return the value, or null when missing or null
   */
  public ContactsSortBy by() {
    return this.by.value();
  }

  /**
   * The <code>by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<ContactsSortBy> byField() {
    return this.by;
  }

  /**
   * The direction in which to sort the results.
   *
   * @return the value, or null when missing or null
   */
  public SortDirection direction() {
    return this.direction.value();
  }

  /**
   * The <code>direction</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<SortDirection> directionField() {
    return this.direction;
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
    if (!(o instanceof ContactsSort)) {
      return false;
    }
    ContactsSort other = (ContactsSort) o;
    return this.by.equals(other.by)
        && this.direction.equals(other.direction)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.by.hashCode();
    h = 31 * h + this.direction.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ContactsSort{");
    String sep = "";
    if (!this.by.isMissing()) {
      sb.append(sep).append("by=").append(this.by);
      sep = ", ";
    }
    if (!this.direction.isMissing()) {
      sb.append(sep).append("direction=").append(this.direction);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ContactsSort}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<ContactsSortBy> by = JsonField.missing();

    private JsonField<SortDirection> direction = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ContactsSort source) {
      this.by = source.by;
      this.direction = source.direction;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The field on which to sort the contacts.
     *
     * @param by the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder by(ContactsSortBy by) {
      this.by = JsonField.of(by);
      return this;
    }

    /**
     * The direction in which to sort the results.
     *
     * @param direction the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder direction(SortDirection direction) {
      this.direction = JsonField.of(direction);
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
    public ContactsSort build() {
      return new ContactsSort(this);
    }
  }
}
