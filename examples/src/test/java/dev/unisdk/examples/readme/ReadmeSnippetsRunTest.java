package dev.unisdk.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.Unisdk;
import dev.unisdk.apideck.ApideckWebhooks;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.SendResult;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.UeMessage;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README snippets that can run on the fake server do run, and do what the README says. */
@ExtendWith(FakeServerExtension.class)
class ReadmeSnippetsRunTest {
  FakeServer server;
  private Unisdk unisdk;

  @BeforeEach
  void connect() {
    unisdk = Unisdk.builder()
        .apideck(server.apideck().apiKey(), server.apideck().appId(), "readme").apideckBaseUrl(server.baseUrl())
        .integrationsToken(server.integrations().token()).integrationsBaseUrl(server.integrationsBaseUrl())
        .unificationEngine(server.unificationEngine().appKey(), server.unificationEngine().appSecret())
        .unificationEngineBaseUrl(server.baseUrl())
        .build();
  }

  @AfterEach
  void close() {
    unisdk.close();
  }

  @Test
  void crmQuickStartClearsTheTitleWithAPatch() {
    Contact ada = CrmSnippets.crud(unisdk.crm());

    assertThat(ada.name()).isEqualTo("Ada Lovelace");
    assertThat(ada.titleField().isNull()).isTrue();
    assertThat(server.requests().count("crm.contacts.update")).isEqualTo(1);
    assertThat(server.requests().count("crm.contacts.delete")).isEqualTo(1);
  }

  @Test
  void smsQuickStartReadsBackTheSentMessage() {
    SmsClient sms = unisdk.sms();
    assertThat(SmsSnippets.sendListGet(sms).body()).isEqualTo("Your order has shipped.");
  }

  @Test
  void integrationsQuickStartConnectsPagesAndPassesThrough() {
    JsonNode raw = IntegrationsSnippets.connectReadPassthrough(unisdk.integrations());

    assertThat(raw.path("path").asText()).isEqualTo("/crm/v3/objects/contacts");
    assertThat(raw.path("method").asText()).isEqualTo("GET");
    assertThat(server.requests().count("integrations.data.list")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void unificationEngineQuickStartIsAPartialSuccess() {
    SendResult result = UnificationEngineSnippets.createUserAndSend(unisdk.unificationEngine(), "fb-token");

    assertThat(result.isPartialSuccess()).isTrue();
    assertThat(result.succeededConnections()).containsExactly("facebook");
    assertThat(result.statusFor("feed").status()).isEqualTo(415);
  }

  @Test
  void paginationWalksMoreThanOnePage() {
    assertThat(PaginationSnippets.pages(unisdk.crm())).hasSize(10);
    assertThat(server.requests().count("crm.contacts.list")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void errorSnippetsNameTheApideckTypeAndTheUnificationEngineCode() {
    assertThat(ErrorSnippets.apideck(unisdk.crm(), "no-such-contact")).startsWith("EntityNotFoundError: ");

    UnificationEngineClient ue = unisdk.unificationEngine();
    UeUser user = ue.users().create();
    UserSession me = ue.asUser(user);
    me.connections().add("feed", ConnectorUri.of("rss", "t"));
    UeMessage toFeedOnly = UeMessage.builder()
        .addReceiver(Participant.builder().address("a@rss.example").connector("feed").build())
        .addPart(MessagePart.builder().contentType("text/plain").data("x").build())
        .build();
    // When no connection delivers, the per-connection results are kept: the MessageNotSentException branch.
    assertThat(ErrorSnippets.unificationEngine(me, toFeedOnly))
        .isEqualTo("not sent: {feed=DeliveryStatus{status=415, info=Feature not supported by connector}}");
  }

  @Test
  void asyncSnippetCombinesTwoProviders() {
    String contactId = unisdk.crm().contacts().create(Contact.builder().name("Grace Hopper").build()).id();
    String connectionId = server.integrations().createConnection("hubspot", "crm");

    String summary = AsyncSnippets.both(unisdk.crm(), unisdk.integrations(), contactId, connectionId);

    assertThat(summary).isEqualTo("Grace Hopper / 1 connections");
  }

  @Test
  void perRequestOptionsReachTheWire() {
    String id = OptionsSnippets.perRequest(unisdk.crm());

    assertThat(id).isNotBlank();
    var add = server.requests().of("crm.contacts.add").get(0);
    assertThat(add.header("x-apideck-service-id")).isEqualTo("hubspot");
    assertThat(add.header("Idempotency-Key")).isEqualTo("create-ada-2024-05-01");
    assertThat(add.header("x-request-source")).isEqualTo("nightly-sync");
  }

  @Test
  void sharedOkHttpClientSurvivesClose() {
    OkHttpClient mine = new OkHttpClient();
    try {
      OptionsSnippets.sharedHttpClient(mine, "token").close();
      assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    } finally {
      mine.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void webhookSnippetAcceptsASignedEventAndRejectsAnAlteredOne() {
    String body = "{\"payload\":{\"consumer_id\":\"acme\",\"entity_id\":\"123\",\"entity_type\":\"contact\","
        + "\"event_id\":\"ev-1\",\"event_type\":\"crm.contact.created\",\"service_id\":\"hubspot\","
        + "\"unified_api\":\"crm\"}}";
    String signature = ApideckWebhooks.sign(body, "sk_test");

    assertThat(WebhookSnippets.handle(body.getBytes(), signature, "sk_test")).isEqualTo(200);
    assertThat(WebhookSnippets.handle(body.replace("123", "124").getBytes(), signature, "sk_test")).isEqualTo(400);
    assertThat(WebhookSnippets.handle(body.getBytes(), signature, "other-key")).isEqualTo(400);
  }
}
