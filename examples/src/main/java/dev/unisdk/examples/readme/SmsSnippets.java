package dev.unisdk.examples.readme;

import dev.unisdk.sms.MessageListParams;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;

/** README: SMS quick start. */
final class SmsSnippets {
  private SmsSnippets() {}

  static Message sendListGet(SmsClient sms) {
    String id = sms.messages().create(Message.builder()
        .from("+15017122661").to("+15558675310").body("Your order has shipped.").type(MessageType.SMS)
        .build()).id();
    for (Message m : sms.messages().list(MessageListParams.builder().limit(50).build())) {
      System.out.println(m.id() + " " + m.status());
    }
    Message sent = sms.messages().get(id);
    return sent;
  }
}
