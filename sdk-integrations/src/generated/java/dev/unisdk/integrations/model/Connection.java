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
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.core.model.internal.ImmutableList;
import java.io.IOException;
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
    using = Connection.Codec.Serializer.class
)
@JsonDeserialize(
    using = Connection.Codec.Deserializer.class
)
public final class Connection {
  private final String id;

  private final String integrationType;

  private final String integrationName;

  private final List<Category> categories;

  private final String externalXref;

  private final List<String> permissions;

  private final Map<String, JsonValue> auth;

  private final Boolean isPaused;

  private final String environment;

  private final OffsetDateTime lastHealthyAt;

  private final OffsetDateTime lastUnhealthyAt;

  private final OffsetDateTime createdAt;

  private final OffsetDateTime updatedAt;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private Connection(Builder b) {
    this.id = b.id;
    this.integrationType = b.integrationType;
    this.integrationName = b.integrationName;
    this.categories = b.categoriesAdded == null ? b.categories : ImmutableList.copyOf(b.categoriesAdded);
    this.externalXref = b.externalXref;
    this.permissions = b.permissionsAdded == null ? b.permissions : ImmutableList.copyOf(b.permissionsAdded);
    this.auth = b.auth;
    this.isPaused = b.isPaused;
    this.environment = b.environment;
    this.lastHealthyAt = b.lastHealthyAt;
    this.lastUnhealthyAt = b.lastUnhealthyAt;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.set0 = b.set0;
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
    return this.id;
  }

  /**
   * The <code>id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> idField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.id) : JsonField.missing();
  }

  /**
   * The integration (provider), e.g. hubspot.
   *
   * @return the value, or null when missing or null
   */
  public String integrationType() {
    return this.integrationType;
  }

  /**
   * The <code>integration_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> integrationTypeField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.integrationType) : JsonField.missing();
  }

  /**
   * The integration's display name.
   *
   * @return the value, or null when missing or null
   */
  public String integrationName() {
    return this.integrationName;
  }

  /**
   * The <code>integration_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> integrationNameField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.integrationName) : JsonField.missing();
  }

  /**
   * The categories activated for this connection.
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
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.categories) : JsonField.missing();
  }

  /**
   * Your external reference ID (e.g. your customer's user id).
   *
   * @return the value, or null when missing or null
   */
  public String externalXref() {
    return this.externalXref;
  }

  /**
   * The <code>external_xref</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> externalXrefField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.externalXref) : JsonField.missing();
  }

  /**
   * The permissions (scopes) granted.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> permissions() {
    List<String> v = this.permissions;
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>permissions</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> permissionsField() {
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.permissions) : JsonField.missing();
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
    Map<String, JsonValue> v = this.auth;
    return v == null ? Collections.<String, JsonValue>emptyMap() : v;
  }

  /**
   * The <code>auth</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Map<String, JsonValue>> authField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.auth) : JsonField.missing();
  }

  /**
   * Whether the connection is paused.
   *
   * @return the value, or null when missing or null
   */
  public Boolean isPaused() {
    return this.isPaused;
  }

  /**
   * The <code>is_paused</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<Boolean> isPausedField() {
    return (this.set0 & 0x80L) != 0 ? JsonField.of(this.isPaused) : JsonField.missing();
  }

  /**
   * The environment of the connection (e.g. Production).
   *
   * @return the value, or null when missing or null
   */
  public String environment() {
    return this.environment;
  }

