// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

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
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filter for listing activities: `filter[&lt;field&gt;]=&lt;value&gt;` (deepObject).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ActivitiesFilter.Codec.Serializer.class
)
@JsonDeserialize(
    using = ActivitiesFilter.Codec.Deserializer.class
)
public final class ActivitiesFilter {
  private final String companyId;

  private final String ownerId;

  private final String contactId;

  private final OffsetDateTime updatedSince;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private ActivitiesFilter(Builder b) {
    this.companyId = b.companyId;
    this.ownerId = b.ownerId;
    this.contactId = b.contactId;
    this.updatedSince = b.updatedSince;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Company ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String companyId() {
    return this.companyId;
  }

  /**
   * The <code>company_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> companyIdField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.companyId) : JsonField.missing();
  }

  /**
   * Owner ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String ownerId() {
    return this.ownerId;
  }

  /**
   * The <code>owner_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> ownerIdField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.ownerId) : JsonField.missing();
  }

  /**
   * Primary contact ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String contactId() {
    return this.contactId;
  }

  /**
   * The <code>contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> contactIdField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.contactId) : JsonField.missing();
  }

  /**
   * Only return activities updated since this date and time.
   *
   * @return the value, or null when missing or null
   */
  public OffsetDateTime updatedSince() {
    return this.updatedSince;
  }

  /**
   * The <code>updated_since</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<OffsetDateTime> updatedSinceField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.updatedSince) : JsonField.missing();
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
    if (!(o instanceof ActivitiesFilter)) {
      return false;
    }
    ActivitiesFilter other = (ActivitiesFilter) o;
    return this.set0 == other.set0
        && Objects.equals(this.companyId, other.companyId)
        && Objects.equals(this.ownerId, other.ownerId)
        && Objects.equals(this.contactId, other.contactId)
        && Objects.equals(this.updatedSince, other.updatedSince)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.companyId);
    h = 31 * h + Objects.hashCode(this.ownerId);
    h = 31 * h + Objects.hashCode(this.contactId);
    h = 31 * h + Objects.hashCode(this.updatedSince);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ActivitiesFilter{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("contactId=").append(this.contactId);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("updatedSince=").append(this.updatedSince);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ActivitiesFilter}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String companyId;

    private String ownerId;

    private String contactId;

    private OffsetDateTime updatedSince;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ActivitiesFilter source) {
      this.companyId = source.companyId;
      this.ownerId = source.ownerId;
      this.contactId = source.contactId;
      this.updatedSince = source.updatedSince;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Company ID to filter on.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>company_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder companyIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "companyIdField: field must not be null");
      this.companyId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Owner ID to filter on.
     *
     * @param ownerId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder ownerId(String ownerId) {
      this.ownerId = ownerId;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>owner_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder ownerIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "ownerIdField: field must not be null");
      this.ownerId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Primary contact ID to filter on.
     *
     * @param contactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = contactId;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>contact_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder contactIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "contactIdField: field must not be null");
      this.contactId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Only return activities updated since this date and time.
     *
     * @param updatedSince the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder updatedSince(OffsetDateTime updatedSince) {
      this.updatedSince = updatedSince;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>updated_since</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder updatedSinceField(JsonField<OffsetDateTime> field) {
      Objects.requireNonNull(field, "updatedSinceField: field must not be null");
      this.updatedSince = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
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
    public ActivitiesFilter build() {
      return new ActivitiesFilter(this);
    }
  }

  /**
   * Streaming JSON codec of {@link ActivitiesFilter}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

    private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

    private static final SerializedString F_CONTACT_ID = new SerializedString("contact_id");

    private static final SerializedString F_UPDATED_SINCE = new SerializedString("updated_since");

    private Codec() {
    }

    /**
     * Reads one {@link ActivitiesFilter} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static ActivitiesFilter read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, ActivitiesFilter.class);
      ActivitiesFilter.Builder b = ActivitiesFilter.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "company_id":
              b.companyId = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "owner_id":
              b.ownerId = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "contact_id":
              b.contactId = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "updated_since":
              b.updatedSince = Codecs.readOffsetDateTime(p, ctxt);
              b.set0 |= 0x8L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, ActivitiesFilter.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link ActivitiesFilter}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ActivitiesFilter value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_COMPANY_ID);
        Codecs.writeString(g, provider, value.companyId);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_OWNER_ID);
        Codecs.writeString(g, provider, value.ownerId);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_CONTACT_ID);
        Codecs.writeString(g, provider, value.contactId);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_UPDATED_SINCE);
        Codecs.writeOffsetDateTime(g, provider, value.updatedSince);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link ActivitiesFilter}.
     */
    public static final class Deserializer extends StdDeserializer<ActivitiesFilter> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ActivitiesFilter.class);
      }

      @Override
      public ActivitiesFilter deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ActivitiesFilter}.
     */
    public static final class Serializer extends StdSerializer<ActivitiesFilter> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ActivitiesFilter.class);
      }

      @Override
      public void serialize(ActivitiesFilter value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
