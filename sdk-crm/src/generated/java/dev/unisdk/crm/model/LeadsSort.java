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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sort for listing leads: `sort[by]=&lt;field&gt;&amp;sort[direction]=asc|desc` (deepObject).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = LeadsSort.Codec.Serializer.class
)
@JsonDeserialize(
    using = LeadsSort.Codec.Deserializer.class
)
public final class LeadsSort {
  private final LeadsSortBy by;

  private final SortDirection direction;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private LeadsSort(Builder b) {
    this.by = b.by;
    this.direction = b.direction;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * The field on which to sort the leads.
   *
   * @return the value, or null when missing or null
   */
  public LeadsSortBy by() {
    return this.by;
  }

  /**
   * The <code>by</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<LeadsSortBy> byField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.by) : JsonField.missing();
  }

  /**
   * The direction in which to sort the results.
   *
   * @return the value, or null when missing or null
   */
  public SortDirection direction() {
    return this.direction;
  }

  /**
   * The <code>direction</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<SortDirection> directionField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.direction) : JsonField.missing();
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
    if (!(o instanceof LeadsSort)) {
      return false;
    }
    LeadsSort other = (LeadsSort) o;
    return this.set0 == other.set0
        && Objects.equals(this.by, other.by)
        && Objects.equals(this.direction, other.direction)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.by);
    h = 31 * h + Objects.hashCode(this.direction);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("LeadsSort{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("by=").append(this.by);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("direction=").append(this.direction);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link LeadsSort}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private LeadsSortBy by;

    private SortDirection direction;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(LeadsSort source) {
      this.by = source.by;
      this.direction = source.direction;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * The field on which to sort the leads.
     *
     * @param by the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder by(LeadsSortBy by) {
      this.by = by;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>by</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder byField(JsonField<LeadsSortBy> field) {
      Objects.requireNonNull(field, "byField: field must not be null");
      this.by = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * The direction in which to sort the results.
     *
     * @param direction the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder direction(SortDirection direction) {
      this.direction = direction;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>direction</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder directionField(JsonField<SortDirection> field) {
      Objects.requireNonNull(field, "directionField: field must not be null");
      this.direction = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
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
    public LeadsSort build() {
      return new LeadsSort(this);
    }
  }

  /**
   * Streaming JSON codec of {@link LeadsSort}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_BY = new SerializedString("by");

    private static final SerializedString F_DIRECTION = new SerializedString("direction");

    private Codec() {
    }

    /**
     * Reads one {@link LeadsSort} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static LeadsSort read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, LeadsSort.class);
      LeadsSort.Builder b = LeadsSort.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "by":
              b.by = LeadsSortBy.Codec.read(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "direction":
              b.direction = SortDirection.Codec.read(p, ctxt);
              b.set0 |= 0x2L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, LeadsSort.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link LeadsSort}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, LeadsSort value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_BY);
        LeadsSortBy.Codec.write(g, provider, value.by);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_DIRECTION);
        SortDirection.Codec.write(g, provider, value.direction);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link LeadsSort}.
     */
    public static final class Deserializer extends StdDeserializer<LeadsSort> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(LeadsSort.class);
      }

      @Override
      public LeadsSort deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link LeadsSort}.
     */
    public static final class Serializer extends StdSerializer<LeadsSort> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(LeadsSort.class);
      }

      @Override
      public void serialize(LeadsSort value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
