package dev.unisdk.it.otel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.PassthroughParams;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.opentelemetry.TelemetryAttributes;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No credential reaches a span name, a span or event attribute or a metric attribute: Apideck API key
 * and consumer id, the Integrations token, UnificationEngine app and user secrets, connector tokens,
 * partner headers and a vendor key in a passthrough query. Every secret is a distinctive canary.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TelemetryCredentialTest {
  private static final String APIDECK_KEY = "sk_live_CANARY_otel_apideck_31ac";
  private static final String CONSUMER_ID = "consumer_CANARY_otel_8d21";
  private static final String INTEGRATIONS_TOKEN = "itok_CANARY_otel_integrations_5b0e";
  private static final String UE_APP_KEY = "ueapp_CANARY_otel_key_7712";
  private static final String UE_APP_SECRET = "ueapp_CANARY_otel_secret_c0de";
  private static final String FB_ACCESS_TOKEN = "EAAB_CANARY_otel_fbtoken_9f9f";
  private static final String PARTNER_TOKEN = "partner_CANARY_otel_token_4e4e";
  private static final String VENDOR_KEY = "vendor_CANARY_otel_key_1b1b";

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(3).recordsPerResource(5)
      .apideckApiKey(APIDECK_KEY).integrationsToken(INTEGRATIONS_TOKEN)
      .unificationEngineAppCredentials(UE_APP_KEY, UE_APP_SECRET));

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final OtelRecorder otel = new OtelRecorder();
  private final List<String> secrets = new ArrayList<>(List.of(APIDECK_KEY, CONSUMER_ID, INTEGRATIONS_TOKEN,
      UE_APP_SECRET, FB_ACCESS_TOKEN, PARTNER_TOKEN, VENDOR_KEY, basic(UE_APP_KEY, UE_APP_SECRET)));

  @AfterEach
  void close() {
    otel.close();
  }

  private final List<String> ids = new ArrayList<>();

  @Test
  void noCredentialOfAnyClientReachesASpanOrMetricAttribute() {
    exerciseEveryClient();

    List<SpanData> spans = otel.finished();
    assertThat(otel.operations()).as("operations traced").hasSizeGreaterThanOrEqualTo(12);
    assertThat(otel.attempts()).hasSizeGreaterThan(otel.operations().size() - 1);
    for (SpanData span : spans) {
      assertClean("span name", span.getName());
      span.getEvents().forEach(e -> assertClean("event name of " + span.getName(), e.getName()));
    }
    List<Attributes> attributes = otel.allAttributes();
    assertThat(attributes).isNotEmpty();
    for (Attributes a : attributes) {
      a.forEach((key, value) -> assertClean("attribute " + key.getKey(), String.valueOf(value)));
    }
  }

  @Test
  void everyClientNamesItsOperationsAndKeepsIdsOutOfUrlTemplates() {
    exerciseEveryClient();

    assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
    for (SpanData op : otel.operations()) {
      assertThat(op.getName()).as("operation name").matches("(crm|integrations|ue)\\.[a-z_]+\\.[a-z_.]+");
      String template = op.getAttributes().get(TelemetryAttributes.URL_TEMPLATE);
      assertThat(template).as("url.template of %s", op.getName()).startsWith("/").doesNotContain("?");
      for (String id : ids) {
        assertThat(template).as("url.template of %s", op.getName()).doesNotContain(id);
      }
    }
  }

  private void exerciseEveryClient() {
    ClientOptions options = Clients.options(server, sleeper).toBuilder()
        .defaultHeader("X-Partner-Token", PARTNER_TOKEN)
        .operationListener(otel.listener)
        .build();
    try (CrmClient crm = CrmClient.builder().apiKey(APIDECK_KEY).appId(FakeServer.DEFAULT_APIDECK_APP_ID)
        .consumerId(CONSUMER_ID).options(options).build()) {
      RequestOptions perCall = ApideckRequestOptions.builder()
          .header("X-Api-Key", PARTNER_TOKEN).queryParam("api_key", VENDOR_KEY).build();
      String id = crm.contacts().create(Contact.builder().name("Otel Leak Check").build(), perCall).id();
      ids.add(id);
      crm.contacts().list(ContactListParams.builder().limit(2).build()).stream().limit(5).count();
      server.faults().add(Fault.status(503).times(1));
      crm.contacts().get(id);
      crm.contacts().delete(id);
      catchThrowable(() -> crm.contacts().get(id));
    }

    ClientOptions integrationsOptions = IntegrationsClient.optionsBuilder().baseUrl(server.integrationsBaseUrl())
        .sleeper(sleeper).operationListener(otel.listener).build();
    try (IntegrationsClient api = IntegrationsClient.builder().token(INTEGRATIONS_TOKEN)
        .baseUrl(server.integrationsBaseUrl()).options(integrationsOptions).build()) {
      String connectionId = api.connections().connect(ConnectParams.builder().integrationType("hubspot")
          .categories(Category.CRM).redirectUrl("https://app.example.com/done").externalXref("otel").build())
          .connectionId();
      ids.add(connectionId);
      api.connections().complete(connectionId);
      api.data(connectionId, Category.CRM, "contact").list(DataQuery.builder().limit(2).build())
          .stream().limit(3).count();
      api.passthrough(connectionId, PassthroughParams.get("/crm/contacts", Map.of("api_key", VENDOR_KEY)));
      api.passthrough(connectionId, PassthroughParams.post("/crm/contacts", Map.of("token", VENDOR_KEY)));
    }

    try (UnificationEngineClient ue = UnificationEngineClient.builder().appKey(UE_APP_KEY).appSecret(UE_APP_SECRET)
        .baseUrl(server.baseUrl()).options(options).build()) {
      UeUser user = ue.users().create();
      secrets.add(user.secret());
      ids.add(user.key());
      secrets.add(basic(user.key(), user.secret()));
      UserSession me = ue.asUser(user);
      me.connections().add("fb", ConnectorUri.of("facebook", FB_ACCESS_TOKEN));
      me.connections().info("fb");
      catchThrowable(() -> me.connections().info("missing"));
      ue.users().delete(user);
    }
  }

  private void assertClean(String where, String text) {
    for (String secret : secrets) {
      assertThat(text).as(where).doesNotContain(secret);
    }
  }

  private static String basic(String user, String password) {
    return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
