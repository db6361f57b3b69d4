// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.core.model.internal.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An entry of the integration catalogue. The document does not list its fields; `type`, `name`
 * and `categories` are inferred from Unified.to's Integration object, like the optional ones.
 * Unknown properties are kept.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = Integration.Codec.Serializer.class
)
@JsonDeserialize(
    using = Integration.Codec.Deserializer.class
)
public final class Integration {
  private final String type;

  private final String name;

  private final List<Category> categories;

  private final String description;

  private final String logoUrl;

  private final String webUrl;

  private final String apiDocsUrl;

  private final Boolean isActive;

  private final Boolean inProgress;

  private final String createdAt;

  private final String updatedAt;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Integration(Builder b) {
    this.type = b.type;
    this.name = b.name;
    this.categories = b.categoriesAdded == null ? b.categories : ImmutableList.copyOf(b.categoriesAdded);
    this.description = b.description;
    this.logoUrl = b.logoUrl;
    this.webUrl = b.webUrl;
    this.apiDocsUrl = b.apiDocsUrl;
    this.isActive = b.isActive;
    this.inProgress = b.inProgress;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Identifier of the integration, used as `integration_type` when connecting (e.g. hubspot, salesforce).
   *
   * @return the value, or null when missing or null
   */
  public String type() {
    return this.type;
  }

  /**
   * The <code>type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> typeField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.type) : JsonField.missing();
  }

  /**
   * The integration's name.
   *
   * @return the value, or null when missing or null
   */
  public String name() {
    return this.name;
  }

  /**
   * The <code>name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> nameField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.name) : JsonField.missing();
  }

  /**
   * The categories this integration supports (values beyond `Category`'s are kept).
   *
   * @return the value, an empty list when missing or null
   */
  public List<Category> categories() {
    List<Category> v = this.categories;
    return v == null ? Collections.<Category>emptyList() : v;
  }

  /**
   * The <code>categories</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Category>> categoriesField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.categories) : JsonField.missing();
  }

  /**
   * Description of the integration.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return this.description;
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.description) : JsonField.missing();
  }

  /**
   * The URL of the integration's logo.
   *
   * @return the value, or null when missing or null
   */
  public String logoUrl() {
    return this.logoUrl;
  }

  /**
   * The <code>logo_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> logoUrlField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.logoUrl) : JsonField.missing();
  }

  /**
   * The URL of the integration's web site.
   *
   * @return the value, or null when missing or null
   */
  public String webUrl() {
    return this.webUrl;
  }

  /**
   * The <code>web_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> webUrlField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.webUrl) : JsonField.missing();
  }

  /**
   * The URL of the integration's API documentation.
   *
   * @return the value, or null when missing or null
   */
  public String apiDocsUrl() {
    return this.apiDocsUrl;
  }

  /**
   * The <code>api_docs_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> apiDocsUrlField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.apiDocsUrl) : JsonField.missing();
  }

  /**
   * Whether this integration is active in the workspace.
   *
   * @return the value, or null when missing or null
   */
  public Boolean isActive() {
    return this.isActive;
  }

  /**
   * The <code>is_active</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> isActiveField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.isActive) : JsonField.missing();
  }

  /**
   * Whether this integration is not yet available (still being built).
   *
   * @return the value, or null when missing or null
   */
  public Boolean inProgress() {
    return this.inProgress;
  }

  /**
   * The <code>in_progress</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> inProgressField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.inProgress) : JsonField.missing();
  }

  /**
   * Date that this integration was supported (ISO 8601 date or date-time; kept as text).
   *
   * @return the value, or null when missing or null
   */
  public String createdAt() {
    return this.createdAt;
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdAtField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
  }

  /**
   * Date of the integration's last update (ISO 8601 date or date-time; kept as text).
   *
   * @return the value, or null when missing or null
   */
  public String updatedAt() {
    return this.updatedAt;
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedAtField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
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
    if (!(o instanceof Integration)) {
      return false;
    }
    Integration other = (Integration) o;
    return this.set0 == other.set0
        && Objects.equals(this.type, other.type)
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.categories, other.categories)
        && Objects.equals(this.description, other.description)
        && Objects.equals(this.logoUrl, other.logoUrl)
        && Objects.equals(this.webUrl, other.webUrl)
        && Objects.equals(this.apiDocsUrl, other.apiDocsUrl)
        && Objects.equals(this.isActive, other.isActive)
        && Objects.equals(this.inProgress, other.inProgress)
        && Objects.equals(this.createdAt, other.createdAt)
        && Objects.equals(this.updatedAt, other.updatedAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.type);
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.categories);
    h = 31 * h + Objects.hashCode(this.description);
    h = 31 * h + Objects.hashCode(this.logoUrl);
    h = 31 * h + Objects.hashCode(this.webUrl);
    h = 31 * h + Objects.hashCode(this.apiDocsUrl);
    h = 31 * h + Objects.hashCode(this.isActive);
    h = 31 * h + Objects.hashCode(this.inProgress);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Integration{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("categories=").append(this.categories);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("logoUrl=").append(this.logoUrl);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("webUrl=").append(this.webUrl);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("apiDocsUrl=").append(this.apiDocsUrl);
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("isActive=").append(this.isActive);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("inProgress=").append(this.inProgress);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("updatedAt=").append(this.updatedAt);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link Integration}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String type;

