package dev.unisdk.sms.internal;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;

/** The documented limits of a message body, checked before a request is sent. Not API. */
public final class MessageChecks {
  /** The longest message text the API accepts. */
  public static final int MAX_BODY_LENGTH = 1600;

  private MessageChecks() {}

  /**
   * Checks a create body: {@code from}, {@code to} and {@code body} required, body at most 1600
   * characters, {@code type} sms or mms.
   *
   * @param m the message
   */
  public static void forCreate(Message m) {
    RequestChecks.forCreate(m);
    limits(m);
  }

  /**
   * Checks an update body: fields that are set obey the create rules; required ones cannot be cleared.
   *
   * @param m the changes
   */
  public static void forUpdate(Message m) {
    RequestChecks.forUpdate(m);
    limits(m);
  }

  private static void limits(Message m) {
    String body = m.body();
    // characters are code points (as JSON Schema's maxLength counts them): an emoji is one, not two
    int length = body == null ? 0 : body.codePointCount(0, body.length());
    if (length > MAX_BODY_LENGTH) {
      throw new ValidationException("body", "must be at most " + MAX_BODY_LENGTH + " characters (was "
          + length + ")");
    }
    MessageType type = m.type();
    if (type != null && !type.isKnown()) {
      throw new ValidationException("type", "must be sms or mms (was \"" + type.value() + "\")");
    }
  }
}
