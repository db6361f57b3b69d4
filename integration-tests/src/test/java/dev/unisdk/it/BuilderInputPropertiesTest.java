package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.apideck.ApideckGetParams;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.Lead;
import dev.unisdk.crm.model.Opportunity;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.UeUser;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every public builder and operation taking text, fed null, empty and blank values: each fails with a
 * {@link ValidationException} naming the parameter, before any request (the fake server saw nothing),
 * or, where null documentedly means "none", succeeds.
 */
class BuilderInputPropertiesTest {
  private static FakeServer server;
  private static CrmClient crm;
  private static SmsClient sms;
  private static IntegrationsClient integrations;
  private static UnificationEngineClient ue;
  private static UserSession session;

  /** One input: where a bad text goes, which parameter the exception must name, whether null is fine. */
  record Input(String where, String parameter, boolean nullMeansNone, Consumer<String> call) {
    @Override
    public String toString() {
      return where;
    }
  }

  @BeforeContainer
  static void start() {
    server = FakeServer.builder().seed(13).recordsPerResource(2).start();
    ClientOptions options = Clients.options(server, new RecordingSleeper(), Duration.ofSeconds(5));
    crm = Clients.crm(options, "builder-consumer");
    sms = SmsClient.builder().apiKey(FakeServer.DEFAULT_APIDECK_API_KEY).appId(FakeServer.DEFAULT_APIDECK_APP_ID)
        .consumerId("builder-consumer").options(options).build();
    integrations = IntegrationsClient.builder().token(FakeServer.DEFAULT_INTEGRATIONS_TOKEN)
        .baseUrl(server.integrationsBaseUrl()).options(options).build();
    ue = UnificationEngineClient.builder().appKey(FakeServer.DEFAULT_UE_APP_KEY)
        .appSecret(FakeServer.DEFAULT_UE_APP_SECRET).baseUrl(server.baseUrl()).options(options).build();
    var user = server.unificationEngine().createUser();
    session = ue.asUser(UeUser.of(user.key(), user.secret()));
  }

  @AfterContainer
  static void stop() {
    crm.close();
    sms.close();
    integrations.close();
    ue.close();
    server.close();
  }

  @Provide
  Arbitrary<String> badTexts() {
    return Arbitraries.of(null, "", " ", "   ", "\t", "\n", " \t\r\n ");
  }

