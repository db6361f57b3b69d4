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
 * The direction of the message.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = MessageDirection.Codec.Serializer.class
)
@JsonDeserialize(
    using = MessageDirection.Codec.Deserializer.class
)
public final class MessageDirection extends OpenEnum {
  /**
   * The value <code>inbound</code>.
   */
  public static final MessageDirection INBOUND = new MessageDirection("inbound", true);

  /**
   * The value <code>outbound-api</code>.
   */
  public static final MessageDirection OUTBOUND_API = new MessageDirection("outbound-api", true);

  /**
   * The value <code>outbound-call</code>.
   */
  public static final MessageDirection OUTBOUND_CALL = new MessageDirection("outbound-call", true);

  /**
   * The value <code>outbound-reply</code>.
   */
  public static final MessageDirection OUTBOUND_REPLY = new MessageDirection("outbound-reply", true);

  /**
   * The value <code>unknown</code>.
   */
  public static final MessageDirection UNKNOWN = new MessageDirection("unknown", true);

  private static final List<MessageDirection> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(INBOUND, OUTBOUND_API, OUTBOUND_CALL, OUTBOUND_REPLY, UNKNOWN));

  private MessageDirection(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static MessageDirection of(String value) {
    switch (value) {
      case "inbound": return INBOUND;
      case "outbound-api": return OUTBOUND_API;
      case "outbound-call": return OUTBOUND_CALL;
      case "outbound-reply": return OUTBOUND_REPLY;
      case "unknown": return UNKNOWN;
      default: return new MessageDirection(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<MessageDirection> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link MessageDirection}; not public API.
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
    static MessageDirection read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : MessageDirection.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, MessageDirection value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link MessageDirection}.
     */
    public static final class Deserializer extends StdDeserializer<MessageDirection> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(MessageDirection.class);
      }

      @Override
      public MessageDirection deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link MessageDirection}.
     */
    public static final class Serializer extends StdSerializer<MessageDirection> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(MessageDirection.class);
      }

      @Override
      public void serialize(MessageDirection value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
