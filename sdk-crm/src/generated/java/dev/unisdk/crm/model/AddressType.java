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
 * The type of address.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = AddressType.Codec.Serializer.class
)
@JsonDeserialize(
    using = AddressType.Codec.Deserializer.class
)
public final class AddressType extends OpenEnum {
  /**
   * The value <code>primary</code>.
   */
  public static final AddressType PRIMARY = new AddressType("primary", true);

  /**
   * The value <code>secondary</code>.
   */
  public static final AddressType SECONDARY = new AddressType("secondary", true);

  /**
   * The value <code>home</code>.
   */
  public static final AddressType HOME = new AddressType("home", true);

  /**
   * The value <code>office</code>.
   */
  public static final AddressType OFFICE = new AddressType("office", true);

  /**
   * The value <code>shipping</code>.
   */
  public static final AddressType SHIPPING = new AddressType("shipping", true);

  /**
   * The value <code>billing</code>.
   */
  public static final AddressType BILLING = new AddressType("billing", true);

  /**
   * The value <code>other</code>.
   */
  public static final AddressType OTHER = new AddressType("other", true);

  private static final List<AddressType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(PRIMARY, SECONDARY, HOME, OFFICE, SHIPPING, BILLING, OTHER));

  private AddressType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static AddressType of(String value) {
    switch (value) {
      case "primary": return PRIMARY;
      case "secondary": return SECONDARY;
      case "home": return HOME;
      case "office": return OFFICE;
      case "shipping": return SHIPPING;
      case "billing": return BILLING;
      case "other": return OTHER;
      default: return new AddressType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<AddressType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link AddressType}; not public API.
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
    static AddressType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : AddressType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, AddressType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link AddressType}.
     */
    public static final class Deserializer extends StdDeserializer<AddressType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(AddressType.class);
      }

      @Override
      public AddressType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link AddressType}.
     */
    public static final class Serializer extends StdSerializer<AddressType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(AddressType.class);
      }

      @Override
      public void serialize(AddressType value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