  /**
   * The <code>environment</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> environmentField() {
    return (this.set0 & 0x100L) != 0 ? JsonField.of(this.environment) : JsonField.missing();
  }

  /**
   * When the connection was last seen healthy.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastHealthyAt() {
    return this.lastHealthyAt;
  }

  /**
   * The <code>last_healthy_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastHealthyAtField() {
    return (this.set0 & 0x200L) != 0 ? JsonField.of(this.lastHealthyAt) : JsonField.missing();
  }

  /**
   * When the connection was last seen unhealthy.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime lastUnhealthyAt() {
    return this.lastUnhealthyAt;
  }

  /**
   * The <code>last_unhealthy_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> lastUnhealthyAtField() {
    return (this.set0 & 0x400L) != 0 ? JsonField.of(this.lastUnhealthyAt) : JsonField.missing();
  }

  /**
   * When the connection was created.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime createdAt() {
    return this.createdAt;
  }

  /**
   * The <code>created_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> createdAtField() {
    return (this.set0 & 0x800L) != 0 ? JsonField.of(this.createdAt) : JsonField.missing();
  }

  /**
   * When the connection was last updated.
   *
   * <p>Read-only: set by the server, never sent in a request body.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedAt() {
    return this.updatedAt;
  }

  /**
   * The <code>updated_at</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedAtField() {
    return (this.set0 & 0x1000L) != 0 ? JsonField.of(this.updatedAt) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.id, other.id)
        && Objects.equals(this.integrationType, other.integrationType)
        && Objects.equals(this.integrationName, other.integrationName)
        && Objects.equals(this.categories, other.categories)
        && Objects.equals(this.externalXref, other.externalXref)
        && Objects.equals(this.permissions, other.permissions)
        && Objects.equals(this.auth, other.auth)
        && Objects.equals(this.isPaused, other.isPaused)
        && Objects.equals(this.environment, other.environment)
        && Objects.equals(this.lastHealthyAt, other.lastHealthyAt)
        && Objects.equals(this.lastUnhealthyAt, other.lastUnhealthyAt)
        && Objects.equals(this.createdAt, other.createdAt)
        && Objects.equals(this.updatedAt, other.updatedAt)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.id);
    h = 31 * h + Objects.hashCode(this.integrationType);
    h = 31 * h + Objects.hashCode(this.integrationName);
    h = 31 * h + Objects.hashCode(this.categories);
    h = 31 * h + Objects.hashCode(this.externalXref);
    h = 31 * h + Objects.hashCode(this.permissions);
    h = 31 * h + Objects.hashCode(this.auth);
    h = 31 * h + Objects.hashCode(this.isPaused);
    h = 31 * h + Objects.hashCode(this.environment);
    h = 31 * h + Objects.hashCode(this.lastHealthyAt);
    h = 31 * h + Objects.hashCode(this.lastUnhealthyAt);
    h = 31 * h + Objects.hashCode(this.createdAt);
    h = 31 * h + Objects.hashCode(this.updatedAt);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Connection{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("id=").append(this.id);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("integrationType=").append(this.integrationType);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("integrationName=").append(this.integrationName);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("categories=").append(this.categories);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("externalXref=").append(this.externalXref);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("permissions=").append(this.permissions);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("auth=").append(this.auth == null ? "null" : "***");
      sep = ", ";
    }
    if ((this.set0 & 0x80L) != 0) {
      sb.append(sep).append("isPaused=").append(this.isPaused);
      sep = ", ";
    }
    if ((this.set0 & 0x100L) != 0) {
      sb.append(sep).append("environment=").append(this.environment);
      sep = ", ";
    }
    if ((this.set0 & 0x200L) != 0) {
      sb.append(sep).append("lastHealthyAt=").append(this.lastHealthyAt);
      sep = ", ";
    }
    if ((this.set0 & 0x400L) != 0) {
      sb.append(sep).append("lastUnhealthyAt=").append(this.lastUnhealthyAt);
      sep = ", ";
    }
    if ((this.set0 & 0x800L) != 0) {
      sb.append(sep).append("createdAt=").append(this.createdAt);
      sep = ", ";
    }
    if ((this.set0 & 0x1000L) != 0) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String id;

    private String integrationType;

    private String integrationName;

    private List<Category> categories;

    private ArrayList<Category> categoriesAdded;

    private String externalXref;

    private List<String> permissions;

    private ArrayList<String> permissionsAdded;

    private Map<String, JsonValue> auth;

    private Boolean isPaused;

    private String environment;

    private OffsetDateTime lastHealthyAt;

    private OffsetDateTime lastUnhealthyAt;

    private OffsetDateTime createdAt;

    private OffsetDateTime updatedAt;

    private long set0;

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
      this.set0 = source.set0;
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
      this.id = id;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder idField(JsonField<String> field) {
      Objects.requireNonNull(field, "idField: field must not be null");
      this.id = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * The integration (provider), e.g. hubspot.
     *
     * @param integrationType the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder integrationType(String integrationType) {
      this.integrationType = integrationType;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>integration_type</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder integrationTypeField(JsonField<String> field) {
      Objects.requireNonNull(field, "integrationTypeField: field must not be null");
      this.integrationType = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * The integration's display name.
     *
     * @param integrationName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder integrationName(String integrationName) {
      this.integrationName = integrationName;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>integration_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder integrationNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "integrationNameField: field must not be null");
      this.integrationName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * The categories activated for this connection.
     *
     * @param categories the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder categories(List<Category> categories) {
      this.categories = ImmutableList.copyOf(categories);
      this.categoriesAdded = null;
      this.set0 |= 0x8L;
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
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
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
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Your external reference ID (e.g. your customer's user id).
     *
     * @param externalXref the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder externalXref(String externalXref) {
      this.externalXref = externalXref;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>external_xref</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder externalXrefField(JsonField<String> field) {
      Objects.requireNonNull(field, "externalXrefField: field must not be null");
      this.externalXref = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * The permissions (scopes) granted.
     *
     * @param permissions the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder permissions(List<String> permissions) {
      this.permissions = ImmutableList.copyOf(permissions);
      this.permissionsAdded = null;
      this.set0 |= 0x20L;
      return this;
    }

    /**
     * Sets <code>permissions</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder permissionsField(JsonField<List<String>> field) {
      Objects.requireNonNull(field, "permissionsField: field must not be null");
      this.permissions = ImmutableList.copyOf(field.value());
      this.permissionsAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
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
        List<String> current = this.permissions;
        this.permissionsAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.permissionsAdded.add(item);
      this.set0 |= 0x20L;
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
      this.auth = auth == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(auth));
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>auth</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder authField(JsonField<Map<String, JsonValue>> field) {
      Objects.requireNonNull(field, "authField: field must not be null");
      this.auth = field.value() == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(field.value()));
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
      }
      return this;
    }

    /**
     * Whether the connection is paused.
     *
     * @param isPaused the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder isPaused(Boolean isPaused) {
      this.isPaused = isPaused;
      this.set0 |= 0x80L;
      return this;
    }

    /**
     * Sets <code>is_paused</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder isPausedField(JsonField<Boolean> field) {
      Objects.requireNonNull(field, "isPausedField: field must not be null");
      this.isPaused = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x80L;
      } else {
        this.set0 |= 0x80L;
      }
      return this;
    }

    /**
     * The environment of the connection (e.g. Production).
     *
     * @param environment the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder environment(String environment) {
      this.environment = environment;
      this.set0 |= 0x100L;
      return this;
    }

    /**
     * Sets <code>environment</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder environmentField(JsonField<String> field) {
      Objects.requireNonNull(field, "environmentField: field must not be null");
      this.environment = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x100L;
      } else {
        this.set0 |= 0x100L;
      }
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
      this.lastHealthyAt = lastHealthyAt;
      this.set0 |= 0x200L;
      return this;
    }

    /**
     * Sets <code>last_healthy_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder lastHealthyAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "lastHealthyAtField: field must not be null");
      this.lastHealthyAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x200L;
      } else {
        this.set0 |= 0x200L;
      }
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
      this.lastUnhealthyAt = lastUnhealthyAt;
      this.set0 |= 0x400L;
      return this;
    }

    /**
     * Sets <code>last_unhealthy_at</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder lastUnhealthyAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "lastUnhealthyAtField: field must not be null");
      this.lastUnhealthyAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x400L;
      } else {
        this.set0 |= 0x400L;
      }
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
      this.createdAt = createdAt;
      this.set0 |= 0x800L;
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
    public Builder createdAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "createdAtField: field must not be null");
      this.createdAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x800L;
      } else {
        this.set0 |= 0x800L;
      }
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
      this.updatedAt = updatedAt;
      this.set0 |= 0x1000L;
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
    public Builder updatedAtField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "updatedAtField: field must not be null");
      this.updatedAt = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1000L;
      } else {
        this.set0 |= 0x1000L;
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
    public Connection build() {
      return new Connection(this);
    }
  }

  /**
   * Streaming JSON codec of {@link Connection}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_ID = new SerializedString("id");

    private static final SerializedString F_INTEGRATION_TYPE = new SerializedString("integration_type");

    private static final SerializedString F_INTEGRATION_NAME = new SerializedString("integration_name");

    private static final SerializedString F_CATEGORIES = new SerializedString("categories");

    private static final SerializedString F_EXTERNAL_XREF = new SerializedString("external_xref");

    private static final SerializedString F_PERMISSIONS = new SerializedString("permissions");

    private static final SerializedString F_AUTH = new SerializedString("auth");

    private static final SerializedString F_IS_PAUSED = new SerializedString("is_paused");

    private static final SerializedString F_ENVIRONMENT = new SerializedString("environment");

    private static final SerializedString F_LAST_HEALTHY_AT = new SerializedString("last_healthy_at");

    private static final SerializedString F_LAST_UNHEALTHY_AT = new SerializedString("last_unhealthy_at");

    private static final SerializedString F_CREATED_AT = new SerializedString("created_at");

    private static final SerializedString F_UPDATED_AT = new SerializedString("updated_at");

    private Codec() {
    }

    /**
     * Reads one {@link Connection} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static Connection read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, Connection.class);
      Connection.Builder b = Connection.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "id":
              b.id = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "integration_type":
              b.integrationType = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "integration_name":
              b.integrationName = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "categories":
              b.categories = Codecs.readList(p, ctxt, Category.Codec::read);
              b.set0 |= 0x8L;
              break;
            case "external_xref":
              b.externalXref = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "permissions":
              b.permissions = Codecs.readList(p, ctxt, Codecs::readString);
              b.set0 |= 0x20L;
              break;
            case "auth":
              b.auth = Codecs.readMap(p, ctxt, Codecs::readJsonValue);
              b.set0 |= 0x40L;
              break;
            case "is_paused":
              b.isPaused = Codecs.readBoolean(p, ctxt);
              b.set0 |= 0x80L;
              break;
            case "environment":
              b.environment = Codecs.readString(p, ctxt);
              b.set0 |= 0x100L;
              break;
            case "last_healthy_at":
              b.lastHealthyAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x200L;
              break;
            case "last_unhealthy_at":
              b.lastUnhealthyAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x400L;
              break;
            case "created_at":
              b.createdAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x800L;
              break;
            case "updated_at":
              b.updatedAt = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x1000L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, Connection.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link Connection}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Connection value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      boolean requestBody = Json.isRequestBody(provider);
      g.writeStartObject();
      if (!requestBody && (value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_ID);
        Codecs.writeString(g, provider, value.id);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_INTEGRATION_TYPE);
        Codecs.writeString(g, provider, value.integrationType);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_INTEGRATION_NAME);
        Codecs.writeString(g, provider, value.integrationName);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_CATEGORIES);
        Codecs.writeList(g, provider, value.categories, Category.Codec::write);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_EXTERNAL_XREF);
        Codecs.writeString(g, provider, value.externalXref);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_PERMISSIONS);
        Codecs.writeList(g, provider, value.permissions, Codecs::writeString);
      }
      if (!requestBody && (value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_AUTH);
        Codecs.writeMap(g, provider, value.auth, Codecs::writeJsonValue);
      }
      if ((value.set0 & 0x80L) != 0) {
        g.writeFieldName(F_IS_PAUSED);
        Codecs.writeBoolean(g, provider, value.isPaused);
      }
      if ((value.set0 & 0x100L) != 0) {
        g.writeFieldName(F_ENVIRONMENT);
        Codecs.writeString(g, provider, value.environment);
      }
      if (!requestBody && (value.set0 & 0x200L) != 0) {
        g.writeFieldName(F_LAST_HEALTHY_AT);
        Codecs.writeOffsetDateTime(g, provider, value.lastHealthyAt);
      }
      if (!requestBody && (value.set0 & 0x400L) != 0) {
        g.writeFieldName(F_LAST_UNHEALTHY_AT);
        Codecs.writeOffsetDateTime(g, provider, value.lastUnhealthyAt);
      }
      if (!requestBody && (value.set0 & 0x800L) != 0) {
        g.writeFieldName(F_CREATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.createdAt);
      }
      if (!requestBody && (value.set0 & 0x1000L) != 0) {
        g.writeFieldName(F_UPDATED_AT);
        Codecs.writeOffsetDateTime(g, provider, value.updatedAt);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link Connection}.
     */
    public static final class Deserializer extends StdDeserializer<Connection> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Connection.class);
      }

      @Override
      public Connection deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Connection}.
     */
    public static final class Serializer extends StdSerializer<Connection> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Connection.class);
      }

      @Override
      public void serialize(Connection value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
