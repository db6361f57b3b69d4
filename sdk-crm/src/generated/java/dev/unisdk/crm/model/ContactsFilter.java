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
 * Filter for listing contacts: `filter[&lt;field&gt;]=&lt;value&gt;` (deepObject).
 *
 * <p>Immutable; create with {@link #builder()}, change a copy with {@link #toBuilder()}.
 */
@JsonSerialize(
    using = ContactsFilter.Codec.Serializer.class
)
@JsonDeserialize(
    using = ContactsFilter.Codec.Deserializer.class
)
public final class ContactsFilter {
  private final String name;

  private final String firstName;

  private final String lastName;

  private final String email;

  private final String phoneNumber;

  private final String companyId;

  private final long set0;

  private final Map<String, JsonNode> additionalProperties;

  private ContactsFilter(Builder b) {
    this.name = b.name;
    this.firstName = b.firstName;
    this.lastName = b.lastName;
    this.email = b.email;
    this.phoneNumber = b.phoneNumber;
    this.companyId = b.companyId;
    this.set0 = b.set0;
    this.additionalProperties = b.additionalProperties == null || b.additionalProperties.isEmpty() ? Collections.<String, JsonNode>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /**
   * Name of the contact to filter on.
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
    return (this.set0 & 0x1L) != 0 ? JsonField.of(this.name) : JsonField.missing();
  }

  /**
   * First name of the contact to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String firstName() {
    return this.firstName;
  }

  /**
   * The <code>first_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> firstNameField() {
    return (this.set0 & 0x2L) != 0 ? JsonField.of(this.firstName) : JsonField.missing();
  }

  /**
   * Last name of the contact to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String lastName() {
    return this.lastName;
  }

  /**
   * The <code>last_name</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> lastNameField() {
    return (this.set0 & 0x4L) != 0 ? JsonField.of(this.lastName) : JsonField.missing();
  }

  /**
   * E-mail of the contact to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String email() {
    return this.email;
  }

  /**
   * The <code>email</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> emailField() {
    return (this.set0 & 0x8L) != 0 ? JsonField.of(this.email) : JsonField.missing();
  }

  /**
   * Phone number of the contact to filter on.
   *
   * @return the value, or null when missing or null
   */
  public String phoneNumber() {
    return this.phoneNumber;
  }

  /**
   * The <code>phone_number</code> field in its three states: missing, null or present.
   *
   * @return the field, never null
   */
  public JsonField<String> phoneNumberField() {
    return (this.set0 & 0x10L) != 0 ? JsonField.of(this.phoneNumber) : JsonField.missing();
  }

  /**
   * Unique identifier of the associated company of the contact to filter on.
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
    return (this.set0 & 0x20L) != 0 ? JsonField.of(this.companyId) : JsonField.missing();
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
    if (!(o instanceof ContactsFilter)) {
      return false;
    }
    ContactsFilter other = (ContactsFilter) o;
    return this.set0 == other.set0
        && Objects.equals(this.name, other.name)
        && Objects.equals(this.firstName, other.firstName)
        && Objects.equals(this.lastName, other.lastName)
        && Objects.equals(this.email, other.email)
        && Objects.equals(this.phoneNumber, other.phoneNumber)
        && Objects.equals(this.companyId, other.companyId)
        && this.additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    int h = 1;
    h = 31 * h + Long.hashCode(this.set0);
    h = 31 * h + Objects.hashCode(this.name);
    h = 31 * h + Objects.hashCode(this.firstName);
    h = 31 * h + Objects.hashCode(this.lastName);
    h = 31 * h + Objects.hashCode(this.email);
    h = 31 * h + Objects.hashCode(this.phoneNumber);
    h = 31 * h + Objects.hashCode(this.companyId);
    h = 31 * h + this.additionalProperties.hashCode();
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ContactsFilter{");
    String sep = "";
    if ((this.set0 & 0x1L) != 0) {
      sb.append(sep).append("name=").append(this.name);
      sep = ", ";
    }
    if ((this.set0 & 0x2L) != 0) {
      sb.append(sep).append("firstName=").append(this.firstName);
      sep = ", ";
    }
    if ((this.set0 & 0x4L) != 0) {
      sb.append(sep).append("lastName=").append(this.lastName);
      sep = ", ";
    }
    if ((this.set0 & 0x8L) != 0) {
      sb.append(sep).append("email=").append(this.email);
      sep = ", ";
    }
    if ((this.set0 & 0x10L) != 0) {
      sb.append(sep).append("phoneNumber=").append(this.phoneNumber);
      sep = ", ";
    }
    if ((this.set0 & 0x20L) != 0) {
      sb.append(sep).append("companyId=").append(this.companyId);
      sep = ", ";
    }
    if (!additionalProperties.isEmpty()) {
      sb.append(sep).append("additionalProperties=").append(additionalProperties);
    }
    return sb.append('}').toString();
  }

  /**
   * Builds {@link ContactsFilter}. A setter never called leaves its field missing (not sent);
   * a setter called with {@code null} sends an explicit JSON {@code null}; a {@code xxxField}
   * setter given {@link JsonField#missing()} makes the field missing again.
   */
  public static final class Builder {
    private String name;

    private String firstName;

    private String lastName;

    private String email;

    private String phoneNumber;

    private String companyId;

    private long set0;

    private Map<String, JsonNode> additionalProperties;

    private Builder() {
    }

    private Builder(ContactsFilter source) {
      this.name = source.name;
      this.firstName = source.firstName;
      this.lastName = source.lastName;
      this.email = source.email;
      this.phoneNumber = source.phoneNumber;
      this.companyId = source.companyId;
      this.set0 = source.set0;
      if (!source.additionalProperties.isEmpty()) {
        this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
      }
    }

    /**
     * Name of the contact to filter on.
     *
     * @param name the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      this.set0 |= 0x1L;
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
        this.set0 &= ~0x1L;
      } else {
        this.set0 |= 0x1L;
      }
      return this;
    }

    /**
     * First name of the contact to filter on.
     *
     * @param firstName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      this.set0 |= 0x2L;
      return this;
    }

    /**
     * Sets <code>first_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder firstNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "firstNameField: field must not be null");
      this.firstName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x2L;
      } else {
        this.set0 |= 0x2L;
      }
      return this;
    }

    /**
     * Last name of the contact to filter on.
     *
     * @param lastName the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      this.set0 |= 0x4L;
      return this;
    }

    /**
     * Sets <code>last_name</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder lastNameField(JsonField<String> field) {
      Objects.requireNonNull(field, "lastNameField: field must not be null");
      this.lastName = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x4L;
      } else {
        this.set0 |= 0x4L;
      }
      return this;
    }

    /**
     * E-mail of the contact to filter on.
     *
     * @param email the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      this.set0 |= 0x8L;
      return this;
    }

    /**
     * Sets <code>email</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder emailField(JsonField<String> field) {
      Objects.requireNonNull(field, "emailField: field must not be null");
      this.email = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x8L;
      } else {
        this.set0 |= 0x8L;
      }
      return this;
    }

    /**
     * Phone number of the contact to filter on.
     *
     * @param phoneNumber the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      this.set0 |= 0x10L;
      return this;
    }

    /**
     * Sets <code>phone_number</code> in one of its three states: {@link JsonField#missing()} (not sent, e.g. to
     * undo an earlier setter call), {@link JsonField#ofNull()} (sent as JSON null) or a value.
     *
     * @param field the field, not null
     * @return this builder
     * @throws NullPointerException when {@code field} is null
     */
    public Builder phoneNumberField(JsonField<String> field) {
      Objects.requireNonNull(field, "phoneNumberField: field must not be null");
      this.phoneNumber = field.value();
      if (field.isMissing()) {
        this.set0 &= ~0x10L;
      } else {
        this.set0 |= 0x10L;
      }
      return this;
    }

    /**
     * Unique identifier of the associated company of the contact to filter on.
     *
     * @param companyId the value; {@code null} sends an explicit JSON null
     * @return this builder
     */
    public Builder companyId(String companyId) {
      this.companyId = companyId;
      this.set0 |= 0x20L;
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
        this.set0 &= ~0x20L;
      } else {
        this.set0 |= 0x20L;
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
    public ContactsFilter build() {
      return new ContactsFilter(this);
    }
  }

  /**
   * Streaming JSON codec of {@link ContactsFilter}; not public API.
   */
  static final class Codec {
    private static final SerializedString F_NAME = new SerializedString("name");

    private static final SerializedString F_FIRST_NAME = new SerializedString("first_name");

    private static final SerializedString F_LAST_NAME = new SerializedString("last_name");

    private static final SerializedString F_EMAIL = new SerializedString("email");

    private static final SerializedString F_PHONE_NUMBER = new SerializedString("phone_number");

    private static final SerializedString F_COMPANY_ID = new SerializedString("company_id");

    private Codec() {
    }

    /**
     * Reads one {@link ContactsFilter} from a parser on its first token; JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the model or null
     * @throws IOException when a field cannot be decoded (its name is in the exception path)
     */
    static ContactsFilter read(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JsonToken t = Codecs.enterObject(p, ctxt, ContactsFilter.class);
      ContactsFilter.Builder b = ContactsFilter.builder();
      String field = null;
      try {
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          field = p.currentName();
          p.nextToken();
          switch (field) {
            case "name":
              b.name = Codecs.readString(p, ctxt);
              b.set0 |= 0x1L;
              break;
            case "first_name":
              b.firstName = Codecs.readString(p, ctxt);
              b.set0 |= 0x2L;
              break;
            case "last_name":
              b.lastName = Codecs.readString(p, ctxt);
              b.set0 |= 0x4L;
              break;
            case "email":
              b.email = Codecs.readString(p, ctxt);
              b.set0 |= 0x8L;
              break;
            case "phone_number":
              b.phoneNumber = Codecs.readString(p, ctxt);
              b.set0 |= 0x10L;
              break;
            case "company_id":
              b.companyId = Codecs.readString(p, ctxt);
              b.set0 |= 0x20L;
              break;
            default:
              b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
              break;
          }
        }
      } catch (JsonMappingException e) {
        throw Codecs.withField(e, ContactsFilter.class, field);
      }
      return b.build();
    }

    /**
     * Writes a {@link ContactsFilter}: missing fields are left out, read-only fields too when
     * writing a request body; null gives JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the model or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ContactsFilter value) throws
        IOException {
      if (value == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if ((value.set0 & 0x1L) != 0) {
        g.writeFieldName(F_NAME);
        Codecs.writeString(g, provider, value.name);
      }
      if ((value.set0 & 0x2L) != 0) {
        g.writeFieldName(F_FIRST_NAME);
        Codecs.writeString(g, provider, value.firstName);
      }
      if ((value.set0 & 0x4L) != 0) {
        g.writeFieldName(F_LAST_NAME);
        Codecs.writeString(g, provider, value.lastName);
      }
      if ((value.set0 & 0x8L) != 0) {
        g.writeFieldName(F_EMAIL);
        Codecs.writeString(g, provider, value.email);
      }
      if ((value.set0 & 0x10L) != 0) {
        g.writeFieldName(F_PHONE_NUMBER);
        Codecs.writeString(g, provider, value.phoneNumber);
      }
      if ((value.set0 & 0x20L) != 0) {
        g.writeFieldName(F_COMPANY_ID);
        Codecs.writeString(g, provider, value.companyId);
      }
      Codecs.writeAdditionalProperties(g, provider, value.additionalProperties);
      g.writeEndObject();
    }

    /**
     * Jackson deserializer of {@link ContactsFilter}.
     */
    public static final class Deserializer extends StdDeserializer<ContactsFilter> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ContactsFilter.class);
      }

      @Override
      public ContactsFilter deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ContactsFilter}.
     */
    public static final class Serializer extends StdSerializer<ContactsFilter> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ContactsFilter.class);
      }

      @Override
      public void serialize(ContactsFilter value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
