package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.errors.UnauthorizedException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.unificationengine.UeConnection;
import dev.unisdk.unificationengine.ConnectionNotFoundException;
import dev.unisdk.unificationengine.ConnectorNotFoundException;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.InternalErrorException;
import dev.unisdk.unificationengine.MessageNotSentException;
import dev.unisdk.unificationengine.SendResult;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UnificationEngineException;
import dev.unisdk.unificationengine.UserNotFoundException;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.UeAddress;
import dev.unisdk.unificationengine.model.ConnectorInfo;
import dev.unisdk.unificationengine.model.UeMessage;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every UnificationEngine endpoint through the real {@link UnificationEngineClient} against the fake. */
@ExtendWith(FakeServerExtension.class)
class UnificationEngineContractTest {
  FakeServer server;
  private UnificationEngineClient ue;

  @BeforeEach
  void client() {
    ue = client(server.unificationEngine().appKey(), server.unificationEngine().appSecret());
  }

  private UnificationEngineClient client(String key, String secret) {
    return UnificationEngineClient.builder().appKey(key).appSecret(secret).baseUrl(server.baseUrl())
        .options(Contract.options(server.baseUrl())).build();
  }

  @AfterEach
  void close() {
    if (ue != null) {
      ue.close();
    }
  }

  @Test
  void userCreateListDelete() {
    UeUser user = ue.users().create();

    assertPost("/v2/user/create");
    assertThat(user.key()).isNotBlank();
    assertThat(user.hasSecret()).isTrue();
    assertThat(server.unificationEngine().userKeys()).contains(user.key());
    assertThat(user.toString()).doesNotContain(user.secret());

    List<UeUser> listed = ue.users().list();

    assertPost("/v2/user/list");
    assertThat(listed).extracting(UeUser::key).contains(user.key());
    assertThat(listed).allSatisfy(u -> assertThat(u.hasSecret()).as("listed users carry no secret").isFalse());

    ue.users().delete(user);

    RecordedRequest delete = assertPost("/v2/user/delete");
    assertThat(Contract.tree(delete.body()).path("uri").asText()).startsWith("user://");
    assertThat(server.unificationEngine().userKeys()).doesNotContain(user.key());
    assertThat(ue.users().list()).extracting(UeUser::key).doesNotContain(user.key());
  }

  @Test
  void deletingAnUnknownUserIsA414UserNotFound() {
    UserNotFoundException e = catchThrowableOfType(() -> ue.users().delete(UeUser.of("no-such-key", "no-such-secret")),
        UserNotFoundException.class);

    assertThat(e).isNotNull();
    assertUe(e, 414);
  }

  @Test
  void everyConnectionEndpointAsUser() {
    UserSession me = ue.asUser(ue.users().create());
    ConnectorUri facebook = ConnectorUri.of("facebook", "EAAB-access-token-123");

    me.connections().test(facebook);
    RecordedRequest test = assertPost("/v2/connection/test");
    assertThat(Contract.tree(test.body()).path("uri").asText()).startsWith("facebook://");

    me.connections().add("facebook", facebook);
    RecordedRequest add = assertPost("/v2/connection/add");
    assertThat(Contract.tree(add.body()).path("name").asText()).isEqualTo("facebook");
    assertThat(Contract.tree(add.body()).path("uri").asText()).startsWith("facebook://");
    assertThat(server.unificationEngine().connectionNames(me.user().key())).containsExactly("facebook");

    List<UeConnection> connections = me.connections().list();
    assertPost("/v2/connection/list");
    assertThat(connections).extracting(UeConnection::name).containsExactly("facebook");
    assertThat(connections.get(0).uri().connector()).isEqualTo("facebook");

    List<ConnectorInfo> info = me.connections().info("facebook");
    RecordedRequest infoWire = assertPost("/v2/connection/info");
    assertThat(Contract.tree(infoWire.body()).path("uri").asText()).isEqualTo("unified://facebook");
    assertThat(info).isNotEmpty().allSatisfy(i -> assertThat(i.connector()).isNotBlank());

    me.connections().refresh("facebook");
    RecordedRequest refresh = assertPost("/v2/connection/refresh");
    assertThat(Contract.tree(refresh.body()).path("uri").asText()).isEqualTo("unified://facebook");

    List<UeAddress> addresses = me.addresses().list("facebook");
    RecordedRequest addressWire = assertPost("/v2/address/list");
    JsonNode addressBody = Contract.tree(addressWire.body());
    assertThat(addressBody.path("name").asText("").equals("facebook")
        || addressBody.path("uri").asText("").equals("unified://facebook")).as("%s", addressBody).isTrue();
    assertThat(addresses).isNotEmpty().allSatisfy(a -> assertThat(a.address()).isNotBlank());

    me.connections().remove("facebook");
    RecordedRequest remove = assertPost("/v2/connection/remove");
    assertThat(Contract.tree(remove.body()).path("name").asText()).isEqualTo("facebook");
    assertThat(me.connections().list()).isEmpty();
    assertThat(server.unificationEngine().connectionNames(me.user().key())).isEmpty();
  }

