// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.BankAccountType;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link BankAccountType}; not public API.
 */
public final class BankAccountTypeCodec {
  private BankAccountTypeCodec() {
  }

  /**
   * Reads a value; unknown values are kept, JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the value or null
   * @throws IOException when the value is an object or array
   */
  public static BankAccountType read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
  public static void write(JsonGenerator g, SerializerProvider provider, BankAccountType value)
      throws IOException {
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
