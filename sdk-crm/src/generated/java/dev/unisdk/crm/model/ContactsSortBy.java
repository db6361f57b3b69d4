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
 * The field on which to sort the contacts.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ContactsSortBy.Codec.Serializer.class
)
@JsonDeserialize(
    using = ContactsSortBy.Codec.Deserializer.class
)
public final class ContactsSortBy extends OpenEnum {
  /**
   * The value <code>created_at</code>.
   */
  public static final ContactsSortBy CREATED_AT = new ContactsSortBy("created_at", true);

  /**
   * The value <code>updated_at</code>.
   */
  public static final ContactsSortBy UPDATED_AT = new ContactsSortBy("updated_at", true);

  /**
   * The value <code>name</code>.
   */
  public static final ContactsSortBy NAME = new ContactsSortBy("name", true);

  /**
   * The value <code>first_name</code>.
   */
  public static final ContactsSortBy FIRST_NAME = new ContactsSortBy("first_name", true);

  /**
   * The value <code>last_name</code>.
   */
  public static final ContactsSortBy LAST_NAME = new ContactsSortBy("last_name", true);

  /**
   * The value <code>email</code>.
   */
  public static final ContactsSortBy EMAIL = new ContactsSortBy("email", true);

  private static final List<ContactsSortBy> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CREATED_AT, UPDATED_AT, NAME, FIRST_NAME, LAST_NAME, EMAIL));

  private ContactsSortBy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ContactsSortBy of(String value) {
    switch (value) {
      case "created_at": return CREATED_AT;
      case "updated_at": return UPDATED_AT;
      case "name": return NAME;
      case "first_name": return FIRST_NAME;
      case "last_name": return LAST_NAME;
      case "email": return EMAIL;
      default: return new ContactsSortBy(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ContactsSortBy> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link ContactsSortBy}; not public API.
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
    static ContactsSortBy read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : ContactsSortBy.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ContactsSortBy value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link ContactsSortBy}.
     */
    public static final class Deserializer extends StdDeserializer<ContactsSortBy> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ContactsSortBy.class);
      }

      @Override
      public ContactsSortBy deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ContactsSortBy}.
     */
    public static final class Serializer extends StdSerializer<ContactsSortBy> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ContactsSortBy.class);
      }

      @Override
      public void serialize(ContactsSortBy value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
