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
 * Status of the delivery of the message.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = MessageStatus.Codec.Serializer.class
)
@JsonDeserialize(
    using = MessageStatus.Codec.Deserializer.class
)
public final class MessageStatus extends OpenEnum {
  /**
   * The value <code>accepted</code>.
   */
  public static final MessageStatus ACCEPTED = new MessageStatus("accepted", true);

  /**
   * The value <code>scheduled</code>.
   */
  public static final MessageStatus SCHEDULED = new MessageStatus("scheduled", true);

  /**
   * The value <code>canceled</code>.
   */
  public static final MessageStatus CANCELED = new MessageStatus("canceled", true);

  /**
   * The value <code>queued</code>.
   */
  public static final MessageStatus QUEUED = new MessageStatus("queued", true);

  /**
   * The value <code>sending</code>.
   */
  public static final MessageStatus SENDING = new MessageStatus("sending", true);

  /**
   * The value <code>sent</code>.
   */
  public static final MessageStatus SENT = new MessageStatus("sent", true);

  /**
   * The value <code>failed</code>.
   */
  public static final MessageStatus FAILED = new MessageStatus("failed", true);

  /**
   * The value <code>delivered</code>.
   */
  public static final MessageStatus DELIVERED = new MessageStatus("delivered", true);

  /**
   * The value <code>undelivered</code>.
   */
  public static final MessageStatus UNDELIVERED = new MessageStatus("undelivered", true);

  /**
   * The value <code>receiving</code>.
   */
  public static final MessageStatus RECEIVING = new MessageStatus("receiving", true);

  /**
   * The value <code>received</code>.
   */
  public static final MessageStatus RECEIVED = new MessageStatus("received", true);

  /**
   * The value <code>read</code>.
   */
  public static final MessageStatus READ = new MessageStatus("read", true);

  private static final List<MessageStatus> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(ACCEPTED, SCHEDULED, CANCELED, QUEUED, SENDING, SENT, FAILED, DELIVERED, UNDELIVERED, RECEIVING, RECEIVED, READ));

  private MessageStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static MessageStatus of(String value) {
    switch (value) {
      case "accepted": return ACCEPTED;
      case "scheduled": return SCHEDULED;
      case "canceled": return CANCELED;
      case "queued": return QUEUED;
      case "sending": return SENDING;
      case "sent": return SENT;
      case "failed": return FAILED;
      case "delivered": return DELIVERED;
      case "undelivered": return UNDELIVERED;
      case "receiving": return RECEIVING;
      case "received": return RECEIVED;
      case "read": return READ;
      default: return new MessageStatus(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<MessageStatus> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link MessageStatus}; not public API.
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
    static MessageStatus read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : MessageStatus.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, MessageStatus value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link MessageStatus}.
     */
    public static final class Deserializer extends StdDeserializer<MessageStatus> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(MessageStatus.class);
      }

      @Override
      public MessageStatus deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link MessageStatus}.
     */
    public static final class Serializer extends StdSerializer<MessageStatus> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(MessageStatus.class);
      }

      @Override
      public void serialize(MessageStatus value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
