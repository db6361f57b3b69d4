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
 * The type of bank account.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = BankAccountType.Codec.Serializer.class
)
@JsonDeserialize(
    using = BankAccountType.Codec.Deserializer.class
)
public final class BankAccountType extends OpenEnum {
  /**
   * The value <code>bank_account</code>.
   */
  public static final BankAccountType BANK_ACCOUNT = new BankAccountType("bank_account", true);

  /**
   * The value <code>credit_card</code>.
   */
  public static final BankAccountType CREDIT_CARD = new BankAccountType("credit_card", true);

  /**
   * The value <code>other</code>.
   */
  public static final BankAccountType OTHER = new BankAccountType("other", true);

  private static final List<BankAccountType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(BANK_ACCOUNT, CREDIT_CARD, OTHER));

  private BankAccountType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static BankAccountType of(String value) {
    switch (value) {
      case "bank_account": return BANK_ACCOUNT;
      case "credit_card": return CREDIT_CARD;
      case "other": return OTHER;
      default: return new BankAccountType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<BankAccountType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link BankAccountType}; not public API.
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
    static BankAccountType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : BankAccountType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, BankAccountType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link BankAccountType}.
     */
    public static final class Deserializer extends StdDeserializer<BankAccountType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(BankAccountType.class);
      }

      @Override
      public BankAccountType deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link BankAccountType}.
     */
    public static final class Serializer extends StdSerializer<BankAccountType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(BankAccountType.class);
      }

      @Override
      public void serialize(BankAccountType value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
