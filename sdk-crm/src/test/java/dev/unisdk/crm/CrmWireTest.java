package dev.unisdk.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.apideck.ApideckGetParams;
import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.ApideckResponse;
import dev.unisdk.apideck.UnifiedId;
import dev.unisdk.core.json.Json;
import dev.unisdk.crm.model.ActivitiesSortBy;
import dev.unisdk.crm.model.Activity;
import dev.unisdk.crm.model.CompaniesSortBy;
import dev.unisdk.crm.model.Company;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.Lead;
import dev.unisdk.crm.model.LeadsSortBy;
import dev.unisdk.crm.model.Note;
import dev.unisdk.crm.model.OpportunitiesSortBy;
import dev.unisdk.crm.model.Opportunity;
import dev.unisdk.crm.model.Pipeline;
import dev.unisdk.crm.model.SortDirection;
import dev.unisdk.crm.model.User;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact request of all 40 CRM operations (method, path, query, headers, body) against the
 * documented examples, and the decoding of each documented response.
 */
@Timeout(30)
class CrmWireTest {
  private MockWebServer server;
  private CrmClient crm;

  /** One CRM resource: how to reach its service, its model, and a full list query with its encoding. */
  static final class Resource {
    final String name;
    final Function<CrmClient, ApideckResourceService<?, ?>> service;
    final Class<?> model;
    final Supplier<CrmListParams> params;
    final String query;

    Resource(String name, Function<CrmClient, ApideckResourceService<?, ?>> service, Class<?> model,
        Supplier<CrmListParams> params, String query) {
      this.name = name;
      this.service = service;
      this.model = model;
      this.params = params;
      this.query = query;
    }

