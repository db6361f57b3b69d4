// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.sms.model.internal.MessageTypeCodec;
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
    using = MessageTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = MessageTypeCodec.Deserializer.class
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
}