    private String name;

    private List<Category> categories;

    private ArrayList<Category> categoriesAdded;

    private String description;

    private String logoUrl;

    private String webUrl;

    private String apiDocsUrl;

    private Boolean isActive;

    private Boolean inProgress;

    private String createdAt;

    private String updatedAt;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Integration source) {
      this.type = source.type;
      this.name = source.name;
      this.categories = source.categories;
      this.description = source.description;
      this.logoUrl = source.logoUrl;
      this.webUrl = source.webUrl;
      this.apiDocsUrl = source.apiDocsUrl;
      this.isActive = source.isActive;
      this.inProgress = source.inProgress;
      this.createdAt = source.createdAt;
      this.updatedAt = source.updatedAt;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Identifier of the integration, used as `integration_type` when connecting (e.g. hubspot, salesforce).
     *
     * @param type the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder typeField(JsonField<String> field) {
      Objects.requireNonNull(field, "typeField: field must not be null");
      this.type = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * The integration's name.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder nameField(JsonField<String> field) {
      Objects.requireNonNull(field, "nameField: field must not be null");
      this.name = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The categories this integration supports (values beyond `Category`'s are kept).
     *
     * @param categories the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder categories(List<Category> categories) {
      this.categories = ImmutableList.copyOf(categories);
      this.categoriesAdded = null;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>categories</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder categoriesField(JsonField<List<Category>> field) {
      Objects.requireNonNull(field, "categoriesField: field must not be null");
      this.categories = ImmutableList.copyOf(field.value());
      this.categoriesAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Adds one item to <code>categories</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #categories(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addCategory(Category item) {
      Objects.requireNonNull(item, "categories: item must not be null");
      if (this.categoriesAdded == null) {
        List<Category> current = this.categories;
        this.categoriesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.categoriesAdded.add(item);
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Description of the integration.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>description</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder descriptionField(JsonField<String> field) {
      Objects.requireNonNull(field, "descriptionField: field must not be null");
      this.description = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * The URL of the integration's logo.
     *
     * @param logoUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder logoUrl(String logoUrl) {
      this.logoUrl = logoUrl;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>logo_url</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder logoUrlField(JsonField<String> field) {
      Objects.requireNonNull(field, "logoUrlField: field must not be null");
      this.logoUrl = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The URL of the integration's web site.
     *
     * @param webUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder webUrl(String webUrl) {
      this.webUrl = webUrl;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>web_url</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder webUrlField(JsonField<String> field) {
      Objects.requireNonNull(field, "webUrlField: field must not be null");
      this.webUrl = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * The URL of the integration's API documentation.
     *
     * @param apiDocsUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder apiDocsUrl(String apiDocsUrl) {
      this.apiDocsUrl = apiDocsUrl;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>api_docs_url</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder apiDocsUrlField(JsonField<String> field) {
      Objects.requireNonNull(field, "apiDocsUrlField: field must not be null");
      this.apiDocsUrl = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * Whether this integration is active in the workspace.
     *
     * @param isActive the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder isActive(Boolean isActive) {
      this.isActive = isActive;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>is_active</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder isActiveField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "isActiveField: field must not be null");
      this.isActive = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * Whether this integration is not yet available (still being built).
     *
     * @param inProgress the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder inProgress(Boolean inProgress) {
      this.inProgress = inProgress;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>in_progress</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder inProgressField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "inProgressField: field must not be null");
      this.inProgress = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
      return this;
    }

    /**
     * Date that this integration was supported (ISO 8601 date or date-time; kept as text).
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>created_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder createdAtField(JsonField<String> field) {
      Objects.requireNonNull(field, "createdAtField: field must not be null");
      this.createdAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
      return this;
    }

    /**
     * Date of the integration's last update (ISO 8601 date or date-time; kept as text).
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(String updatedAt) {
      this.updatedAt = updatedAt;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>updated_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder updatedAtField(JsonField<String> field) {
      Objects.requireNonNull(field, "updatedAtField: field must not be null");
      this.updatedAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
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
    public Integration build() {
      return new Integration(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Integration}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_TYPE = new SerializedString("type");

    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_CATEGORIES = new SerializedString("categories");

    private static final SerializedString F_DESCRIPTION = new SerializedString("description");

    private static final SerializedString F_LOGO_URL = new SerializedString("logo_url");

    private static final SerializedString F_WEB_URL = new SerializedString("web_url");

    private static final SerializedString F_API_DOCS_URL = new SerializedString("api_docs_url");

    private static final SerializedString F_IS_ACTIVE = new SerializedString("is_active");

    private static final SerializedString F_IN_PROGRESS = new SerializedString("in_progress");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private Codec() {
    }

    /**
     * Reads one {@link Integration} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Integration read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Integration.class);
      Integration.Builder b = Integration.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "type":
              b.type = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "name":
              b.name = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "categories":
              b.categories = Codecs.readList(p, ctxt, Category.Codec::read);
              b.set0 |= 0x4L;
              break;
            case "description":
              b.description = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "logo_url":
              b.logoUrl = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "web_url":
              b.webUrl = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "api_docs_url":
              b.apiDocsUrl = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            case "is_active":
              b.isActive = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "in_progress":
              b.inProgress = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "created_at":
              b.createdAt = Codecs.readString(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readString(p, ctxt);
              b.set0 |= 0x400L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Integration.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Integration}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Integration value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_TYPE);
        Codecs.writeString(g, provider, value.type);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_NAME);
        Codecs.writeString(g, provider, value.name);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_CATEGORIES);
        Codecs.writeList(g, provider, value.categories, Category.Codec::write);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_DESCRIPTION);
        Codecs.writeString(g, provider, value.description);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_LOGO_URL);
        Codecs.writeString(g, provider, value.logoUrl);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_WEB_URL);
        Codecs.writeString(g, provider, value.webUrl);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_API_DOCS_URL);
        Codecs.writeString(g, provider, value.apiDocsUrl);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_IS_ACTIVE);
        Codecs.writeBoolean(g, provider, value.isActive);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_IN_PROGRESS);
        Codecs.writeBoolean(g, provider, value.inProgress);
      }
      if ((value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeString(g, provider, value.createdAt);
      }
      if ((value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeString(g, provider, value.updatedAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Integration}.
     */
    public static final class Deserializer extends StdDeserializer<Integration> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Integration.class);
      }

      @Override
      public Integration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Integration}.
     */
    public static final class Serializer extends StdSerializer<Integration> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Integration.class);
      }

      @Override
      public void serialize(Integration value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
