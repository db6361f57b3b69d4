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
 * The gender of the contact.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = Gender.Codec.Serializer.class
)
@JsonDeserialize(
    using = Gender.Codec.Deserializer.class
)
public final class Gender extends OpenEnum {
  /**
   * The value <code>male</code>.
   */
  public static final Gender MALE = new Gender("male", true);

  /**
   * The value <code>female</code>.
   */
  public static final Gender FEMALE = new Gender("female", true);

  /**
   * The value <code>unisex</code>.
   */
  public static final Gender UNISEX = new Gender("unisex", true);

  private static final List<Gender> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(MALE, FEMALE, UNISEX));

  private Gender(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static Gender of(String value) {
    switch (value) {
      case "male": return MALE;
      case "female": return FEMALE;
      case "unisex": return UNISEX;
      default: return new Gender(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<Gender> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link Gender}; not public API.
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
    static Gender read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : Gender.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Gender value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link Gender}.
     */
    public static final class Deserializer extends StdDeserializer<Gender> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Gender.class);
      }

      @Override
      public Gender deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Gender}.
     */
    public static final class Serializer extends StdSerializer<Gender> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Gender.class);
      }

      @Override
      public void serialize(Gender value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
