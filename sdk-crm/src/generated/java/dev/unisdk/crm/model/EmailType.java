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
 * The type of email address.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = EmailType.Codec.Serializer.class
)
@JsonDeserialize(
    using = EmailType.Codec.Deserializer.class
)
public final class EmailType extends OpenEnum {
  /**
   * The value <code>primary</code>.
   */
  public static final EmailType PRIMARY = new EmailType("primary", true);

  /**
   * The value <code>secondary</code>.
   */
  public static final EmailType SECONDARY = new EmailType("secondary", true);

  /**
   * The value <code>work</code>.
   */
  public static final EmailType WORK = new EmailType("work", true);

  /**
   * The value <code>personal</code>.
   */
  public static final EmailType PERSONAL = new EmailType("personal", true);

  /**
   * The value <code>billing</code>.
   */
  public static final EmailType BILLING = new EmailType("billing", true);

  /**
   * The value <code>other</code>.
   */
  public static final EmailType OTHER = new EmailType("other", true);

  private static final List<EmailType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(PRIMARY, SECONDARY, WORK, PERSONAL, BILLING, OTHER));

  private EmailType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static EmailType of(String value) {
    switch (value) {
      case "primary": return PRIMARY;
      case "secondary": return SECONDARY;
      case "work": return WORK;
      case "personal": return PERSONAL;
      case "billing": return BILLING;
      case "other": return OTHER;
      default: return new EmailType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<EmailType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link EmailType}; not public API.
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
    static EmailType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : EmailType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, EmailType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link EmailType}.
     */
    public static final class Deserializer extends StdDeserializer<EmailType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(EmailType.class);
      }

      @Override
      public EmailType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link EmailType}.
     */
    public static final class Serializer extends StdSerializer<EmailType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(EmailType.class);
      }

      @Override
      public void serialize(EmailType value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
