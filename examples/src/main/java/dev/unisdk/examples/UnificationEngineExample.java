package dev.unisdk.examples;

import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.SendResult;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.UeAddress;
import dev.unisdk.unificationengine.model.DeliveryStatus;
import dev.unisdk.unificationengine.model.UeMessage;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import java.util.List;
import java.util.Map;

/**
 * UnificationEngine: create a user, add two connections, send one message through both, print the
 * result of each connection (an RSS feed cannot send, so the send is a partial success), delete the
 * user.
 *
 * <p>Real service: set {@code UE_APP_KEY}, {@code UE_APP_SECRET} and the connectors' access tokens
 * {@code UE_FACEBOOK_TOKEN} and {@code UE_RSS_TOKEN}.
 */
public final class UnificationEngineExample {
  private UnificationEngineExample() {}

  /** Runs the example on its own. */
  public static void main(String[] args) {
    ExampleContext.runMain("UnificationEngineExample", UnificationEngineExample::run);
  }

  /** The example's steps. */
  public static void run(ExampleContext ctx) {
    UnificationEngineClient ue = ctx.unisdk().unificationEngine();

    UeUser user = ue.users().create();
    ctx.say("created user %s", user); // toString() masks the user's secret
    UserSession me = ue.asUser(user);

    me.connections().add("facebook", ConnectorUri.of("facebook", token("UE_FACEBOOK_TOKEN", "fake-facebook-token")));
    me.connections().add("rss", ConnectorUri.of("rss", token("UE_RSS_TOKEN", "fake-rss-token")));
    ctx.say("added connections facebook and rss; the user now has %d", me.connections().list().size());

    List<UeAddress> friends = me.addresses().list("facebook");
    List<UeAddress> feeds = me.addresses().list("rss");
    ctx.check(!friends.isEmpty() && !feeds.isEmpty(), "addresses on both connections");
    ctx.say("facebook has %d addresses, first %s", friends.size(), friends.get(0).address());

    SendResult result = me.messages().send(UeMessage.builder()
        .addReceiver(Participant.builder().name(friends.get(0).name()).address(friends.get(0).address())
            .connector("facebook").build())
        .addReceiver(Participant.builder().address(feeds.get(0).address()).connector("rss").build())
        .subject("Release 1.0")
        .addPart(MessagePart.builder().contentType("text/plain").type("body").data("unisdk 1.0 is out.").build())
        .build());
    for (Map.Entry<String, DeliveryStatus> e : result.statuses().entrySet()) {
      ctx.say("connection %-8s -> %s %s", e.getKey(), e.getValue().status(), e.getValue().info());
    }
    ctx.say("succeeded: %s, failed: %s, partial success: %s, message URIs: %s",
        result.succeededConnections(), result.failedConnections(), result.isPartialSuccess(), result.uris());
    ctx.check(result.succeeded("facebook"), "facebook to deliver");

    ue.users().delete(user);
    ctx.say("deleted user %s", user.key());
  }

  private static String token(String variable, String fakeDefault) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fakeDefault : value;
  }
}
