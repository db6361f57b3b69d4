// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.sms.model.internal.MessageDirectionCodec;
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
    using = MessageDirectionCodec.Serializer.class
)
@JsonDeserialize(
    using = MessageDirectionCodec.Deserializer.class
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
}
