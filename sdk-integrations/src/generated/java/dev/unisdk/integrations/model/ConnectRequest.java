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
 * Body of `POST /v1/integrations/connect`.
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ConnectRequest.Codec.Serializer.class
)
@JsonDeserialize(
    using = ConnectRequest.Codec.Deserializer.class
)
public final class ConnectRequest {
  private final String integrationType;

  private final List<Category> categories;

  private final String redirectUrl;

  private final String externalXref;

  private final List<String> scopes;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private ConnectRequest(Builder b) {
    this.integrationType = b.integrationType;
    this.categories = b.categoriesAdded == null ? b.categories : ImmutableList.copyOf(b.categoriesAdded);
    this.redirectUrl = b.redirectUrl;
    this.externalXref = b.externalXref;
    this.scopes = b.scopesAdded == null ? b.scopes : ImmutableList.copyOf(b.scopesAdded);
    this.set0 = b.set0;
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
    return this.integrationType;
  }

  /**
   * The <code>integration_type</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> integrationTypeField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.integrationType) : JsonField.missing();
  }

  /**
   * Categories to activate (at least one).
   *
   * <p>Required by the API (not enforced by the model, so partial responses still decode).
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
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.categories) : JsonField.missing();
  }

  /**
   * Redirect after authorization.
   *
   * @return the value, or null when missing or null
   */
  public String redirectUrl() {
    return this.redirectUrl;
  }

  /**
   * The <code>redirect_url</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> redirectUrlField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.redirectUrl) : JsonField.missing();
  }

  /**
   * External reference ID.
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
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.externalXref) : JsonField.missing();
  }

  /**
   * Optional scopes.
   *
   * @return the value, an empty list when missing or null
   */
  public List<String> scopes() {
    List<String> v = this.scopes;
    return v == null ? Collections.<String>emptyList() : v;
  }

  /**
   * The <code>scopes</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<List<String>> scopesField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.scopes) : JsonField.missing();
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
    return this.set0 == other.set0
        && Objects.equals(this.integrationType, other.integrationType)
        && Objects.equals(this.categories, other.categories)
        && Objects.equals(this.redirectUrl, other.redirectUrl)
        && Objects.equals(this.externalXref, other.externalXref)
        && Objects.equals(this.scopes, other.scopes)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.integrationType);
    h = 31 * h + Objects.hashCode(this.categories);
    h = 31 * h + Objects.hashCode(this.redirectUrl);
    h = 31 * h + Objects.hashCode(this.externalXref);
    h = 31 * h + Objects.hashCode(this.scopes);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ConnectRequest{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("integrationType=").append(this.integrationType);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("categories=").append(this.categories);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("redirectUrl=").append(this.redirectUrl);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("externalXref=").append(this.externalXref);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
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
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String integrationType;

    private List<Category> categories;

    private ArrayList<Category> categoriesAdded;

    private String redirectUrl;

    private String externalXref;

    private List<String> scopes;

    private ArrayList<String> scopesAdded;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ConnectRequest source) {
      this.integrationType = source.integrationType;
      this.categories = source.categories;
      this.redirectUrl = source.redirectUrl;
      this.externalXref = source.externalXref;
      this.scopes = source.scopes;
      this.set0 = source.set0;
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
      this.integrationType = integrationType;
      this.set0 |= 0x1L;
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
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
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
      this.categories = ImmutableList.copyOf(categories);
      this.categoriesAdded = null;
      this.set0 |= 0x2L;
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
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
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
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Redirect after authorization.
     *
     * @param redirectUrl the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder redirectUrl(String redirectUrl) {
      this.redirectUrl = redirectUrl;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>redirect_url</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder redirectUrlField(JsonField<String> field) {
      Objects.requireNonNull(field, "redirectUrlField: field must not be null");
      this.redirectUrl = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * External reference ID.
     *
     * @param externalXref the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder externalXref(String externalXref) {
      this.externalXref = externalXref;
      this.set0 |= 0x8L;
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
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Optional scopes.
     *
     * @param scopes the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder scopes(List<String> scopes) {
      this.scopes = ImmutableList.copyOf(scopes);
      this.scopesAdded = null;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>scopes</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder scopesField(JsonField<List<String>> field) {
      Objects.requireNonNull(field, "scopesField: field must not be null");
      this.scopes = ImmutableList.copyOf(field.value());
      this.scopesAdded = null;
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
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
        List<String> current = this.scopes;
        this.scopesAdded = current == null ? new ArrayList<>() : new ArrayList<>(current);
      }
      this.scopesAdded.add(item);
      this.set0 |= 0x10L;
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

  /**
   * Streaming JSON codec of {@link ConnectRequest}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_INTEGRATION_TYPE = new SerializedString("integration_type");

    private static final SerializedString F_CATEGORIES = new SerializedString("categories");

    private static final SerializedString F_REDIRECT_URL = new SerializedString("redirect_url");

    private static final SerializedString F_EXTERNAL_XREF = new SerializedString("external_xref");

    private static final SerializedString F_SCOPES = new SerializedString("scopes");

    private Codec() {
    }

    /**
     * Reads one {@link ConnectRequest} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static ConnectRequest read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, ConnectRequest.class);
      ConnectRequest.Builder b = ConnectRequest.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "integration_type":
              b.integrationType = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "categories":
              b.categories = Codecs.readList(p, ctxt, Category.Codec::read);
              b.set0 |= 0x2L;
              break;
            case "redirect_url":
              b.redirectUrl = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "external_xref":
              b.externalXref = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "scopes":
              b.scopes = Codecs.readList(p, ctxt, Codecs::readString);
              b.set0 |= 0x10L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, ConnectRequest.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link ConnectRequest}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ConnectRequest value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_INTEGRATION_TYPE);
        Codecs.writeString(g, provider, value.integrationType);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_CATEGORIES);
        Codecs.writeList(g, provider, value.categories, Category.Codec::write);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_REDIRECT_URL);
        Codecs.writeString(g, provider, value.redirectUrl);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_EXTERNAL_XREF);
        Codecs.writeString(g, provider, value.externalXref);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_SCOPES);
        Codecs.writeList(g, provider, value.scopes, Codecs::writeString);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link ConnectRequest}.
     */
    public static final class Deserializer extends StdDeserializer<ConnectRequest> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ConnectRequest.class);
      }

      @Override
      public ConnectRequest deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ConnectRequest}.
     */
    public static final class Serializer extends StdSerializer<ConnectRequest> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ConnectRequest.class);
      }

      @Override
      public void serialize(ConnectRequest value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
