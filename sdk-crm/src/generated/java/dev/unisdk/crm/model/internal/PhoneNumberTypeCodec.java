// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.PhoneNumberType;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link PhoneNumberType}; not public API.
 */
public final class PhoneNumberTypeCodec {
  private PhoneNumberTypeCodec() {
  }

  /**
   * Reads a value; unknown values are kept, JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the value or null
   * @throws IOException when the value is an object or array
   */
  public static PhoneNumberType read(JsonParser p, DeserializationContext ctxt) throws IOException {
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
  public static void write(JsonGenerator g, SerializerProvider provider, PhoneNumberType value)
      throws IOException {
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
