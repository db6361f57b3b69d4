package dev.unisdk.examples.readme;

import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.SendResult;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.UeMessage;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;

/** README: UnificationEngine quick start. */
final class UnificationEngineSnippets {
  private UnificationEngineSnippets() {}

  static SendResult createUserAndSend(UnificationEngineClient ue, String facebookToken) {
    UeUser user = ue.users().create();                   // toString() masks the user's secret
    UserSession me = ue.asUser(user);                    // Basic auth as that user, same connection pool
    me.connections().add("facebook", ConnectorUri.of("facebook", facebookToken));
    me.connections().add("feed", ConnectorUri.of("rss", facebookToken));

    SendResult result = me.messages().send(UeMessage.builder()
        .addReceiver(Participant.builder().address("ada@facebook.com").connector("facebook").build())
        .addReceiver(Participant.builder().address("news@rss.example").connector("feed").build())
        .subject("Hello")
        .addPart(MessagePart.builder().contentType("text/plain").type("body").data("Hi from unisdk").build())
        .build());
    result.statuses().forEach((connection, status) ->
        System.out.println(connection + ": " + status.status() + " " + status.info()));
    // result.isPartialSuccess() == true: an RSS feed cannot send (415); facebook delivered
    return result;
  }
}