  @Test
  void connectionErrorsComeBackAsTypedExceptions() {
    UserSession me = ue.asUser(ue.users().create());

    assertUe(catchThrowableOfType(() -> me.connections().info("facebook"), ConnectionNotFoundException.class), 411);
    assertUe(catchThrowableOfType(() -> me.connections().refresh("facebook"), ConnectionNotFoundException.class), 411);
    assertUe(catchThrowableOfType(() -> me.connections().remove("facebook"), ConnectionNotFoundException.class), 411);
    assertUe(catchThrowableOfType(() -> me.addresses().list("facebook"), ConnectionNotFoundException.class), 411);
    assertUe(catchThrowableOfType(() -> me.connections().add("myspace", ConnectorUri.of("myspace", "tok")),
        ConnectorNotFoundException.class), 413);
    assertUe(catchThrowableOfType(() -> me.connections().test(ConnectorUri.of("myspace", "tok")),
        ConnectorNotFoundException.class), 413);
  }

  @Test
  void internalErrorInTheBodyIsA1000InternalErrorException() {
    server.unificationEngine().failNextWithInternalError("user/create", 1);

    InternalErrorException e = catchThrowableOfType(() -> ue.users().create(), InternalErrorException.class);

    assertUe(e, 1000);
    assertThat(ue.users().create().hasSecret()).as("only the next call failed").isTrue();
  }

  @Test
  void userACannotReachUserBsConnections() {
    UserSession a = ue.asUser(ue.users().create());
    UserSession b = ue.asUser(ue.users().create());
    a.connections().add("facebook", ConnectorUri.of("facebook", "token-of-a"));

    assertThat(b.connections().list()).isEmpty();
    assertUe(catchThrowableOfType(() -> b.connections().info("facebook"), ConnectionNotFoundException.class), 411);
    assertUe(catchThrowableOfType(() -> b.connections().remove("facebook"), ConnectionNotFoundException.class), 411);
    // a send reports per-connection results: every one failed with 411, so the message was not sent
    assertUe(catchThrowableOfType(() -> b.messages().send(message("facebook")), UnificationEngineException.class),
        411);
    assertThat(a.connections().list()).extracting(UeConnection::name).containsExactly("facebook");
    assertThat(server.unificationEngine().sentMessages(b.user().key())).isEmpty();
  }

  @Test
  void listedUserWithoutSecretCannotActAsUserAndNothingIsSent() {
    UeUser created = ue.users().create();
    UeUser listed = ue.users().list().stream().filter(u -> u.key().equals(created.key())).findFirst().orElseThrow();
    long before = server.requests().total();

    ValidationException e = catchThrowableOfType(() -> ue.asUser(listed).connections().list(), ValidationException.class);

    assertThat(e).isNotNull();
    assertThat(server.requests().total()).isEqualTo(before);
  }

