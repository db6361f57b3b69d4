package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.auth.BasicAuth;
import dev.unisdk.core.auth.BearerAuth;
import dev.unisdk.core.auth.HeaderAuth;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.UnauthorizedException;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.PassthroughParams;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.it.logging.CapturedLogs;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.MessagePart;
import dev.unisdk.unificationengine.model.Participant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

/**
 * Credentials never appear in logs (every level, TRACE included), exception messages, {@code
 * toString()} of clients, options, requests and users, nor in the fake server's request log. Every
 * secret is a distinctive canary so that a leak cannot hide behind a common string.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CredentialLeakTest {
  private static final String APIDECK_KEY = "sk_live_CANARY_apideck_1f0e";
  private static final String INTEGRATIONS_TOKEN = "itok_CANARY_integrations_7c2d";
  private static final String UE_APP_KEY = "ueapp_CANARY_key_44b1";
  private static final String UE_APP_SECRET = "ueapp_CANARY_secret_90aa";
  private static final String FB_ACCESS_TOKEN = "EAAB_CANARY_fbtoken_5e6f";
  private static final String PARTNER_TOKEN = "partner_CANARY_token_3a3a";

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(9).recordsPerResource(5)
      .apideckApiKey(APIDECK_KEY).integrationsToken(INTEGRATIONS_TOKEN)
      .unificationEngineAppCredentials(UE_APP_KEY, UE_APP_SECRET));

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<Throwable> errors = new ArrayList<>();
  private final List<Object> printed = new ArrayList<>();
  private final List<String> secrets = new ArrayList<>();

  @BeforeEach
  void startCapturing() {
    Collections.addAll(secrets, APIDECK_KEY, INTEGRATIONS_TOKEN, UE_APP_SECRET, FB_ACCESS_TOKEN, PARTNER_TOKEN,
        basic(UE_APP_KEY, UE_APP_SECRET));
    CapturedLogs.start();
  }

  @AfterEach
  void stopCapturing() {
    CapturedLogs.stop();
  }

  @Test
  void crmAndSmsCredentialsStayOutOfLogsMessagesToStringsAndTheServerLog() throws Exception {
    ClientOptions options = Clients.options(server, sleeper).toBuilder()
        .defaultHeader("X-Partner-Token", PARTNER_TOKEN).build();
    try (CrmClient crm = CrmClient.builder().apiKey(APIDECK_KEY).appId(FakeServer.DEFAULT_APIDECK_APP_ID)
        .consumerId("leak-consumer").options(options).build();
        SmsClient sms = SmsClient.builder().apiKey(APIDECK_KEY).appId(FakeServer.DEFAULT_APIDECK_APP_ID)
            .consumerId("leak-consumer").options(options).build();
        CrmClient wrongKey = CrmClient.builder().apiKey(APIDECK_KEY + "-wrong")
            .appId(FakeServer.DEFAULT_APIDECK_APP_ID).consumerId("leak-consumer").options(options).build()) {
      secrets.add(APIDECK_KEY + "-wrong");
      RequestOptions perCall = ApideckRequestOptions.builder()
          .header("X-Api-Key", PARTNER_TOKEN).idempotencyKey("idem-1").queryParam("limit", "3").build();

      String id = crm.contacts().create(Contact.builder().name("Leak Check").build(), perCall).id();
      crm.contacts().get(id);
      crm.contacts().update(id, Contact.builder().title("CTO").build());
      crm.contacts().list(ContactListParams.builder().limit(2).build()).stream().limit(5).count();
      server.faults().add(Fault.status(503).times(1));
      crm.contacts().getAsync(id).get(10, TimeUnit.SECONDS);
      server.faults().add(Fault.status(429).withRetryAfterSeconds(1));
      crm.contacts().get(id);
      crm.contacts().delete(id);
      expect(NotFoundException.class, () -> crm.contacts().get(id));
      expect(UnauthorizedException.class, () -> wrongKey.contacts().list().firstPage());
      server.faults().add(Fault.malformedJson());
      errors.add(catchThrowable(() -> crm.contacts().get(id)));
      server.faults().add(Fault.dropBeforeResponse().forMethod("POST"));
      errors.add(catchThrowable(() -> crm.contacts().create(Contact.builder().name("x").build())));

      String smsId = sms.messages().create(dev.unisdk.sms.model.Message.builder().from("+15017122661")
          .to("+15017122662").body("Hello").type(MessageType.SMS).build()).id();
      Message m = sms.messages().get(smsId);
      printed.add(m);

      Collections.addAll(printed, crm, sms, wrongKey, crm.forConsumer("other"), crm.contacts(), options, perCall,
          sms.messages());
    }
    assertNoSecretAnywhere();
  }

  @Test
  void integrationsTokenStaysOutOfLogsMessagesToStringsAndTheServerLog() {
    ClientOptions options = IntegrationsClient.optionsBuilder().baseUrl(server.integrationsBaseUrl())
        .readTimeout(Duration.ofSeconds(5)).sleeper(sleeper).build();
    try (IntegrationsClient api = IntegrationsClient.builder().token(INTEGRATIONS_TOKEN)
        .baseUrl(server.integrationsBaseUrl()).options(options).build();
        IntegrationsClient wrong = IntegrationsClient.builder().token(INTEGRATIONS_TOKEN + "-wrong")
            .baseUrl(server.integrationsBaseUrl()).options(options).build()) {
      secrets.add(INTEGRATIONS_TOKEN + "-wrong");
      api.integrations().list();
      ConnectResponse started = api.connections().connect(ConnectParams.builder().integrationType("hubspot")
          .categories(Category.CRM).redirectUrl("https://app.example.com/done").externalXref("leak").build());
      String connectionId = started.connectionId();
      api.connections().complete(connectionId);
      api.connections().list();
      api.data(connectionId, Category.CRM, "contact").list(DataQuery.builder().limit(5).build())
          .stream().limit(12).count();
      api.passthrough(connectionId, PassthroughParams.post("/crm/contacts",
          Map.of("name", "x", "api_key", PARTNER_TOKEN)));
      expect(UnauthorizedException.class, () -> wrong.connections().list());
      expect(NotFoundException.class, () -> api.connections().get("missing-connection"));
      api.connections().delete(connectionId);
      Collections.addAll(printed, api, wrong, options, started);
    }
    assertNoSecretAnywhere();
  }

  @Test
  void unificationEngineSecretsStayOutOfLogsMessagesToStringsAndTheServerLog() {
    ClientOptions options = Clients.options(server, sleeper);
    try (UnificationEngineClient ue = UnificationEngineClient.builder().appKey(UE_APP_KEY).appSecret(UE_APP_SECRET)
        .baseUrl(server.baseUrl()).options(options).build();
        UnificationEngineClient wrong = UnificationEngineClient.builder().appKey(UE_APP_KEY)
            .appSecret(UE_APP_SECRET + "-wrong").baseUrl(server.baseUrl()).options(options).build()) {
      secrets.add(UE_APP_SECRET + "-wrong");
      UeUser user = ue.users().create();
      secrets.add(user.secret());
      secrets.add(basic(user.key(), user.secret()));
      ue.users().list();
      UserSession me = ue.asUser(user);
      me.connections().add("fb", ConnectorUri.of("facebook", FB_ACCESS_TOKEN));
      me.connections().test(ConnectorUri.of("facebook", FB_ACCESS_TOKEN));
      me.connections().list();
      me.connections().info("fb");
      me.addresses().list("fb");
      me.messages().send(dev.unisdk.unificationengine.model.UeMessage.builder()
          .receivers(List.of(Participant.builder().address("friend-1").connector("fb").build()))
          .subject("hi").parts(List.of(MessagePart.builder().contentType("text/plain").type("body")
              .data("hello").build())).build());
      errors.add(catchThrowable(() -> me.connections().add("bad", ConnectorUri.of("nosuch", FB_ACCESS_TOKEN))));
      errors.add(catchThrowable(() -> me.connections().info("missing")));
      expect(UnauthorizedException.class, () -> wrong.users().list());
      UserSession impostor = ue.asUser(UeUser.of(user.key(), "not-" + user.secret()));
      expect(UnauthorizedException.class, () -> impostor.connections().list());
      ue.users().delete(user);
      Collections.addAll(printed, ue, wrong, user, me, impostor, ConnectorUri.of("facebook", FB_ACCESS_TOKEN),
          options, me.connections(), me.messages());
    }
    assertNoSecretAnywhere();
  }

  @Test
  void authInterceptorsOptionsAndRequestsNeverPrintSecrets() {
    Transport transport = Transport.builder().options(Clients.options(server, sleeper))
        .auth(BearerAuth.of(APIDECK_KEY), BasicAuth.of(UE_APP_KEY, UE_APP_SECRET),
            HeaderAuth.of(Map.of("X-Api-Key", PARTNER_TOKEN)))
        .build();
    Supplier<String> rotating = () -> INTEGRATIONS_TOKEN;
    ApiRequest request = ApiRequest.builder("POST").pathSegments("crm", "contacts")
        .header("Authorization", "Bearer " + APIDECK_KEY)
        .header("X-Partner-Token", PARTNER_TOKEN)
        .query("api_key", PARTNER_TOKEN)
        .jsonBody(Map.of("name", "x"))
        .options(RequestOptions.builder().header("X-Session-Token", PARTNER_TOKEN).build())
        .build();
    Collections.addAll(printed, transport, transport.auth(), BearerAuth.of(rotating), request, request.options());
    transport.close();
    CapturedLogs.stop();
    assertNoSecretOutsideLogs(CapturedLogs.events());
  }

  private void assertNoSecretAnywhere() {
    CapturedLogs.stop();
    List<CapturedLogs.Event> events = CapturedLogs.events();
    // the capture works, and the SDK really logged headers and bodies at TRACE
    assertThat(events).anyMatch(e -> e.level() == Level.TRACE && e.message().contains("headers:"));
    assertThat(events).anyMatch(e -> e.level() == Level.TRACE && e.message().contains("body:"));
    assertNoSecretOutsideLogs(events);
  }

  private void assertNoSecretOutsideLogs(List<CapturedLogs.Event> events) {
    for (CapturedLogs.Event e : events) {
      assertClean("log event " + e.level() + " " + e.logger(), e.text());
    }
    for (Throwable t : errors) {
      assertThat(t).isNotNull();
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertClean("exception " + c.getClass().getName(), c.getMessage());
        assertClean("exception " + c.getClass().getName(), c.toString());
      }
    }
    for (Object o : printed) {
      assertClean("toString() of " + o.getClass().getName(), String.valueOf(o));
    }
    List<RecordedRequest> log = server.requests().all();
    for (RecordedRequest r : log) {
      assertClean("recorded " + r.method() + " " + r.path(), r.path() + " " + r.query() + " " + r.headers()
          + " " + r.body());
    }
  }

  private void assertClean(String where, String text) {
    if (text == null) {
      return;
    }
    for (String secret : secrets) {
      assertThat(text).as(where).doesNotContain(secret);
    }
  }

  private <T extends Throwable> void expect(Class<T> type, Runnable call) {
    Throwable t = catchThrowable(call::run);
    assertThat(t).isInstanceOf(type);
    errors.add(t);
  }

  private static String basic(String key, String secret) {
    return Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }
}