    @SuppressWarnings("unchecked")
    ApideckResourceService<Object, CrmListParams> of(CrmClient crm) {
      return (ApideckResourceService<Object, CrmListParams>) service.apply(crm);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Resource> resources() {
    return Stream.of(
        new Resource("companies", CrmClient::companies, Company.class,
            () -> CompanyListParams.builder().raw(true).cursor("c0").limit(200).filter(f -> f.name("SpaceX"))
                .sort(CompaniesSortBy.NAME, SortDirection.DESC).passThrough("search", "space x")
                .fields("id,name").build(),
            "raw=true&cursor=c0&limit=200&filter%5Bname%5D=SpaceX&sort%5Bby%5D=name&sort%5Bdirection%5D=desc"
                + "&pass_through%5Bsearch%5D=space%20x&fields=id%2Cname"),
        new Resource("contacts", CrmClient::contacts, Contact.class,
            () -> ContactListParams.builder().limit(50)
                .filter(f -> f.name("Ada Lovelace").firstName("Ada").lastName("Lovelace").email("ada@example.com")
                    .phoneNumber("+15551234567").companyId("c-1"))
                .sort(ContactsSortBy.EMAIL, SortDirection.ASC).passThrough("search", "ada").build(),
            "limit=50&filter%5Bname%5D=Ada%20Lovelace&filter%5Bfirst_name%5D=Ada&filter%5Blast_name%5D=Lovelace"
                + "&filter%5Bemail%5D=ada%40example.com&filter%5Bphone_number%5D=%2B15551234567"
                + "&filter%5Bcompany_id%5D=c-1&sort%5Bby%5D=email&sort%5Bdirection%5D=asc"
                + "&pass_through%5Bsearch%5D=ada"),
        new Resource("leads", CrmClient::leads, Lead.class,
            () -> LeadListParams.builder()
                .filter(f -> f.name("Elon Musk").firstName("Elon").lastName("Musk").email("elon@musk.com"))
                .sort(LeadsSortBy.FIRST_NAME).build(),
            "filter%5Bname%5D=Elon%20Musk&filter%5Bfirst_name%5D=Elon&filter%5Blast_name%5D=Musk"
                + "&filter%5Bemail%5D=elon%40musk.com&sort%5Bby%5D=first_name"),
        new Resource("opportunities", CrmClient::opportunities, Opportunity.class,
            () -> OpportunityListParams.builder()
                .filter(f -> f.title("Tesla deal").status("Open").monetaryAmount(Fixtures.decimal("75000.50"))
                    .winProbability(Fixtures.decimal("40")).companyId("c-1").ownerId("u-1").primaryContactId("p-1"))
                .sort(OpportunitiesSortBy.MONETARY_AMOUNT, SortDirection.DESC).build(),
            "filter%5Btitle%5D=Tesla%20deal&filter%5Bstatus%5D=Open&filter%5Bmonetary_amount%5D=75000.50"
                + "&filter%5Bwin_probability%5D=40&filter%5Bcompany_id%5D=c-1&filter%5Bowner_id%5D=u-1"
                + "&filter%5Bprimary_contact_id%5D=p-1&sort%5Bby%5D=monetary_amount&sort%5Bdirection%5D=desc"),
        new Resource("pipelines", CrmClient::pipelines, Pipeline.class,
            () -> PipelineListParams.builder().limit(1).passThrough("archived", "false").fields("id").build(),
            "limit=1&pass_through%5Barchived%5D=false&fields=id"),
        new Resource("notes", CrmClient::notes, Note.class,
            () -> NoteListParams.builder().raw(true).cursor("em9oby1jcm06OnBhZ2U6OjI=").build(),
            "raw=true&cursor=em9oby1jcm06OnBhZ2U6OjI%3D"),
        new Resource("users", CrmClient::users, User.class,
            () -> UserListParams.builder().limit(20).passThrough("role", "admin").build(),
            "limit=20&pass_through%5Brole%5D=admin"),
        new Resource("activities", CrmClient::activities, Activity.class,
            () -> ActivityListParams.builder()
                .filter(f -> f.companyId("c-1").ownerId("u-1").contactId("p-1")
                    .updatedSince(OffsetDateTime.parse("2020-09-30T07:43:32Z")))
                .sort(ActivitiesSortBy.UPDATED_AT, SortDirection.DESC).build(),
            "filter%5Bcompany_id%5D=c-1&filter%5Bowner_id%5D=u-1&filter%5Bcontact_id%5D=p-1"
                + "&filter%5Bupdated_since%5D=2020-09-30T07%3A43%3A32Z&sort%5Bby%5D=updated_at"
                + "&sort%5Bdirection%5D=desc"));
  }

  @BeforeEach
  void setUp() throws Exception {
    server = Fixtures.startServer();
    crm = Fixtures.clientFor(server).serviceId("zoho-crm").build();
  }

  @AfterEach
  void tearDown() throws Exception {
    crm.close();
    server.shutdown();
  }

  private RecordedRequest take() throws InterruptedException {
    return Fixtures.take(server);
  }

  private static void assertHeaders(RecordedRequest r) {
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk_test_123");
    assertThat(r.getHeader("x-apideck-app-id")).isEqualTo("app-xyz");
    assertThat(r.getHeader("x-apideck-consumer-id")).isEqualTo("test-consumer");
    assertThat(r.getHeader("x-apideck-service-id")).isEqualTo("zoho-crm");
    assertThat(r.getHeader("User-Agent")).startsWith("unisdk-java/");
  }

  private static String modelId(Object model) throws Exception {
    Method id = model.getClass().getMethod("id");
    return (String) id.invoke(model);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void listSendsTheDocumentedQueryAndDecodesTheDocumentedPage(Resource res) throws Exception {
    server.enqueue(Fixtures.response(200, Fixtures.text(res.name + "-list.response.json")));
    ApideckListResponse<Object> page = res.of(crm).withRawResponse().list(res.params.get()).value();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/crm/" + res.name + "?" + res.query);
    assertThat(r.getBodySize()).isZero();
    assertHeaders(r);

    assertThat(page.data()).hasSize(1).allSatisfy(item -> assertThat(item).isInstanceOf(res.model));
    assertThat(modelId(page.data().get(0))).isEqualTo(res.name.equals("pipelines") ? "default" : "12345");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.status()).isEqualTo("OK");
    assertThat(page.operation()).isEqualTo("all");
    assertThat(page.service()).isNotBlank();
    assertThat(page.meta().itemsOnPage()).isEqualTo(50);
    assertThat(page.meta().cursors().previous()).isEqualTo("em9oby1jcm06OnBhZ2U6OjE=");
    assertThat(page.nextCursor()).isEqualTo("em9oby1jcm06OnBhZ2U6OjM=");
    assertThat(page.links().next()).contains("cursor=");
    assertThat(page.requestId()).isEqualTo("req-200");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void createPostsTheDocumentedBodyAndReturnsTheId(Resource res) throws Exception {
    String request = Fixtures.text(res.name + "-add.request.json");
    server.enqueue(Fixtures.response(201, Fixtures.text(res.name + "-add.response.json")));

    UnifiedId id = res.of(crm).create(Json.mapper().readValue(request, res.model));

    assertThat(id.id()).isEqualTo("12345");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/crm/" + res.name);
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    assertHeaders(r);
    Fixtures.assertSameJson(Fixtures.tree(r.getBody().readUtf8()), Fixtures.tree(request), "body");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void getSendsFieldsAndDecodesTheDocumentedRecord(Resource res) throws Exception {
    String response = Fixtures.text(res.name + "-get.response.json");
    server.enqueue(Fixtures.response(200, response));

    Object record = res.of(crm).get("12345", ApideckGetParams.fields("id,updated_at"));

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/crm/" + res.name + "/12345?fields=id%2Cupdated_at");
    assertThat(r.getBodySize()).isZero();
    assertHeaders(r);
    assertThat(record).isInstanceOf(res.model);
    assertThat(modelId(record)).isEqualTo(Fixtures.tree(response).get("data").get("id").asText());
    // every documented member survives decoding (unknown ones land in additionalProperties)
    Fixtures.assertSameJson(Json.mapper().valueToTree(record), Fixtures.tree(response).get("data"), "data");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void updatePatchesTheDocumentedBody(Resource res) throws Exception {
    String request = Fixtures.text(res.name + "-update.request.json");
    server.enqueue(Fixtures.response(200, Fixtures.text(res.name + "-update.response.json")));

    ApideckResponse<UnifiedId> envelope = res.of(crm).withRawResponse().update(
        "12345", Json.mapper().readValue(request, res.model), null).value();

    assertThat(envelope.data().id()).isEqualTo("12345");
    assertThat(envelope.operation()).isEqualTo("update");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("PATCH");
    assertThat(r.getPath()).isEqualTo("/crm/" + res.name + "/12345");
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    assertHeaders(r);
    Fixtures.assertSameJson(Fixtures.tree(r.getBody().readUtf8()), Fixtures.tree(request), "body");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resources")
  void deleteSendsDeleteAndReturnsTheId(Resource res) throws Exception {
    server.enqueue(Fixtures.response(200, Fixtures.text(res.name + "-delete.response.json")));

    ApideckResponse<UnifiedId> envelope = res.of(crm).withRawResponse().delete("12345", null).value();

    assertThat(envelope.data().id()).isEqualTo("12345");
    assertThat(envelope.operation()).isEqualTo("delete");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getPath()).isEqualTo("/crm/" + res.name + "/12345");
    assertThat(r.getBodySize()).isZero();
    assertHeaders(r);
  }
}