  @Test
  void sendsTheDocumentedMessageExample() {
    UserSession me = ue.asUser(ue.users().create());
    me.connections().add("facebook", ConnectorUri.of("facebook", "EAAB-access-token-123"));
    JsonNode example = Contract.tree(Contract.example("unificationengine/messageSend.request.json")).path("message");
    UeMessage message = Contract.exampleAs("unificationengine/messageSend.request.json", Wrapper.class).message;

    SendResult result = me.messages().send(message);

    RecordedRequest wire = assertPost("/v2/message/send");
    Contract.assertJsonContains(example, Contract.tree(wire.body()).path("message"), "message");
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.succeeded("facebook")).isTrue();
    assertThat(result.uris()).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("facebook://"));
    assertThat(server.unificationEngine().sentMessages(me.user().key())).hasSize(1);
  }

  /** As UnificationEngine's own SDK sends its {@code ReceiverTypes.ME}: {@code {"name":"Me","Connector":"..."}}. */
  @Test
  void aReceiverWithoutAnAddressIsTheConnectionsOwnAccount() {
    UserSession me = ue.asUser(ue.users().create());
    me.connections().add("facebook", ConnectorUri.of("facebook", "fb-token"));
    UeMessage message = message("facebook").toBuilder()
        .receivers(List.of(Participant.builder().name("Me").connector("facebook").build())).build();

    SendResult result = me.messages().send(message);

    JsonNode receiver = Contract.tree(assertPost("/v2/message/send").body()).path("message").path("receivers").get(0);
    assertThat(receiver.has("address")).as("no address on the wire: %s", receiver).isFalse();
    assertThat(receiver.path("Connector").asText()).isEqualTo("facebook");
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.uris()).hasSize(1);
    List<JsonNode> sent = server.unificationEngine().sentMessages(me.user().key());
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).path("delivered_to").get(0).asText()).isEqualTo("me");
  }

  @Test
  void partialSuccessIsReportedPerConnection() {
    UserSession me = ue.asUser(ue.users().create());
    me.connections().add("facebook", ConnectorUri.of("facebook", "fb-token"));
    me.connections().add("twitter", ConnectorUri.of("twitter", "tw-token"));
    server.unificationEngine().failConnector("twitter");
    UeMessage message = message("facebook").toBuilder().receivers(List.of(
        Participant.builder().name("page").address("117668485005346").connector("facebook").build(),
        Participant.builder().name("handle").address("@unisdk").connector("twitter").build())).build();

    SendResult result = me.messages().send(message);

    assertThat(result.isPartialSuccess()).isTrue();
    assertThat(result.succeededConnections()).containsExactly("facebook");
    assertThat(result.failedConnections()).containsExactly("twitter");
    assertThat(result.statusFor("twitter").status()).isEqualTo(1000);
    assertThat(result.statusFor("facebook").status()).isEqualTo(200);
    assertThat(result.uris()).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("facebook://"));
    assertThat(server.unificationEngine().sentMessages(me.user().key())).hasSize(1);
  }

  @Test
  void sendingThroughAReadOnlyConnectorIsA415() {
    UserSession me = ue.asUser(ue.users().create());
    me.connections().add("feed", ConnectorUri.of("rss", "feed-token"));

    UnificationEngineException e = catchThrowableOfType(() -> me.messages().send(message("feed")),
        UnificationEngineException.class);

    assertUe(e, 415);
    assertThat(server.unificationEngine().sentMessages(me.user().key())).isEmpty();
  }

  @Test
  void messageWithoutReceiversIsRejectedBeforeAnyRequest() {
    UserSession me = ue.asUser(ue.users().create());
    long before = server.requests().total();

    ValidationException e = catchThrowableOfType(
        () -> me.messages().send(message("facebook").toBuilder().receivers(List.of()).build()), ValidationException.class);

    assertThat(e).isNotNull();
    assertThat(server.requests().total()).isEqualTo(before);
  }

  @Test
  void wrongAppCredentialsAreAnHttp401() {
    try (UnificationEngineClient wrong = client("wrong-key", "wrong-secret")) {
      UnauthorizedException e = catchThrowableOfType(() -> wrong.users().list(), UnauthorizedException.class);

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).doesNotContain("wrong-secret");
      assertThat(e.requestId()).isEqualTo(server.requests().last().requestId());
    }
  }

  @Test
  void wrongUserSecretIsAnHttp401() {
    UeUser user = ue.users().create();

    UnauthorizedException e = catchThrowableOfType(
        () -> ue.asUser(UeUser.of(user.key(), "not-the-secret")).connections().list(), UnauthorizedException.class);

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).doesNotContain("not-the-secret");
  }

  /**
   * MessagesService#send documents {@code MessageNotSentException} (with the per-connection results) "when
   * every reported connection failed"; the fake then answers the first failure as top-level status with the
   * {@code Status} map (INDEX.md: per-connection results, one may fail while another succeeds).
   */
  @Test
  void whenEveryConnectionFailsTheSendIsAMessageNotSentExceptionWithThePerConnectionResults() {
    UserSession me = ue.asUser(ue.users().create());
    me.connections().add("facebook", ConnectorUri.of("facebook", "fb-token"));
    server.unificationEngine().failConnector("facebook");

    MessageNotSentException e = catchThrowableOfType(() -> me.messages().send(message("facebook")),
        MessageNotSentException.class);

    assertUe(e, 1000);
    assertThat(e.result().failedConnections()).containsExactly("facebook");
    assertThat(e.result().statusFor("facebook").status()).isEqualTo(1000);
    assertThat(e.result().succeededConnections()).isEmpty();
    assertThat(server.unificationEngine().sentMessages(me.user().key())).isEmpty();
  }

  @Test
  void aListedUserWithoutSecretCanBeDeleted() {
    UeUser created = ue.users().create();
    UeUser listed = ue.users().list().stream().filter(u -> u.key().equals(created.key())).findFirst().orElseThrow();

    ue.users().delete(listed);

    assertThat(Contract.tree(server.requests().last().body()).path("uri").asText()).startsWith("user://");
    assertThat(server.unificationEngine().userKeys()).doesNotContain(created.key());
  }

  // ------------------------------------------------------------------ helpers

  /** The shape of the documented request example: {@code {"message": {...}, "uri": ...}}. */
  static final class Wrapper {
    public UeMessage message;
    public String uri;
  }

  private static UeMessage message(String connection) {
    return UeMessage.builder()
        .receivers(List.of(Participant.builder().name("page").address("117668485005346").connector(connection).build()))
        .sender(Participant.builder().address("me@example.com").connector(connection).build())
        .subject("Launch")
        .parts(List.of(MessagePart.builder().part("0").contentType("text/plain").size(5L).type("body").data("Hello")
            .build()))
        .uri("unified://" + connection)
        .build();
  }

  private RecordedRequest assertPost(String path) {
    RecordedRequest r = server.requests().last();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo(path);
    assertThat(r.header("authorization")).startsWith("Basic ");
    assertThat(r.header("content-type")).startsWith("application/json");
    assertThat(Contract.tree(r.body()).isObject()).as("a JSON object body, {} when empty").isTrue();
    return r;
  }

  private void assertUe(UnificationEngineException e, int code) {
    assertThat(e).as("UnificationEngineException %d", code).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.info()).isNotBlank();
    assertThat(e.requestId()).isEqualTo(server.requests().last().requestId());
    assertThat(e.getMessage()).contains(String.valueOf(code));
  }
}
