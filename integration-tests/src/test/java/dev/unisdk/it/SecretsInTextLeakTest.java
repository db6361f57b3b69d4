package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.PassthroughParams;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.it.logging.CapturedLogs;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

/**
 * Secrets that travel inside text rather than in a credential slot: a {@code pass_through} value, a
 * vendor key in the query of a passthrough path or body, a connector token holding {@code /}. With
 * TRACE logging on, none appears in a log event, an exception message or a {@code toString()}.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SecretsInTextLeakTest {
  private static final String PASS_THROUGH_TOKEN = "pt_CANARY_passthrough_81c2";
  private static final String HAPIKEY_IN_PATH = "hk_CANARY_path_a0b1";
  private static final String HAPIKEY_IN_BODY = "hk_CANARY_body_77e0";
  private static final String SLASHED_TOKEN = "EAAB/CANARY+slashed/token==";

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(11).recordsPerResource(3));

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<Throwable> errors = new ArrayList<>();
  private final List<Object> printed = new ArrayList<>();

  @BeforeEach
  void startCapturing() {
    CapturedLogs.start();
  }

  @AfterEach
  void stopCapturing() {
    CapturedLogs.stop();
  }

  @Test
  void passThroughValuesStayOutOfLogsAndToString() {
    ContactListParams params = ContactListParams.builder().limit(2).passThrough("api_token", PASS_THROUGH_TOKEN)
        .passThrough("owner", "visible-owner").build();
    try (CrmClient crm = CrmClient.builder().apiKey("sk_test_unused").appId(FakeServer.DEFAULT_APIDECK_APP_ID)
        .consumerId("text-secrets").options(Clients.options(server, sleeper)).build()) {
      errors.add(catchThrowable(() -> crm.contacts().list(params).firstPage()));
    }
    printed.add(params);
    assertThat(params.toString()).contains("pass_through[owner]=REDACTED").contains("limit=2").doesNotContain("visible-owner");
    assertClean(PASS_THROUGH_TOKEN);
  }

  @Test
  void vendorKeysInPassthroughPathsAndBodiesStayOutOfLogs() {
    ClientOptions options = IntegrationsClient.optionsBuilder().baseUrl(server.integrationsBaseUrl())
        .readTimeout(Duration.ofSeconds(5)).sleeper(sleeper).build();
    PassthroughParams get = PassthroughParams.get("/crm/v3/objects/contacts?limit=5&hapikey=" + HAPIKEY_IN_PATH);
    PassthroughParams post = PassthroughParams.post("/crm/v3/objects/contacts",
        Map.of("next", "/crm/v3/objects/contacts?after=2&hapikey=" + HAPIKEY_IN_BODY));
    try (IntegrationsClient api = IntegrationsClient.builder().token("itok_test")
        .baseUrl(server.integrationsBaseUrl()).options(options).build()) {
      String connectionId = "missing";
      Throwable connect = catchThrowable(() -> {
        ConnectResponse started = api.connections().connect(ConnectParams.builder().integrationType("hubspot")
            .categories(Category.CRM).redirectUrl("https://app.example.com/done").externalXref("x").build());
        api.connections().complete(started.connectionId());
        errors.add(catchThrowable(() -> api.passthrough(started.connectionId(), get)));
        errors.add(catchThrowable(() -> api.passthrough(started.connectionId(), post)));
      });
      if (connect != null) {
        errors.add(connect);
        errors.add(catchThrowable(() -> api.passthrough(connectionId, get)));
        errors.add(catchThrowable(() -> api.passthrough(connectionId, post)));
      }
    }
    printed.add(get);
    printed.add(post);
    assertClean(HAPIKEY_IN_PATH, HAPIKEY_IN_BODY);
  }

  @Test
  void aConnectorTokenHoldingSlashesStaysOutOfLogs() {
    try (UnificationEngineClient ue = UnificationEngineClient.builder().appKey("ue_key").appSecret("ue_secret")
        .baseUrl(server.baseUrl()).options(Clients.options(server, sleeper)).build()) {
      Throwable t = catchThrowable(() -> {
        UeUser user = ue.users().create();
        UserSession me = ue.asUser(user);
        me.connections().add("fb", ConnectorUri.of("facebook", SLASHED_TOKEN));
        me.connections().list();
        me.connections().info("fb");
      });
      if (t != null) {
        errors.add(t);
      }
      printed.add(ConnectorUri.of("facebook", SLASHED_TOKEN));
    }
    assertClean("CANARY+slashed");
  }

  private void assertClean(String... secrets) {
    CapturedLogs.stop();
    List<CapturedLogs.Event> events = CapturedLogs.events();
    assertThat(events).as("TRACE bodies were logged").anyMatch(e -> e.level() == Level.TRACE && e.message().contains("body:"));
    for (String secret : secrets) {
      for (CapturedLogs.Event e : events) {
        assertThat(e.text()).as("log event %s %s", e.level(), e.logger()).doesNotContain(secret);
      }
      for (Throwable t : errors) {
        for (Throwable c = t; c != null; c = c.getCause()) {
          assertThat(String.valueOf(c.getMessage())).as("message of %s", c.getClass()).doesNotContain(secret);
        }
      }
      for (Object o : printed) {
        assertThat(String.valueOf(o)).as("toString() of %s", o.getClass()).doesNotContain(secret);
      }
    }
  }
}
