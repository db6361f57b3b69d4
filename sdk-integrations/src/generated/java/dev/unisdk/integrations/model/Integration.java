// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.integrations.model.internal.IntegrationCodec;
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
    using = IntegrationCodec.Serializer.class
)
@JsonDeserialize(
    using = IntegrationCodec.Deserializer.class
)
public final class Integration {
  private final JsonField<String> type;

  private final JsonField<String> name;

  private final JsonField<List<Category>> categories;

  private final JsonField<String> description;

  private final JsonField<String> logoUrl;

  private final JsonField<String> webUrl;

  private final JsonField<String> apiDocsUrl;

  private final JsonField<Boolean> isActive;

  private final JsonField<Boolean> inProgress;

  private final JsonField<String> createdAt;

  private final JsonField<String> updatedAt;

  private final Map<String, JsonNode> additionalProperties;

  private Integration(Builder b) {
    this.type = b.type;
    this.name = b.name;
    this.categories = b.categoriesAdded == null ? b.categories : JsonField.of(ImmutableList.copyOf(b.categoriesAdded));
    this.description = b.description;
    this.logoUrl = b.logoUrl;
    this.webUrl = b.webUrl;
    this.apiDocsUrl = b.apiDocsUrl;
    this.isActive = b.isActive;
    this.inProgress = b.inProgress;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Identifier of the integration, used as `integration_type` when connecting (e.g. hubspot, salesforce).
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
   * The integration's name.
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
   * The categories this integration supports (values beyond `Category`'s are kept).
   *
   * @return the value, an empty list when missing or null
   */
  public List<Category> categories() {
    List<Category> v = this.categories.value();
    return v == null ? Collections.<Category>emptyList() : v;
  }

  /**
   * The <code>categories</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<Category>> categoriesField() {
    return this.categories;
  }

  /**
   * Description of the integration.
   *
   * @return the value, or null when missing or null
   */
  public String description() {
    return this.description.value();
  }

  /**
   * The <code>description</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> descriptionField() {
    return this.description;
  }

  /**
   * The URL of the integration's logo.
   *
   * @return the value, or null when missing or null
   */
  public String logoUrl() {
    return this.logoUrl.value();
  }

  /**
   * The <code>logo_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> logoUrlField() {
    return this.logoUrl;
  }

  /**
   * The URL of the integration's web site.
   *
   * @return the value, or null when missing or null
   */
  public String webUrl() {
    return this.webUrl.value();
  }

  /**
   * The <code>web_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> webUrlField() {
    return this.webUrl;
  }

  /**
   * The URL of the integration's API documentation.
   *
   * @return the value, or null when missing or null
   */
  public String apiDocsUrl() {
    return this.apiDocsUrl.value();
  }

  /**
   * The <code>api_docs_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> apiDocsUrlField() {
    return this.apiDocsUrl;
  }

  /**
   * Whether this integration is active in the workspace.
   *
   * @return the value, or null when missing or null
   */
  public Boolean isActive() {
    return this.isActive.value();
  }

  /**
   * The <code>is_active</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> isActiveField() {
    return this.isActive;
  }

  /**
   * Whether this integration is not yet available (still being built).
   *
   * @return the value, or null when missing or null
   */
  public Boolean inProgress() {
    return this.inProgress.value();
  }

  /**
   * The <code>in_progress</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> inProgressField() {
    return this.inProgress;
  }

  /**
   * Date that this integration was supported (ISO 8601 date or date-time; kept as text).
   *
   * @return the value, or null when missing or null
   */
  public String createdAt() {
    return this.createdAt.value();
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> createdAtField() {
    return this.createdAt;
  }

  /**
   * Date of the integration's last update (ISO 8601 date or date-time; kept as text).
   *
   * @return the value, or null when missing or null
   */
  public String updatedAt() {
    return this.updatedAt.value();
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> updatedAtField() {
    return this.updatedAt;
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
    return this.type.equals(other.type)
        && this.name.equals(other.name)
        && this.categories.equals(other.categories)
        && this.description.equals(other.description)
        && this.logoUrl.equals(other.logoUrl)
        && this.webUrl.equals(other.webUrl)
        && this.apiDocsUrl.equals(other.apiDocsUrl)
        && this.isActive.equals(other.isActive)
        && this.inProgress.equals(other.inProgress)
        && this.createdAt.equals(other.createdAt)
        && this.updatedAt.equals(other.updatedAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.type.hashCode();
    h = 31 * h + this.name.hashCode();
    h = 31 * h + this.categories.hashCode();
    h = 31 * h + this.description.hashCode();
    h = 31 * h + this.logoUrl.hashCode();
    h = 31 * h + this.webUrl.hashCode();
    h = 31 * h + this.apiDocsUrl.hashCode();
    h = 31 * h + this.isActive.hashCode();
    h = 31 * h + this.inProgress.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Integration{");
    String sep = "";
    if (!this.type.isMissing()) {
      sb.append(sep).append("type=").append(this.type);
      sep = ", ";
    }
    if (!this.name.isMissing()) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if (!this.categories.isMissing()) {
      sb.append(sep).append("categories=").append(this.categories);
      sep = ", ";
    }
    if (!this.description.isMissing()) {
      sb.append(sep).append("description=").append(this.description);
      sep = ", ";
    }
    if (!this.logoUrl.isMissing()) {
      sb.append(sep).append("logoUrl=").append(this.logoUrl);
      sep = ", ";
    }
    if (!this.webUrl.isMissing()) {
      sb.append(sep).append("webUrl=").append(this.webUrl);
      sep = ", ";
    }
    if (!this.apiDocsUrl.isMissing()) {
      sb.append(sep).append("apiDocsUrl=").append(this.apiDocsUrl);
      sep = ", ";
    }
    if (!this.isActive.isMissing()) {
      sb.append(sep).append("isActive=").append(this.isActive);
      sep = ", ";
    }
    if (!this.inProgress.isMissing()) {
      sb.append(sep).append("inProgress=").append(this.inProgress);
      sep = ", ";
    }
    if (!this.createdAt.isMissing()) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if (!this.updatedAt.isMissing()) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> type = JsonField.missing();

    private JsonField<String> name = JsonField.missing();

    private JsonField<List<Category>> categories = JsonField.missing();

    private ArrayList<Category> categoriesAdded;

    private JsonField<String> description = JsonField.missing();

    private JsonField<String> logoUrl = JsonField.missing();

    private JsonField<String> webUrl = JsonField.missing();

    private JsonField<String> apiDocsUrl = JsonField.missing();

    private JsonField<Boolean> isActive = JsonField.missing();

    private JsonField<Boolean> inProgress = JsonField.missing();

    private JsonField<String> createdAt = JsonField.missing();

    private JsonField<String> updatedAt = JsonField.missing();

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
      this.type = JsonField.of(type);
      return this;
    }

    /**
     * The integration's name.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = JsonField.of(name);
      return this;
    }

    /**
     * The categories this integration supports (values beyond `Category`'s are kept).
     *
     * @param categories the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder categories(List<Category> categories) {
      this.categories = JsonField.of(ImmutableList.copyOf(categories));
      this.categoriesAdded = null;
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
        List<Category> current = this.categories.value();
        this.categoriesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.categoriesAdded.add(item);
      return this;
    }

    /**
     * Description of the integration.
     *
     * @param description the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = JsonField.of(description);
      return this;
    }

    /**
     * The URL of the integration's logo.
     *
     * @param logoUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder logoUrl(String logoUrl) {
      this.logoUrl = JsonField.of(logoUrl);
      return this;
    }

    /**
     * The URL of the integration's web site.
     *
     * @param webUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder webUrl(String webUrl) {
      this.webUrl = JsonField.of(webUrl);
      return this;
    }

    /**
     * The URL of the integration's API documentation.
     *
     * @param apiDocsUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder apiDocsUrl(String apiDocsUrl) {
      this.apiDocsUrl = JsonField.of(apiDocsUrl);
      return this;
    }

    /**
     * Whether this integration is active in the workspace.
     *
     * @param isActive the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder isActive(Boolean isActive) {
      this.isActive = JsonField.of(isActive);
      return this;
    }

    /**
     * Whether this integration is not yet available (still being built).
     *
     * @param inProgress the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder inProgress(Boolean inProgress) {
      this.inProgress = JsonField.of(inProgress);
      return this;
    }

    /**
     * Date that this integration was supported (ISO 8601 date or date-time; kept as text).
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(String createdAt) {
      this.createdAt = JsonField.of(createdAt);
      return this;
    }

    /**
     * Date of the integration's last update (ISO 8601 date or date-time; kept as text).
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(String updatedAt) {
      this.updatedAt = JsonField.of(updatedAt);
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
}
