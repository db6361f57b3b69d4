// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.integrations.model.internal.ConnectRequestCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Body of `POST /v1/integrations/connect`.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ConnectRequestCodec.Serializer.class
)
@JsonDeserialize(
    using = ConnectRequestCodec.Deserializer.class
)
public final class ConnectRequest {
  private final JsonField<String> integrationType;

  private final JsonField<List<Category>> categories;

  private final JsonField<String> redirectUrl;

  private final JsonField<String> externalXref;

  private final JsonField<List<String>> scopes;

  private final Map<String, JsonNode> additionalProperties;

  private ConnectRequest(Builder b) {
    this.integrationType = b.integrationType;
    this.categories = b.categoriesAdded == null ? b.categories : JsonField.of(ImmutableList.copyOf(b.categoriesAdded));
    this.redirectUrl = b.redirectUrl;
    this.externalXref = b.externalXref;
    this.scopes = b.scopesAdded == null ? b.scopes : JsonField.of(ImmutableList.copyOf(b.scopesAdded));
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Provider (e.g. hubspot, salesforce).
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
   *
   * @return the value, or null when missing or null
   */
  public String integrationType() {
    return this.integrationType.value();
  }

  /**
   * The <code>integration_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> integrationTypeField() {
    return this.integrationType;
  }

  /**
   * Categories to activate (at least one).
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
   * Redirect after authorization.
   *
   * @return the value, or null when missing or null
   */
  public String redirectUrl() {
    return this.redirectUrl.value();
  }

  /**
   * The <code>redirect_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> redirectUrlField() {
    return this.redirectUrl;
  }

  /**
   * External reference ID.
   *
   * @return the value, or null when missing or null
   */
  public String externalXref() {
    return this.externalXref.value();
  }

  /**
   * The <code>external_xref</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> externalXrefField() {
    return this.externalXref;
  }

  /**
   * Optional scopes.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> scopes() {
    List<String> v = this.scopes.value();
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>scopes</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> scopesField() {
    return this.scopes;
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
    if (!(o instanceof ConnectRequest)) {
      return false;
    }
    ConnectRequest other = (ConnectRequest) o;
    return this.integrationType.equals(other.integrationType)
        && this.categories.equals(other.categories)
        && this.redirectUrl.equals(other.redirectUrl)
        && this.externalXref.equals(other.externalXref)
        && this.scopes.equals(other.scopes)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.integrationType.hashCode();
    h = 31 * h + this.categories.hashCode();
    h = 31 * h + this.redirectUrl.hashCode();
    h = 31 * h + this.externalXref.hashCode();
    h = 31 * h + this.scopes.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConnectRequest{");
    String sep = "";
    if (!this.integrationType.isMissing()) {
      sb.append(sep).append("integrationType=").append(this.integrationType);
      sep = ", ";
    }
    if (!this.categories.isMissing()) {
      sb.append(sep).append("categories=").append(this.categories);
      sep = ", ";
    }
    if (!this.redirectUrl.isMissing()) {
      sb.append(sep).append("redirectUrl=").append(this.redirectUrl);
      sep = ", ";
    }
    if (!this.externalXref.isMissing()) {
      sb.append(sep).append("externalXref=").append(this.externalXref);
      sep = ", ";
    }
    if (!this.scopes.isMissing()) {
      sb.append(sep).append("scopes=").append(this.scopes);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ConnectRequest}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> integrationType = JsonField.missing();

    private JsonField<List<Category>> categories = JsonField.missing();

    private ArrayList<Category> categoriesAdded;

    private JsonField<String> redirectUrl = JsonField.missing();

    private JsonField<String> externalXref = JsonField.missing();

    private JsonField<List<String>> scopes = JsonField.missing();

    private ArrayList<String> scopesAdded;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ConnectRequest source) {
      this.integrationType = source.integrationType;
      this.categories = source.categories;
      this.redirectUrl = source.redirectUrl;
      this.externalXref = source.externalXref;
      this.scopes = source.scopes;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Provider (e.g. hubspot, salesforce).
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
     *
     * @param integrationType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder integrationType(String integrationType) {
      this.integrationType = JsonField.of(integrationType);
      return this;
    }

    /**
     * Categories to activate (at least one).
     *
     * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
     * Redirect after authorization.
     *
     * @param redirectUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder redirectUrl(String redirectUrl) {
      this.redirectUrl = JsonField.of(redirectUrl);
      return this;
    }

    /**
     * External reference ID.
     *
     * @param externalXref the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder externalXref(String externalXref) {
      this.externalXref = JsonField.of(externalXref);
      return this;
    }

    /**
     * Optional scopes.
     *
     * @param scopes the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder scopes(List<String> scopes) {
      this.scopes = JsonField.of(ImmutableList.copyOf(scopes));
      this.scopesAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>scopes</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #scopes(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addScope(String item) {
      Objects.requireNonNull(item, "scopes: item must not be null");
      if (this.scopesAdded == null) {
        List<String> current = this.scopes.value();
        this.scopesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.scopesAdded.add(item);
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
    public ConnectRequest build() {
      return new ConnectRequest(this);
    }
  }
}
