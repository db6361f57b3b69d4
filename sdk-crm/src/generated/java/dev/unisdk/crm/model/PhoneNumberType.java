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
 * The type of phone number.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = PhoneNumberType.Codec.Serializer.class
)
@JsonDeserialize(
    using = PhoneNumberType.Codec.Deserializer.class
)
public final class PhoneNumberType extends OpenEnum {
  /**
   * The value <code>primary</code>.
   */
  public static final PhoneNumberType PRIMARY = new PhoneNumberType("primary", true);

  /**
   * The value <code>secondary</code>.
   */
  public static final PhoneNumberType SECONDARY = new PhoneNumberType("secondary", true);

  /**
   * The value <code>home</code>.
   */
  public static final PhoneNumberType HOME = new PhoneNumberType("home", true);

  /**
   * The value <code>work</code>.
   */
  public static final PhoneNumberType WORK = new PhoneNumberType("work", true);

  /**
   * The value <code>office</code>.
   */
  public static final PhoneNumberType OFFICE = new PhoneNumberType("office", true);

  /**
   * The value <code>mobile</code>.
   */
  public static final PhoneNumberType MOBILE = new PhoneNumberType("mobile", true);

  /**
   * The value <code>assistant</code>.
   */
  public static final PhoneNumberType ASSISTANT = new PhoneNumberType("assistant", true);

  /**
   * The value <code>fax</code>.
   */
  public static final PhoneNumberType FAX = new PhoneNumberType("fax", true);

  /**
   * The value <code>direct-dial-in</code>.
   */
  public static final PhoneNumberType DIRECT_DIAL_IN = new PhoneNumberType("direct-dial-in", true);

  /**
   * The value <code>personal</code>.
   */
  public static final PhoneNumberType PERSONAL = new PhoneNumberType("personal", true);

  /**
   * The value <code>other</code>.
   */
  public static final PhoneNumberType OTHER = new PhoneNumberType("other", true);

  private static final List<PhoneNumberType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(PRIMARY, SECONDARY, HOME, WORK, OFFICE, MOBILE, ASSISTANT, FAX, DIRECT_DIAL_IN, PERSONAL, OTHER));

  private PhoneNumberType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static PhoneNumberType of(String value) {
    switch (value) {
      case "primary": return PRIMARY;
      case "secondary": return SECONDARY;
      case "home": return HOME;
      case "work": return WORK;
      case "office": return OFFICE;
      case "mobile": return MOBILE;
      case "assistant": return ASSISTANT;
      case "fax": return FAX;
      case "direct-dial-in": return DIRECT_DIAL_IN;
      case "personal": return PERSONAL;
      case "other": return OTHER;
      default: return new PhoneNumberType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<PhoneNumberType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link PhoneNumberType}; not public API.
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
    static PhoneNumberType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : PhoneNumberType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, PhoneNumberType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link PhoneNumberType}.
     */
    public static final class Deserializer extends StdDeserializer<PhoneNumberType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(PhoneNumberType.class);
      }

      @Override
      public PhoneNumberType deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link PhoneNumberType}.
     */
    public static final class Serializer extends StdSerializer<PhoneNumberType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(PhoneNumberType.class);
      }

      @Override
      public void serialize(PhoneNumberType value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
