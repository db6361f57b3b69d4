// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.core.model.internal.Codecs;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of the contact.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ContactType.Codec.Serializer.class
)
@JsonDeserialize(
    using = ContactType.Codec.Deserializer.class
)
public final class ContactType extends OpenEnum {
  /**
   * The value <code>customer</code>.
   */
  public static final ContactType CUSTOMER = new ContactType("customer", true);

  /**
   * The value <code>supplier</code>.
   */
  public static final ContactType SUPPLIER = new ContactType("supplier", true);

  /**
   * The value <code>employee</code>.
   */
  public static final ContactType EMPLOYEE = new ContactType("employee", true);

  /**
   * The value <code>personal</code>.
   */
  public static final ContactType PERSONAL = new ContactType("personal", true);

  private static final List<ContactType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CUSTOMER, SUPPLIER, EMPLOYEE, PERSONAL));

  private ContactType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ContactType of(String value) {
    switch (value) {
      case "customer": return CUSTOMER;
      case "supplier": return SUPPLIER;
      case "employee": return EMPLOYEE;
      case "personal": return PERSONAL;
      default: return new ContactType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ContactType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link ContactType}; not public API.
   */
  static final class Codec {
    private Codec() {
    }

    /**
     * Reads a value; unknown values are kept, JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the value or null
     * @throws IOException when the value is an object or array
     */
    static ContactType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : ContactType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ContactType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link ContactType}.
     */
    public static final class Deserializer extends StdDeserializer<ContactType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ContactType.class);
      }

      @Override
      public ContactType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ContactType}.
     */
    public static final class Serializer extends StdSerializer<ContactType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ContactType.class);
      }

      @Override
      public void serialize(ContactType value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
