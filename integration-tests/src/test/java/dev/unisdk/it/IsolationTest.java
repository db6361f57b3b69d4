package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.UnauthorizedException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UnificationEngineException;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nobody reaches what is not theirs: Apideck consumers (and services) never see each other's records,
 * UnificationEngine users never reach each other's connections, and wrong credentials get nothing.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IsolationTest {
  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(4).recordsPerResource(6));

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CrmClient a;
  private CrmClient b;

  @BeforeEach
  void setUp() {
    a = Clients.crm(server, sleeper, "tenant-a");
    b = a.forConsumer("tenant-b");
  }

  @AfterEach
  void tearDown() {
    a.close();
  }

  @Test
  void consumerNeverSeesOrTouchesAnotherConsumersRecords() {
    String id = a.contacts().create(Contact.builder().name("Secret of A").title("CEO").build()).id();
    List<String> aIds = a.contacts().list().stream().map(Contact::id).collect(Collectors.toList());
    List<Contact> bAll = b.contacts().list().stream().collect(Collectors.toList());
    assertThat(aIds).contains(id);
    assertThat(bAll).extracting(Contact::id).doesNotContain(id).doesNotContainAnyElementsOf(aIds);
    assertThat(bAll).extracting(Contact::name).doesNotContain("Secret of A");

    assertThat(catchThrowable(() -> b.contacts().get(id))).isInstanceOf(NotFoundException.class);
    assertThat(catchThrowable(() -> b.contacts().update(id, Contact.builder().title("pwned").build())))
        .isInstanceOf(NotFoundException.class);
    assertThat(catchThrowable(() -> b.contacts().delete(id))).isInstanceOf(NotFoundException.class);

    Contact still = a.contacts().get(id);
    assertThat(still.name()).isEqualTo("Secret of A");
    assertThat(still.title()).isEqualTo("CEO");
    assertThat(records("tenant-b", "salesforce")).extracting(r -> r.get("id").asText()).doesNotContain(id);
  }

  @Test
  void serviceOfOneConsumerNeverSeesAnotherServicesRecords() {
    String id = a.contacts().create(Contact.builder().name("Salesforce only").build()).id();
    CrmClient hubspot = a.withServiceId("hubspot");

    assertThat(hubspot.contacts().list().stream().map(Contact::id)).doesNotContain(id);
    assertThat(catchThrowable(() -> hubspot.contacts().get(id))).isInstanceOf(NotFoundException.class);
    assertThat(a.contacts().get(id).name()).isEqualTo("Salesforce only");
  }

  @Test
  void smsConsumerNeverSeesAnotherConsumersMessages() {
    try (SmsClient smsA = SmsClient.builder().apiKey(FakeServer.DEFAULT_APIDECK_API_KEY)
        .appId(FakeServer.DEFAULT_APIDECK_APP_ID).consumerId("tenant-a").options(Clients.options(server, sleeper))
        .build()) {
      SmsClient smsB = smsA.forConsumer("tenant-b");
      String id = smsA.messages().create(Message.builder().from("+15017122661").to("+15017122662")
          .body("for A only").type(MessageType.SMS).build()).id();

      assertThat(smsB.messages().list().stream().map(Message::id)).doesNotContain(id);
      assertThat(catchThrowable(() -> smsB.messages().get(id))).isInstanceOf(NotFoundException.class);
      assertThat(smsA.messages().get(id).body()).isEqualTo("for A only");
    }
  }

  @Test
  void wrongApiKeyOrAppIdGetsNothing() {
    try (CrmClient wrongKey = CrmClient.builder().apiKey("sk_test_wrong").appId(FakeServer.DEFAULT_APIDECK_APP_ID)
        .consumerId("tenant-a").options(Clients.options(server, sleeper)).build();
        CrmClient wrongApp = CrmClient.builder().apiKey(FakeServer.DEFAULT_APIDECK_API_KEY).appId("other-app")
            .consumerId("tenant-a").options(Clients.options(server, sleeper)).build()) {
      assertThat(catchThrowable(() -> wrongKey.contacts().list().firstPage()))
          .isInstanceOf(UnauthorizedException.class);
      Throwable t = catchThrowable(() -> wrongApp.contacts().list().firstPage());
      assertThat(t).isInstanceOf(ApiException.class);
      assertThat(((ApiException) t).statusCode()).isIn(401, 403);
    }
  }

  @Test
  void unificationEngineUserNeverReachesAnotherUsersConnections() {
    try (UnificationEngineClient ue = UnificationEngineClient.builder().appKey(FakeServer.DEFAULT_UE_APP_KEY)
        .appSecret(FakeServer.DEFAULT_UE_APP_SECRET).baseUrl(server.baseUrl())
        .options(Clients.options(server, sleeper)).build()) {
      UeUser userA = ue.users().create();
      UeUser userB = ue.users().create();
      UserSession asA = ue.asUser(userA);
      UserSession asB = ue.asUser(userB);
      asA.connections().add("a-facebook", ConnectorUri.of("facebook", "token-of-a"));

      assertThat(asB.connections().list()).extracting(c -> c.name()).doesNotContain("a-facebook");
      assertThat(catchThrowable(() -> asB.connections().info("a-facebook")))
          .isInstanceOf(UnificationEngineException.class);
      assertThat(catchThrowable(() -> asB.connections().remove("a-facebook")))
          .isInstanceOf(UnificationEngineException.class);
      assertThat(catchThrowable(() -> asB.addresses().list("a-facebook")))
          .isInstanceOf(UnificationEngineException.class);
      assertThat(catchThrowable(() -> asB.messages().send(dev.unisdk.unificationengine.model.UeMessage.builder()
          .receivers(List.of(Participant.builder().address("victim").connector("a-facebook").build()))
          .parts(List.of(MessagePart.builder().type("body").contentType("text/plain").data("spam").build()))
          .build()))).isInstanceOf(UnificationEngineException.class);
      assertThat(server.unificationEngine().sentMessages(userA.key())).isEmpty();
      assertThat(server.unificationEngine().sentMessages(userB.key())).isEmpty();

      // A's key with any other secret, B's among them, is refused outright
      UserSession forged = ue.asUser(UeUser.of(userA.key(), userB.secret()));
      assertThat(catchThrowable(() -> forged.connections().list())).isInstanceOf(UnauthorizedException.class);
      UserSession noSuchUser = ue.asUser(UeUser.of("no-such-user", userA.secret()));
      assertThat(catchThrowable(() -> noSuchUser.connections().list())).isInstanceOf(UnauthorizedException.class);

      assertThat(server.unificationEngine().connectionNames(userA.key())).containsExactly("a-facebook");
      assertThat(server.unificationEngine().connectionNames(userB.key())).isEmpty();
      assertThat(asA.connections().list()).extracting(c -> c.name()).containsExactly("a-facebook");
    }
  }

  @Test
  void unificationEngineAppEndpointsRefuseUserCredentials() {
    try (UnificationEngineClient ue = UnificationEngineClient.builder().appKey(FakeServer.DEFAULT_UE_APP_KEY)
        .appSecret(FakeServer.DEFAULT_UE_APP_SECRET).baseUrl(server.baseUrl())
        .options(Clients.options(server, sleeper)).build()) {
      UeUser user = ue.users().create();
      try (UnificationEngineClient asApp = UnificationEngineClient.builder().appKey(user.key())
          .appSecret(user.secret()).baseUrl(server.baseUrl()).options(Clients.options(server, sleeper)).build()) {
        assertThat(catchThrowable(() -> asApp.users().list())).isInstanceOf(UnauthorizedException.class);
        assertThat(catchThrowable(() -> asApp.users().create())).isInstanceOf(UnauthorizedException.class);
      }
      assertThat(server.unificationEngine().userKeys()).containsExactly(user.key());
    }
  }

  private List<JsonNode> records(String consumer, String service) {
    return server.apideck().records(consumer, service, "contacts");
  }
}
