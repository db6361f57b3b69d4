// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.ImmutableList;
import dev.unisdk.integrations.model.internal.ConnectionCodec;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A connection: one authorized account of an integration. The document does not list its fields;
 * they are inferred from Unified.to's Connection object.
 * Unknown properties are kept.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ConnectionCodec.Serializer.class
)
@JsonDeserialize(
    using = ConnectionCodec.Deserializer.class
)
public final class Connection {
  private final JsonField<String> id;

  private final JsonField<String> integrationType;

  private final JsonField<String> integrationName;

  private final JsonField<List<Category>> categories;

  private final JsonField<String> externalXref;

  private final JsonField<List<String>> permissions;

  private final JsonField<Map<String, JsonValue>> auth;

  private final JsonField<Boolean> isPaused;

  private final JsonField<String> environment;

  private final JsonField<OffsetDateTime> lastHealthyAt;

  private final JsonField<OffsetDateTime> lastUnhealthyAt;

  private final JsonField<OffsetDateTime> createdAt;

  private final JsonField<OffsetDateTime> updatedAt;

  private final Map<String, JsonNode> additionalProperties;

  private Connection(Builder b) {
    this.id = b.id;
    this.integrationType = b.integrationType;
    this.integrationName = b.integrationName;
    this.categories = b.categoriesAdded == null ? b.categories : JsonField.of(ImmutableList.copyOf(b.categoriesAdded));
    this.externalXref = b.externalXref;
    this.permissions = b.permissionsAdded == null ? b.permissions : JsonField.of(ImmutableList.copyOf(b.permissionsAdded));
    this.auth = b.auth;
    this.isPaused = b.isPaused;
    this.environment = b.environment;
    this.lastHealthyAt = b.lastHealthyAt;
    this.lastUnhealthyAt = b.lastUnhealthyAt;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The connection's id.
   *
   * <p>Read-only: set by the server, never sent in a request body.
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
   * The integration (provider), e.g. hubspot.
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
   * The integration's display name.
   *
   * @return the value, or null when missing or null
   */
  public String integrationName() {
    return this.integrationName.value();
  }

  /**
   * The <code>integration_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> integrationNameField() {
    return this.integrationName;
  }

  /**
   * The categories activated for this connection.
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
   * Your external reference ID (e.g. your customer's user id).
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
   * The permissions (scopes) granted.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> permissions() {
    List<String> v = this.permissions.value();
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>permissions</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> permissionsField() {
    return this.permissions;
  }

  /**
   * Unified.to's authentication object (tokens) of the connection, should the service ever
   * return it; declared only so that its value is redacted from `toString()` and logs.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, an empty map when missing or null
   */
  public Map<String, JsonValue> auth() {
    Map<String, JsonValue> v = this.auth.value();
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>auth</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> authField() {
    return this.auth;
  }

  /**
   * Whether the connection is paused.
   *
   * @return the value, or null when missing or null
   */
  public Boolean isPaused() {
    return this.isPaused.value();
  }

  /**
   * The <code>is_paused</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> isPausedField() {
    return this.isPaused;
  }

  /**
   * The environment of the connection (e.g. Production).
   *
   * @return the value, or null when missing or null
   */
  public String environment() {
    return this.environment.value();
  }

  /**
   * The <code>environment</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> environmentField() {
    return this.environment;
  }

  /**
   * When the connection was last seen healthy.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastHealthyAt() {
    return this.lastHealthyAt.value();
  }

  /**
   * The <code>last_healthy_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastHealthyAtField() {
    return this.lastHealthyAt;
  }

  /**
   * When the connection was last seen unhealthy.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastUnhealthyAt() {
    return this.lastUnhealthyAt.value();
  }

  /**
   * The <code>last_unhealthy_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastUnhealthyAtField() {
    return this.lastUnhealthyAt;
  }

  /**
   * When the connection was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return this.createdAt.value();
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return this.createdAt;
  }

  /**
   * When the connection was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return this.updatedAt.value();
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
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
    if (!(o instanceof Connection)) {
      return false;
    }
    Connection other = (Connection) o;
    return this.id.equals(other.id)
        && this.integrationType.equals(other.integrationType)
        && this.integrationName.equals(other.integrationName)
        && this.categories.equals(other.categories)
        && this.externalXref.equals(other.externalXref)
        && this.permissions.equals(other.permissions)
        && this.auth.equals(other.auth)
        && this.isPaused.equals(other.isPaused)
        && this.environment.equals(other.environment)
        && this.lastHealthyAt.equals(other.lastHealthyAt)
        && this.lastUnhealthyAt.equals(other.lastUnhealthyAt)
        && this.createdAt.equals(other.createdAt)
        && this.updatedAt.equals(other.updatedAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + this.id.hashCode();
    h = 31 * h + this.integrationType.hashCode();
    h = 31 * h + this.integrationName.hashCode();
    h = 31 * h + this.categories.hashCode();
    h = 31 * h + this.externalXref.hashCode();
    h = 31 * h + this.permissions.hashCode();
    h = 31 * h + this.auth.hashCode();
    h = 31 * h + this.isPaused.hashCode();
    h = 31 * h + this.environment.hashCode();
    h = 31 * h + this.lastHealthyAt.hashCode();
    h = 31 * h + this.lastUnhealthyAt.hashCode();
    h = 31 * h + this.createdAt.hashCode();
    h = 31 * h + this.updatedAt.hashCode();
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Connection{");
    String sep = "";
    if (!this.id.isMissing()) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if (!this.integrationType.isMissing()) {
      sb.append(sep).append("integrationType=").append(this.integrationType);
      sep = ", ";
    }
    if (!this.integrationName.isMissing()) {
      sb.append(sep).append("integrationName=").append(this.integrationName);
      sep = ", ";
    }
    if (!this.categories.isMissing()) {
      sb.append(sep).append("categories=").append(this.categories);
      sep = ", ";
    }
    if (!this.externalXref.isMissing()) {
      sb.append(sep).append("externalXref=").append(this.externalXref);
      sep = ", ";
    }
    if (!this.permissions.isMissing()) {
      sb.append(sep).append("permissions=").append(this.permissions);
      sep = ", ";
    }
    if (!this.auth.isMissing()) {
      sb.append(sep).append("auth=").append(this.auth.isNull() ? "null" : "***");
      sep = ", ";
    }
    if (!this.isPaused.isMissing()) {
      sb.append(sep).append("isPaused=").append(this.isPaused);
      sep = ", ";
    }
    if (!this.environment.isMissing()) {
      sb.append(sep).append("environment=").append(this.environment);
      sep = ", ";
    }
    if (!this.lastHealthyAt.isMissing()) {
      sb.append(sep).append("lastHealthyAt=").append(this.lastHealthyAt);
      sep = ", ";
    }
    if (!this.lastUnhealthyAt.isMissing()) {
      sb.append(sep).append("lastUnhealthyAt=").append(this.lastUnhealthyAt);
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
   * Builds {@link Connection}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}.
   */
  public static final class Builder {
    private JsonField<String> id = JsonField.missing();

    private JsonField<String> integrationType = JsonField.missing();

    private JsonField<String> integrationName = JsonField.missing();

    private JsonField<List<Category>> categories = JsonField.missing();

    private ArrayList<Category> categoriesAdded;

    private JsonField<String> externalXref = JsonField.missing();

    private JsonField<List<String>> permissions = JsonField.missing();

    private ArrayList<String> permissionsAdded;

    private JsonField<Map<String, JsonValue>> auth = JsonField.missing();

    private JsonField<Boolean> isPaused = JsonField.missing();

    private JsonField<String> environment = JsonField.missing();

    private JsonField<OffsetDateTime> lastHealthyAt = JsonField.missing();

    private JsonField<OffsetDateTime> lastUnhealthyAt = JsonField.missing();

    private JsonField<OffsetDateTime> createdAt = JsonField.missing();

    private JsonField<OffsetDateTime> updatedAt = JsonField.missing();

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(Connection source) {
      this.id = source.id;
      this.integrationType = source.integrationType;
      this.integrationName = source.integrationName;
      this.categories = source.categories;
      this.externalXref = source.externalXref;
      this.permissions = source.permissions;
      this.auth = source.auth;
      this.isPaused = source.isPaused;
      this.environment = source.environment;
      this.lastHealthyAt = source.lastHealthyAt;
      this.lastUnhealthyAt = source.lastUnhealthyAt;
      this.createdAt = source.createdAt;
      this.updatedAt = source.updatedAt;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The connection's id.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param id the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder id(String id) {
      this.id = JsonField.of(id);
      return this;
    }

    /**
     * The integration (provider), e.g. hubspot.
     *
     * @param integrationType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder integrationType(String integrationType) {
      this.integrationType = JsonField.of(integrationType);
      return this;
    }

    /**
     * The integration's display name.
     *
     * @param integrationName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder integrationName(String integrationName) {
      this.integrationName = JsonField.of(integrationName);
      return this;
    }

    /**
     * The categories activated for this connection.
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
     * Your external reference ID (e.g. your customer's user id).
     *
     * @param externalXref the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder externalXref(String externalXref) {
      this.externalXref = JsonField.of(externalXref);
      return this;
    }

    /**
     * The permissions (scopes) granted.
     *
     * @param permissions the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder permissions(List<String> permissions) {
      this.permissions = JsonField.of(ImmutableList.copyOf(permissions));
      this.permissionsAdded = null;
      return this;
    }

    /**
     * Adds one item to <code>permissions</code>: a missing or null list becomes a list of this item, else the item is
     * appended to a copy of the current list (a list passed to {@link #permissions(List)} is never modified).
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException when {@code item} is null
     */
    public Builder addPermission(String item) {
      Objects.requireNonNull(item, "permissions: item must not be null");
      if (this.permissionsAdded == null) {
        List<String> current = this.permissions.value();
        this.permissionsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.permissionsAdded.add(item);
      return this;
    }

    /**
     * Unified.to's authentication object (tokens) of the connection, should the service ever
     * return it; declared only so that its value is redacted from `toString()` and logs.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param auth the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder auth(Map<String, JsonValue> auth) {
      this.auth = JsonField.of(auth == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(auth)));
      return this;
    }

    /**
     * Whether the connection is paused.
     *
     * @param isPaused the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder isPaused(Boolean isPaused) {
      this.isPaused = JsonField.of(isPaused);
      return this;
    }

    /**
     * The environment of the connection (e.g. Production).
     *
     * @param environment the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder environment(String environment) {
      this.environment = JsonField.of(environment);
      return this;
    }

    /**
     * When the connection was last seen healthy.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param lastHealthyAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastHealthyAt(OffsetDateTime lastHealthyAt) {
      this.lastHealthyAt = JsonField.of(lastHealthyAt);
      return this;
    }

    /**
     * When the connection was last seen unhealthy.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param lastUnhealthyAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastUnhealthyAt(OffsetDateTime lastUnhealthyAt) {
      this.lastUnhealthyAt = JsonField.of(lastUnhealthyAt);
      return this;
    }

    /**
     * When the connection was created.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param createdAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = JsonField.of(createdAt);
      return this;
    }

    /**
     * When the connection was last updated.
     *
     * <p>Read-only: set by the server, never sent in a request body.
     *
     * @param updatedAt the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedAt(OffsetDateTime updatedAt) {
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
    public Connection build() {
      return new Connection(this);
    }
  }
}
