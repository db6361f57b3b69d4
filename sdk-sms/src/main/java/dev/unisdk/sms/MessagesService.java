package dev.unisdk.sms;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.sms.internal.MessageChecks;
import dev.unisdk.sms.model.Message;

/**
 * SMS and MMS messages: {@code /sms/messages} list, create (send), get, update ({@code PATCH}) and
 * delete, blocking and async. A create needs {@code from}, {@code to} and {@code body}; the body is at
 * most 1600 characters; {@code type} is {@code sms} or {@code mms}. Obtain it from
 * {@link SmsClient#messages()}.
 */
public final class MessagesService extends ApideckResourceService<Message, MessageListParams> {
  MessagesService(ApideckSession session) {
    super(session, Message.class, "sms", "messages");
  }

  /**
   * Checks a create body.
   *
   * @param body the message
   */
  @Override
  protected void validateCreate(Message body) {
    MessageChecks.forCreate(body);
  }

  /**
   * Checks an update body.
   *
   * @param body the changes
   */
  @Override
  protected void validateUpdate(Message body) {
    MessageChecks.forUpdate(body);
  }
}
