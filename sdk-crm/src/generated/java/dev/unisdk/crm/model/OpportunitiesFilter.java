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
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filter for listing opportunities: `filter[&lt;field&gt;]=&lt;value&gt;` (deepObject).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = OpportunitiesFilter.Codec.Serializer.class
)
@JsonDeserialize(
    using = OpportunitiesFilter.Codec.Deserializer.class
)
public final class OpportunitiesFilter {
  private final String title;

  private final String status;

  private final BigDecimal monetaryAmount;

  private final BigDecimal winProbability;

  private final String companyId;

  private final String ownerId;

  private final String primaryContactId;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private OpportunitiesFilter(Builder b) {
    this.title = b.title;
    this.status = b.status;
    this.monetaryAmount = b.monetaryAmount;
    this.winProbability = b.winProbability;
    this.companyId = b.companyId;
    this.ownerId = b.ownerId;
    this.primaryContactId = b.primaryContactId;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Title of the opportunity to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String title() {
    return this.title;
  }

  /**
   * The <code>title</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> titleField() {
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.title) : JsonField.missing();
  }

  /**
   * Status to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String status() {
    return this.status;
  }

  /**
   * The <code>status</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> statusField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.status) : JsonField.missing();
  }

  /**
   * Monetary amount to filter on.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal monetaryAmount() {
    return this.monetaryAmount;
  }

  /**
   * The <code>monetary_amount</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> monetaryAmountField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.monetaryAmount) : JsonField.missing();
  }

  /**
   * Win probability to filter on.
   *
   * @return the value, or null when missing or null
   */
  public BigDecimal winProbability() {
    return this.winProbability;
  }

  /**
   * The <code>win_probability</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<BigDecimal> winProbabilityField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.winProbability) : JsonField.missing();
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
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.companyId) : JsonField.missing();
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
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.ownerId) : JsonField.missing();
  }

  /**
   * Primary contact ID to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String primaryContactId() {
    return this.primaryContactId;
  }

  /**
   * The <code>primary_contact_id</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> primaryContactIdField() {
    return (this.set0 & 0x40L) != 0 ? JsonField.of(this.primaryContactId) : JsonField.missing();
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
    if (!(o instanceof OpportunitiesFilter)) {
      return false;
    }
    OpportunitiesFilter other = (OpportunitiesFilter) o;
    return this.set0 == other.set0
        && Objects.equals(this.title, other.title)
        && Objects.equals(this.status, other.status)
        && Objects.equals(this.monetaryAmount, other.monetaryAmount)
        && Objects.equals(this.winProbability, other.winProbability)
        && Objects.equals(this.companyId, other.companyId)
        && Objects.equals(this.ownerId, other.ownerId)
        && Objects.equals(this.primaryContactId, other.primaryContactId)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.title);
    h = 31 * h + Objects.hashCode(this.status);
    h = 31 * h + Objects.hashCode(this.monetaryAmount);
    h = 31 * h + Objects.hashCode(this.winProbability);
    h = 31 * h + Objects.hashCode(this.companyId);
    h = 31 * h + Objects.hashCode(this.ownerId);
    h = 31 * h + Objects.hashCode(this.primaryContactId);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("OpportunitiesFilter{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("title=").append(this.title);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("status=").append(this.status);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("monetaryAmount=").append(this.monetaryAmount);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("winProbability=").append(this.winProbability);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("ownerId=").append(this.ownerId);
      sep = ", ";
    }
    if ((this.set0 & 0x40L) != 0) {
      sb.append(sep).append("primaryContactId=").append(this.primaryContactId);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link OpportunitiesFilter}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String title;

    private String status;

    private BigDecimal monetaryAmount;

    private BigDecimal winProbability;

    private String companyId;

    private String ownerId;

    private String primaryContactId;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(OpportunitiesFilter source) {
      this.title = source.title;
      this.status = source.status;
      this.monetaryAmount = source.monetaryAmount;
      this.winProbability = source.winProbability;
      this.companyId = source.companyId;
      this.ownerId = source.ownerId;
      this.primaryContactId = source.primaryContactId;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Title of the opportunity to filter on.
     *
     * @param title the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      this.set0 |= 0x1L;
      return this;
    }

    /**
     * Sets <code>title</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder titleField(JsonField<String> field) {
      Objects.requireNonNull(field, "titleField: field must not be null");
      this.title = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * Status to filter on.
     *
     * @param status the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder status(String status) {
      this.status = status;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>status</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder statusField(JsonField<String> field) {
      Objects.requireNonNull(field, "statusField: field must not be null");
      this.status = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Monetary amount to filter on.
     *
     * @param monetaryAmount the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder monetaryAmount(BigDecimal monetaryAmount) {
      this.monetaryAmount = monetaryAmount;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>monetary_amount</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder monetaryAmountField(JsonField<BigDecimal> field) {
      Objects.requireNonNull(field, "monetaryAmountField: field must not be null");
      this.monetaryAmount = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * Win probability to filter on.
     *
     * @param winProbability the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder winProbability(BigDecimal winProbability) {
      this.winProbability = winProbability;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>win_probability</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder winProbabilityField(JsonField<BigDecimal> field) {
      Objects.requireNonNull(field, "winProbabilityField: field must not be null");
      this.winProbability = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Company ID to filter on.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      this.set0 |= 0x10L;
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
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
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
      this.set0 |= 0x20L;
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
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
      }
      return this;
    }

    /**
     * Primary contact ID to filter on.
     *
     * @param primaryContactId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder primaryContactId(String primaryContactId) {
      this.primaryContactId = primaryContactId;
      this.set0 |= 0x40L;
      return this;
    }

    /**
     * Sets <code>primary_contact_id</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder primaryContactIdField(JsonField<String> field) {
      Objects.requireNonNull(field, "primaryContactIdField: field must not be null");
      this.primaryContactId = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x40L;
      } else {
        this.set0 |= 0x40L;
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
    public OpportunitiesFilter build() {
      return new OpportunitiesFilter(this);
    }
  }

  /**
   * Streaming JSON codec of {@link OpportunitiesFilter}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_TITLE = new SerializedString("title");

    private static final SerializedString F_STATUS = new SerializedString("status");

    private static final SerializedString F_MONETARY_AMOUNT = new SerializedString("monetary_amount");

    private static final SerializedString F_WIN_PROBABILITY = new SerializedString("win_probability");

    private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

    private static final SerializedString F_OWNER_ID = new SerializedString("owner_id");

    private static final SerializedString F_PRIMARY_CONTACT_ID = new SerializedString("primary_contact_id");

    private Codec() {
    }

    /**
     * Reads one {@link OpportunitiesFilter} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static OpportunitiesFilter read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, OpportunitiesFilter.class);
      OpportunitiesFilter.Builder b = OpportunitiesFilter.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "title":
              b.title = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "status":
              b.status = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "monetary_amount":
              b.monetaryAmount = Codecs.readBigDecimal(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "win_probability":
              b.winProbability = Codecs.readBigDecimal(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "company_id":
              b.companyId = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "owner_id":
              b.ownerId = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            case "primary_contact_id":
              b.primaryContactId = Codecs.readString(p, ctxt);
              b.set0 |= 0x40L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, OpportunitiesFilter.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link OpportunitiesFilter}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, OpportunitiesFilter value)
        throws IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_TITLE);
        Codecs.writeString(g, provider, value.title);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_STATUS);
        Codecs.writeString(g, provider, value.status);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_MONETARY_AMOUNT);
        Codecs.writeBigDecimal(g, provider, value.monetaryAmount);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_WIN_PROBABILITY);
        Codecs.writeBigDecimal(g, provider, value.winProbability);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_COMPANY_ID);
        Codecs.writeString(g, provider, value.companyId);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_OWNER_ID);
        Codecs.writeString(g, provider, value.ownerId);
      }
      if ((value.set0 & 0x40L) != 0) {
        g.writeFieldName(F_PRIMARY_CONTACT_ID);
        Codecs.writeString(g, provider, value.primaryContactId);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link OpportunitiesFilter}.
     */
    public static final class Deserializer extends StdDeserializer<OpportunitiesFilter> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(OpportunitiesFilter.class);
      }

      @Override
      public OpportunitiesFilter deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link OpportunitiesFilter}.
     */
    public static final class Serializer extends StdSerializer<OpportunitiesFilter> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(OpportunitiesFilter.class);
      }

      @Override
      public void serialize(OpportunitiesFilter value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
