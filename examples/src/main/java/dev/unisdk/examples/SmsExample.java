package dev.unisdk.examples;

import dev.unisdk.sms.MessageListParams;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Apideck SMS: send a message, list messages, get the one sent.
 *
 * <p>Real service: set {@code APIDECK_API_KEY}, {@code APIDECK_APP_ID}, {@code APIDECK_CONSUMER_ID}
 * (the consumer needs an SMS connector, e.g. Twilio; numbers below are Twilio's test numbers).
 */
public final class SmsExample {
  private SmsExample() {}

  /** Runs the example on its own. */
  public static void main(String[] args) {
    ExampleContext.runMain("SmsExample", SmsExample::run);
  }

  /** The example's steps. */
  public static void run(ExampleContext ctx) {
    SmsClient sms = ctx.unisdk().sms();

    String id = sms.messages().create(Message.builder()
        .from("+15017122661")
        .to("+15558675310")
        .body("Your order has shipped.")
        .type(MessageType.SMS)
        .reference("order-1042")
        .build()).id();
    ctx.say("sent message %s", id);

    List<Message> recent = sms.messages().list(MessageListParams.builder().limit(20).build())
        .stream().limit(5).collect(Collectors.toList());
    ctx.say("listed %d messages: %s", recent.size(),
        recent.stream().map(m -> m.id() + " to " + m.to()).collect(Collectors.toList()));
    ctx.check(!recent.isEmpty(), "at least one message in the list");

    Message sent = sms.messages().get(id);
    ctx.say("got message %s: to=%s, body=\"%s\", status=%s", sent.id(), sent.to(), sent.body(), sent.status());
    ctx.check("Your order has shipped.".equals(sent.body()), "the body we sent");
  }
}
