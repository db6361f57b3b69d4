// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.crm.model.internal.SocialLinkCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A social media profile link.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = SocialLinkCodec.Serializer.class
)
@JsonDeserialize(
    using = SocialLinkCodec.Deserializer.class
)
public final class SocialLink {
  private final JsonField<String> id;

  private final JsonField<String> url;

  private final JsonField<String> type;

  private final Map<String, JsonNode> additionalProperties;

  private SocialLink(Builder b) {
    this.id = b.id;
    this.url = b.url;
    this.type = b.type;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Unique identifier of the social link.
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
   * URL of the social link, e.g. https://www.twitter.com/apideck.
   *
   * @return the value, or null when missing or null
   */
  public String url() {
    return this.url.value();
  }

  /**
   * The <code>url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> urlField() {
    return this.url;
  }

  /**
   * Type of the social link, e.g. twitter.
   *
   * @return the value, or null when missing or null
   */
  public String type() {
    return this.type.value();
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> typeField() {
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
    if (!(o instanceof SocialLink)) {
      return false;
    }
    SocialLink other = (SocialLink) o;
    return this.id.equals(other.id)
        && this.url.equals(other.url)
        && this.type.equals(other.type)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.url.hashCode();
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("SocialLink{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.url.isMissing()) {
      sb.append(sep).append("url=").append(this.url);
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
   * Builds {@link SocialLink}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> url = JsonField.missing();

    private JsonField<String> type = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(SocialLink source) {
      this.id = source.id;
      this.url = source.url;
      this.type = source.type;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Unique identifier of the social link.
     *
     * @param id the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * URL of the social link, e.g. https://www.twitter.com/apideck.
     *
     * @param url the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder url(String url) {
      this.url = JsonField.of(url);
      return this;
    }

    /**
     * Type of the social link, e.g. twitter.
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(String type) {
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
    public SocialLink build() {
      return new SocialLink(this);
    }
  }
}