  @Provide
  Arbitrary<Input> inputs() {
    String key = FakeServer.DEFAULT_APIDECK_API_KEY;
    String app = FakeServer.DEFAULT_APIDECK_APP_ID;
    String url = server.baseUrl();
    List<Input> all = new ArrayList<>(List.of(
        // client builders
        new Input("CrmClient.apiKey", "apiKey", false,
            v -> CrmClient.builder().apiKey(v).appId(app).consumerId("c").baseUrl(url).build().close()),
        new Input("CrmClient.appId", "appId", false,
            v -> CrmClient.builder().apiKey(key).appId(v).consumerId("c").baseUrl(url).build().close()),
        new Input("CrmClient.consumerId", "consumerId", false,
            v -> CrmClient.builder().apiKey(key).appId(app).consumerId(v).baseUrl(url).build().close()),
        new Input("CrmClient.serviceId", "serviceId", true,
            v -> CrmClient.builder().apiKey(key).appId(app).consumerId("c").serviceId(v).baseUrl(url).build()
                .close()),
        new Input("CrmClient.baseUrl", "baseUrl", false,
            v -> CrmClient.builder().apiKey(key).appId(app).consumerId("c").baseUrl(v).build().close()),
        new Input("SmsClient.apiKey", "apiKey", false,
            v -> SmsClient.builder().apiKey(v).appId(app).consumerId("c").baseUrl(url).build().close()),
        new Input("SmsClient.consumerId", "consumerId", false,
            v -> SmsClient.builder().apiKey(key).appId(app).consumerId(v).baseUrl(url).build().close()),
        new Input("IntegrationsClient.token", "token", false,
            v -> IntegrationsClient.builder().token(v).baseUrl(server.integrationsBaseUrl()).build().close()),
        new Input("IntegrationsClient.baseUrl", "baseUrl", false,
            v -> IntegrationsClient.builder().token("t").baseUrl(v).build().close()),
        new Input("UnificationEngineClient.appKey", "appKey", false,
            v -> UnificationEngineClient.builder().appKey(v).appSecret("s").baseUrl(url).build().close()),
        new Input("UnificationEngineClient.appSecret", "appSecret", false,
            v -> UnificationEngineClient.builder().appKey("k").appSecret(v).baseUrl(url).build().close()),
        new Input("ClientOptions.baseUrl", "baseUrl", false, v -> ClientOptions.builder().baseUrl(v).build()),
        new Input("ClientOptions.userAgent", "userAgent", false,
            v -> ClientOptions.builder().baseUrl(url).userAgent(v).build()),
        new Input("RequestOptions.idempotencyKey", "idempotencyKey", false,
            v -> RequestOptions.builder().idempotencyKey(v).build()),
        new Input("ApideckRequestOptions.serviceId", "serviceId", false,
            v -> ApideckRequestOptions.builder().serviceId(v).build()),
        new Input("ApideckRequestOptions.consumerId", "consumerId", false,
            v -> ApideckRequestOptions.builder().consumerId(v).build()),
        new Input("ApideckGetParams.fields", "fields", false, ApideckGetParams::fields),
        new Input("ContactListParams.cursor", "cursor", true,
            v -> crm.contacts().withRawResponse().list(ContactListParams.builder().cursor(v).build()).value()),
        new Input("ContactListParams.fields", "fields", true,
            v -> crm.contacts().withRawResponse().list(ContactListParams.builder().fields(v).build()).value()),
        // derived clients
        new Input("CrmClient.forConsumer", "consumerId", false, v -> crm.forConsumer(v).contacts().list().firstPage()),
        new Input("CrmClient.withServiceId", "serviceId", true,
            v -> crm.withServiceId(v).contacts().list().firstPage()),
        // operations
        new Input("contacts.create name", "name", false, v -> crm.contacts().create(Contact.builder().name(v).build())),
        new Input("leads.create company_name", "company_name", false,
            v -> crm.leads().create(Lead.builder().name("Lead").companyName(v).build())),
        new Input("opportunities.create title", "title", false, v -> crm.opportunities().create(
            Opportunity.builder().title(v).primaryContactId("c1").build())),
        new Input("sms create from", "from", false, v -> sms.messages().create(Message.builder().from(v)
            .to("+15017122662").body("hi").type(MessageType.SMS).build())),
        new Input("sms create to", "to", false, v -> sms.messages().create(Message.builder()
            .from("+15017122661").to(v).body("hi").type(MessageType.SMS).build())),
        new Input("ConnectParams.integrationType", "integrationType", false,
            v -> integrations.connections().connect(ConnectParams.builder().integrationType(v)
                .categories(Category.CRM).build())),
        new Input("ConnectParams.redirectUrl", "redirectUrl", true,
            v -> integrations.connections().connect(ConnectParams.builder().integrationType("hubspot")
                .categories(Category.CRM).redirectUrl(v).build())),
        new Input("ConnectParams.externalXref", "externalXref", true,
            v -> integrations.connections().connect(ConnectParams.builder().integrationType("hubspot")
                .categories(Category.CRM).externalXref(v).build())),
        new Input("ConnectParams.scopes", "scopes", false,
            v -> integrations.connections().connect(ConnectParams.builder().integrationType("hubspot")
                .categories(Category.CRM).scopes(v).build())),
        new Input("integrations.complete", "connectionId", false, v -> integrations.connections().complete(v)),
        new Input("integrations.delete", "connectionId", false, v -> integrations.connections().delete(v)),
        new Input("UeUser.of key", "key", false, v -> UeUser.of(v, "secret")),
        new Input("UeUser.of secret", "secret", false, v -> UeUser.of("key", v)),
        new Input("UeUser.parse", "uri", false, UeUser::parse),
        new Input("ConnectorUri.of accessToken", "accessToken", false, v -> ConnectorUri.of("facebook", v)),
        new Input("connections.info", "name", false, v -> session.connections().info(v)),
        new Input("connections.remove", "name", false, v -> session.connections().remove(v)),
        new Input("connections.add name", "name", false,
            v -> session.connections().add(v, ConnectorUri.of("facebook", "tok"))),
        new Input("addresses.list", "connectionName", false, v -> session.addresses().list(v))));
    return Arbitraries.of(all);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE) // every input x every bad text (< 300 cases)
  void blankOrNullTextIsNamedBeforeAnyRequest(@ForAll("inputs") Input input, @ForAll("badTexts") String value) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      server.requests().clear();
      Throwable t = catchThrowable(() -> input.call().accept(value));
      if (value == null && input.nullMeansNone()) {
        assertThat(t).as("%s(null) means none", input).isNull();
        return;
      }
      assertThat(t).as("%s(%s)", input, quoted(value)).isInstanceOf(ValidationException.class);
      assertThat(((ValidationException) t).parameter()).as("%s(%s)", input, quoted(value))
          .isEqualTo(input.parameter());
      assertThat(server.requests().total()).as("requests sent for %s", input).isZero();
    });
  }

  private static String quoted(String v) {
    return v == null ? "null" : "\"" + v.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "\"";
  }
}
