package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.crm.CompanyListParams;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.PipelineListParams;
import dev.unisdk.crm.model.Company;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.Pipeline;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.unificationengine.UeConnection;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Awkward characters in query values, path segments and bodies survive the trip SDK -> fake -> SDK. */
@ExtendWith(FakeServerExtension.class)
class EncodingContractTest {
  static final String AWKWARD = "Ada & Co + Sons = 100% [ok] \"quoted\" é 東京 🚀";

  FakeServer server;
  private CrmClient crm;

  @BeforeEach
  void client() {
    crm = Contract.crm(server);
  }

  @AfterEach
  void close() {
    if (crm != null) {
      crm.close();
    }
  }

  @Test
  void awkwardTextRoundTripsInBodiesAndFilters() {
    String id = crm.companies().create(Company.builder().name(AWKWARD).description("line one\nline two\ttab")
        .build()).id();

    Company got = crm.companies().get(id);
    List<Company> found = crm.companies().list(CompanyListParams.builder().filter(f -> f.name(AWKWARD)).build())
        .stream().toList();

    assertThat(got.name()).isEqualTo(AWKWARD);
    assertThat(got.description()).isEqualTo("line one\nline two\ttab");
    assertThat(server.requests().last().queryParam("filter[name]")).isEqualTo(AWKWARD);
    assertThat(found).extracting(Company::id).containsExactly(id);
  }

  @Test
  void awkwardPassThroughAndFieldsValuesArriveUnchanged() {
    crm.contacts().withRawResponse().list(ContactListParams.builder().limit(2).passThrough("q", AWKWARD)
        .passThrough("a[b]", "c=d&e").fields("id,name").build()).value();

    RecordedRequest wire = server.requests().last();
    assertThat(wire.queryParam("pass_through[q]")).isEqualTo(AWKWARD);
    assertThat(wire.queryParam("pass_through[a[b]]")).isEqualTo("c=d&e");
    assertThat(wire.queryParam("fields")).isEqualTo("id,name");
    assertThat(wire.queryParam("limit")).isEqualTo("2");
  }

  @Test
  void aClientChosenIdWithReservedCharactersStaysOnePathSegment() {
    String id = "sales/2024 q1?x=1#frag%20";

    String created = crm.pipelines().create(Pipeline.builder().id(id).name("Odd id").build()).id();
    Pipeline got = crm.pipelines().get(id);
    crm.pipelines().update(id, Pipeline.builder().name("Odd id, renamed").build());

    assertThat(created).isEqualTo(id);
    assertThat(got.id()).isEqualTo(id);
    assertThat(crm.pipelines().get(id).name()).isEqualTo("Odd id, renamed");
    assertThat(server.requests().last().path()).doesNotContain("?").doesNotContain("#")
        .startsWith("/crm/pipelines/").satisfies(p -> assertThat(p.substring("/crm/pipelines/".length()))
            .doesNotContain("/"));
    assertThat(crm.pipelines().list(PipelineListParams.builder().limit(200).build()).stream().map(Pipeline::id))
        .contains(id);
    crm.pipelines().delete(id);
    assertThat(crm.pipelines().list(PipelineListParams.builder().limit(200).build()).stream().map(Pipeline::id))
        .doesNotContain(id);
  }

  @Test
  void unicodeNamesRoundTripThroughContacts() {
    String id = crm.contacts().create(Contact.builder().name("Zoë Ñúñez-東京 🚀").firstName("Zoë").build()).id();

    assertThat(crm.contacts().get(id).name()).isEqualTo("Zoë Ñúñez-東京 🚀");
    assertThat(crm.contacts().list(ContactListParams.builder().filter(f -> f.firstName("Zoë")).limit(200).build())
        .stream().map(Contact::id)).contains(id);
  }

  @Test
  void integrationsQueryWithReservedCharactersArrivesUnchanged() {
    String conn = server.integrations().createConnection("hubspot", "crm");
    try (IntegrationsClient api = IntegrationsClient.builder().token(server.integrations().token())
        .baseUrl(server.integrationsBaseUrl()).build()) {

      api.data(conn, Category.CRM, "contact").listPage(DataQuery.builder().query("O'Brien & Sons+Co=1 %").build());

      assertThat(server.requests().last().queryParam("query")).isEqualTo("O'Brien & Sons+Co=1 %");
      assertThat(server.requests().last().path()).isEqualTo("/api/v1/integrations/" + conn + "/crm/contact");
    }
  }

  @Test
  void connectorUrisWithTokenPunctuationRoundTrip() {
    try (UnificationEngineClient ue = UnificationEngineClient.builder().appKey(server.unificationEngine().appKey())
        .appSecret(server.unificationEngine().appSecret()).baseUrl(server.baseUrl())
        .options(Contract.options(server.baseUrl())).build()) {
      UserSession me = ue.asUser(ue.users().create());
      ConnectorUri uri = ConnectorUri.of("facebook", "EAAB/x+y=z-_.~token", "facebook.com");

      me.connections().add("fb-main_2.0", uri);
      List<UeConnection> connections = me.connections().list();

      assertThat(connections).extracting(UeConnection::name).containsExactly("fb-main_2.0");
      assertThat(connections.get(0).uri().connector()).isEqualTo("facebook");
      assertThat(connections.get(0).uri()).as("the token comes back as added").isEqualTo(uri);
      assertThat(me.connections().info("fb-main_2.0")).isNotEmpty();
      me.connections().remove("fb-main_2.0");
      assertThat(me.connections().list()).isEmpty();
    }
  }
}
