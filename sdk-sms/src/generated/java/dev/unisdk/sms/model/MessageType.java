// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

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
 * Set to sms for SMS messages and mms for MMS messages.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = MessageType.Codec.Serializer.class
)
@JsonDeserialize(
    using = MessageType.Codec.Deserializer.class
)
public final class MessageType extends OpenEnum {
  /**
   * The value <code>sms</code>.
   */
  public static final MessageType SMS = new MessageType("sms", true);

  /**
   * The value <code>mms</code>.
   */
  public static final MessageType MMS = new MessageType("mms", true);

  private static final List<MessageType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(SMS, MMS));

  private MessageType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static MessageType of(String value) {
    switch (value) {
      case "sms": return SMS;
      case "mms": return MMS;
      default: return new MessageType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<MessageType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link MessageType}; not public API.
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
    static MessageType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : MessageType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, MessageType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link MessageType}.
     */
    public static final class Deserializer extends StdDeserializer<MessageType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(MessageType.class);
      }

      @Override
      public MessageType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link MessageType}.
     */
    public static final class Serializer extends StdSerializer<MessageType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(MessageType.class);
      }

      @Override
      public void serialize(MessageType value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
