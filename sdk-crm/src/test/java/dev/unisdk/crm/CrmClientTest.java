package dev.unisdk.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.apideck.ApideckError;
import dev.unisdk.apideck.ApideckErrorType;
import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.core.Page;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.BadRequestException;
import dev.unisdk.core.errors.ConflictException;
import dev.unisdk.core.errors.ForbiddenException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.PaymentRequiredException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.core.errors.UnauthorizedException;
import dev.unisdk.core.errors.UnprocessableEntityException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.crm.model.Activity;
import dev.unisdk.crm.model.ActivityType;
import dev.unisdk.crm.model.Company;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.Email;
import dev.unisdk.crm.model.Lead;
import dev.unisdk.crm.model.Opportunity;
import dev.unisdk.crm.model.Pipeline;
import dev.unisdk.crm.model.User;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(30)
class CrmClientTest {
  private MockWebServer server;
  private CrmClient crm;

  @BeforeEach
  void setUp() throws Exception {
    server = Fixtures.startServer();
    crm = Fixtures.clientFor(server).build();
  }

  @AfterEach
  void tearDown() throws Exception {
    crm.close();
    server.shutdown();
  }

  private RecordedRequest take() throws InterruptedException {
    return Fixtures.take(server);
  }

  private static String contactsPage(String next, String... ids) {
    String data = java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\",\"name\":\"Contact " + id + "\"}")
        .collect(Collectors.joining(","));
    return "{\"status_code\":200,\"status\":\"OK\",\"service\":\"hubspot\",\"resource\":\"contacts\","
        + "\"operation\":\"all\",\"data\":[" + data + "],\"meta\":{\"items_on_page\":" + ids.length
        + ",\"cursors\":{\"previous\":null,\"current\":null,\"next\":" + (next == null ? "null" : "\"" + next + "\"")
        + "}},\"links\":{}}";
  }

  @Test
  void listFollowsMetaCursorsNextAcrossPagesLazilyKeepingTheQuery() throws Exception {
    server.enqueue(Fixtures.response(200, contactsPage("cur-2", "1", "2")));
    server.enqueue(Fixtures.response(200, contactsPage("cur-3", "3", "4")));
    server.enqueue(Fixtures.response(200, contactsPage(null, "5")));

    Iterable<Contact> contacts = crm.contacts().list(ContactListParams.builder().limit(2)
        .filter(f -> f.companyId("c-1")).build());
    assertThat(server.getRequestCount()).isZero();
    Iterator<Contact> it = contacts.iterator();
    assertThat(it.next().id()).isEqualTo("1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().id()).isEqualTo("2");
    assertThat(it.next().id()).isEqualTo("3");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(it.next().id()).isEqualTo("4");
    assertThat(it.next().id()).isEqualTo("5");
    assertThat(it.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(3);

    assertThat(take().getPath()).isEqualTo("/crm/contacts?limit=2&filter%5Bcompany_id%5D=c-1");
    assertThat(take().getPath()).isEqualTo("/crm/contacts?cursor=cur-2&limit=2&filter%5Bcompany_id%5D=c-1");
    assertThat(take().getPath()).isEqualTo("/crm/contacts?cursor=cur-3&limit=2&filter%5Bcompany_id%5D=c-1");
  }

  @Test
  void pagesGiveEachEnvelopeAndStreamStopsEarly() throws Exception {
    server.enqueue(Fixtures.response(200, contactsPage("cur-2", "1", "2")));
    server.enqueue(Fixtures.response(200, contactsPage(null, "3")));
    List<String> cursors = new java.util.ArrayList<>();
    for (Page<Contact> page : crm.contacts().list().pages()) {
      ApideckListResponse<?> envelope = (ApideckListResponse<?>) page.response().value();
      assertThat(envelope.service()).isEqualTo("hubspot");
      assertThat(envelope.data()).isEqualTo(page.items());
      cursors.add(String.valueOf(envelope.nextCursor()));
    }
    assertThat(cursors).containsExactly("cur-2", "null");
    assertThat(take().getPath()).isEqualTo("/crm/contacts");
    assertThat(take().getPath()).isEqualTo("/crm/contacts?cursor=cur-2");

    server.enqueue(Fixtures.response(200, contactsPage("cur-2", "1", "2")));
    assertThat(crm.contacts().list().stream().limit(2).map(Contact::id).collect(Collectors.toList()))
        .containsExactly("1", "2");
    assertThat(server.getRequestCount()).as("no page beyond what the stream consumed").isEqualTo(3);
  }

  @Test
  void forConsumerAndWithServiceIdChangeOnlyTheirHeaders() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(Fixtures.response(200, Fixtures.text("contacts-delete.response.json")));
    }
    CrmClient other = crm.forConsumer("other-consumer");
    CrmClient hubspot = other.withServiceId("hubspot");
    assertThat(hubspot.consumerId()).isEqualTo("other-consumer");
    assertThat(hubspot.serviceId()).isEqualTo("hubspot");

    crm.contacts().delete("1");
    other.contacts().delete("2");
    hubspot.contacts().delete("3");
    hubspot.contacts().delete("4", ApideckRequestOptions.builder(RequestOptions.builder().header("X-Trace", "t-1").build())
        .consumerId("per-call").serviceId("pipedrive").build());

    RecordedRequest r1 = take();
    assertThat(r1.getHeader("x-apideck-consumer-id")).isEqualTo("test-consumer");
    assertThat(r1.getHeader("x-apideck-service-id")).isNull();
    RecordedRequest r2 = take();
    assertThat(r2.getHeader("x-apideck-consumer-id")).isEqualTo("other-consumer");
    assertThat(r2.getHeader("x-apideck-service-id")).isNull();
    RecordedRequest r3 = take();
    assertThat(r3.getHeader("x-apideck-consumer-id")).isEqualTo("other-consumer");
    assertThat(r3.getHeader("x-apideck-service-id")).isEqualTo("hubspot");
    RecordedRequest r4 = take();
    assertThat(r4.getHeader("x-apideck-consumer-id")).isEqualTo("per-call");
    assertThat(r4.getHeader("x-apideck-service-id")).isEqualTo("pipedrive");
    assertThat(r4.getHeader("X-Trace")).isEqualTo("t-1");
    for (RecordedRequest r : new RecordedRequest[] {r1, r2, r3, r4}) {
      assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk_test_123");
      assertThat(r.getHeader("x-apideck-app-id")).isEqualTo("app-xyz");
    }
    other.close(); // a derived client does not close the shared pool
    server.enqueue(Fixtures.response(200, Fixtures.text("contacts-delete.response.json")));
    assertThat(crm.contacts().delete("5").id()).isEqualTo("12345");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, error-400.json, BadRequestException, RequestValidationError",
    "401, error-401.json, UnauthorizedException, UnauthorizedError",
    "402, error-402.json, PaymentRequiredException, RequestLimitError",
    "404, error-404.json, NotFoundException, EntityNotFoundError",
    "422, error-422.json, UnprocessableEntityException, RequestValidationError",
  })
  void documentedErrorStatusesBecomeTypedExceptionsWithTheApideckError(
      int status, String fixture, String exception, String type) throws Exception {
    String body = Fixtures.text(fixture);
    server.enqueue(Fixtures.response(status, body));
    ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> crm.leads().get("1"));
    assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).isEqualTo("req-" + status);
    ApideckError error = ApideckError.of(e);
    assertThat(error.type()).isEqualTo(ApideckErrorType.of(type));
    assertThat(error.type().isKnown()).isTrue();
    assertThat(error.message()).isEqualTo(Fixtures.tree(body).get("message").asText());
    assertThat(error.detail()).isEqualTo(Fixtures.tree(body).get("detail"));
    assertThat(error.ref()).isEqualTo(Fixtures.tree(body).get("ref").asText());
    assertThat(error.statusCode()).isEqualTo(status);
    assertThat(e.getMessage()).contains(String.valueOf(status)).contains(type).doesNotContain("sk_test_123");
  }

  @Test
  void everyOtherDocumentedStatusMapsToItsExceptionWithTheErrorType() {
    Object[][] cases = {
      {403, ForbiddenException.class, "ConnectorCredentialsError"},
      {409, ConflictException.class, "ConnectorExecutionError"},
      {429, RateLimitException.class, "ConnectorRateLimitError"},
      {500, ServerException.class, "MappingError"},
      {503, ServerException.class, "ConnectorDisabledError"},
      {418, ApiException.class, "SomethingNewError"},
    };
    for (Object[] c : cases) {
      int status = (Integer) c[0];
      server.enqueue(Fixtures.response(status, "{\"status_code\":" + status + ",\"error\":\"x\",\"type_name\":\""
          + c[2] + "\",\"message\":\"m" + status + "\",\"detail\":{\"k\":1},\"ref\":\"https://r\"}")
          .setHeader("Retry-After", "1"));
      ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
          () -> crm.notes().list().iterator().next());
      assertThat(e).isExactlyInstanceOf((Class<?>) c[1]);
      ApideckError error = ApideckError.of(e);
      assertThat(error.type().value()).isEqualTo(c[2]);
      assertThat(error.message()).isEqualTo("m" + status);
      assertThat(error.detail().get("k").asInt()).isEqualTo(1);
    }
    assertThat(server.getRequestCount()).isEqualTo(cases.length);
  }

  @Test
  void requiredFieldsAndLimitsAreCheckedBeforeAnyRequest() {
    assertParameter("name", () -> crm.companies().create(Company.builder().build()));
    assertParameter("name", () -> crm.companies().create(Company.builder().name("  ").build()));
    assertParameter("name", () -> crm.companies().update("1", Company.builder().name(null).build()));
    assertParameter("name", () -> crm.contacts().create(Contact.builder().firstName("Ada").build()));
    assertParameter("company_name", () -> crm.leads().create(Lead.builder().name("Elon").build()));
    assertParameter("name", () -> crm.leads().create(Lead.builder().companyName("SpaceX").build()));
    assertParameter("title", () -> crm.opportunities().create(Opportunity.builder().primaryContactId("p").build()));
    assertParameter("primary_contact_id",
        () -> crm.opportunities().create(Opportunity.builder().title("Deal").build()));
    assertParameter("name", () -> crm.pipelines().create(Pipeline.builder().build()));
    assertParameter("emails", () -> crm.users().create(User.builder().build()));
    assertParameter("emails", () -> crm.users().create(User.builder().emails(Collections.<Email>emptyList()).build()));
    assertParameter("emails", () -> crm.users().update("1", User.builder().emails(null).build()));
    assertParameter("type", () -> crm.activities().create(Activity.builder().title("Call").build()));
    assertParameter("duration_seconds", () -> crm.activities().create(
        Activity.builder().type(ActivityType.CALL).durationSeconds(-1L).build()));
    assertParameter("id", () -> crm.contacts().get(""));
    assertParameter("id", () -> crm.contacts().update(" ", Contact.builder().build()));
    assertParameter("id", () -> crm.notes().delete(null));
    assertParameter("limit", () -> ContactListParams.builder().limit(0));
    assertParameter("limit", () -> ContactListParams.builder().limit(201));
    assertParameter("fields", () -> UserListParams.builder().fields(" "));
    assertParameter("filter[website]", () -> CompanyListParams.builder().filter(f -> f.name("x")
        .putAdditionalProperty("website", com.fasterxml.jackson.databind.node.TextNode.valueOf("y"))));
    assertParameter("sort[by]", () -> ContactListParams.builder()
        .sort(dev.unisdk.crm.model.ContactsSortBy.of("title")));
    assertParameter("sort[by]", () -> ActivityListParams.builder()
        .sort(dev.unisdk.crm.model.ActivitiesSortBy.of("name"), dev.unisdk.crm.model.SortDirection.ASC));
    assertParameter("sort[direction]", () -> LeadListParams.builder()
        .sort(dev.unisdk.crm.model.LeadsSortBy.NAME, dev.unisdk.crm.model.SortDirection.of("up")));
    CompletableFuture<?> async = crm.companies().createAsync(Company.builder().build());
    assertThat(async).isCompletedExceptionally();
    assertThat(server.getRequestCount()).as("no request was sent").isZero();
  }

  @Test
  void anUpdateSendsOnlyWhatWasSetIncludingExplicitNulls() throws Exception {
    server.enqueue(Fixtures.response(200, Fixtures.text("contacts-update.response.json")));
    crm.contacts().update("c 1", Contact.builder().title("CTO").department(null).build());
    RecordedRequest r = take();
    assertThat(r.getPath()).isEqualTo("/crm/contacts/c%201");
    assertThat(Fixtures.tree(r.getBody().readUtf8())).isEqualTo(Fixtures.tree("{\"title\":\"CTO\",\"department\":null}"));
  }

  @Test
  void readOnlyFieldsAreNeverSent() throws Exception {
    server.enqueue(Fixtures.response(201, Fixtures.text("companies-add.response.json")));
    Company fromServer = Fixtures.model("companies-get.response.json", com.fasterxml.jackson.databind.JsonNode.class)
        .get("data").traverse(dev.unisdk.core.json.Json.mapper()).readValueAs(Company.class);
    assertThat(fromServer.id()).isNotNull();
    crm.companies().create(fromServer);
    com.fasterxml.jackson.databind.JsonNode sent = Fixtures.tree(take().getBody().readUtf8());
    assertThat(sent.has("id")).isFalse();
    assertThat(sent.has("created_at")).isFalse();
    assertThat(sent.has("updated_at")).isFalse();
    assertThat(sent.has("interaction_count")).isFalse();
    assertThat(sent.get("name").asText()).isEqualTo(fromServer.name());
  }

  @Test
  void asyncOperationsOfEveryKindComplete() throws Exception {
    server.enqueue(Fixtures.response(200, Fixtures.text("opportunities-list.response.json")));
    server.enqueue(Fixtures.response(201, Fixtures.text("opportunities-add.response.json")));
    server.enqueue(Fixtures.response(200, Fixtures.text("opportunities-get.response.json")));
    server.enqueue(Fixtures.response(200, Fixtures.text("opportunities-update.response.json")));
    server.enqueue(Fixtures.response(200, Fixtures.text("opportunities-delete.response.json")));
    server.enqueue(Fixtures.response(404, Fixtures.text("error-404.json")));
    OpportunitiesService s = crm.opportunities();
    Opportunity deal = Opportunity.builder().title("Deal").primaryContactId("p-1").build();

    assertThat(s.withRawResponse().listAsync(null, null).get(5, TimeUnit.SECONDS).value().data()).hasSize(1);
    assertThat(s.createAsync(deal).get(5, TimeUnit.SECONDS).id()).isEqualTo("12345");
    assertThat(s.getAsync("12345").get(5, TimeUnit.SECONDS).title()).isNotBlank();
    assertThat(s.updateAsync("12345", deal).get(5, TimeUnit.SECONDS).id()).isEqualTo("12345");
    assertThat(s.deleteAsync("12345").get(5, TimeUnit.SECONDS).id()).isEqualTo("12345");
    ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> s.getAsync("missing").get(5, TimeUnit.SECONDS));
    assertThat(failure.getCause()).isInstanceOf(NotFoundException.class);
    assertThat(ApideckError.find(failure).is(ApideckErrorType.ENTITY_NOT_FOUND_ERROR)).isTrue();

    assertThat(take().getMethod() + take().getMethod() + take().getMethod() + take().getMethod()
        + take().getMethod() + take().getPath()).isEqualTo("GETPOSTGETPATCHDELETE/crm/opportunities/missing");
  }

  @Test
  void rawTrueIsSentAndTheRawResponseIsKept() throws Exception {
    server.enqueue(Fixtures.response(200, "{\"status_code\":200,\"status\":\"OK\",\"service\":\"hubspot\","
        + "\"resource\":\"notes\",\"operation\":\"one\",\"data\":{\"id\":\"n1\",\"title\":\"T\"},"
        + "\"_raw\":{\"request\":{\"url\":\"https://api.hubapi.com/x\"}}}"));
    dev.unisdk.apideck.ApideckResponse<dev.unisdk.crm.model.Note> r = crm.notes().withRawResponse().get("n1", null,
        ApideckRequestOptions.builder().raw().build()).value();
    assertThat(take().getPath()).isEqualTo("/crm/notes/n1?raw=true");
    assertThat(r.raw().at("/request/url").asText()).isEqualTo("https://api.hubapi.com/x");
    assertThat(r.data().title()).isEqualTo("T");
  }

  @Test
  void builderRequiresCredentialsAndNeverPrintsTheKey() {
    assertParameter("apiKey", () -> CrmClient.builder().appId("a").consumerId("c").build());
    assertParameter("appId", () -> CrmClient.builder().apiKey("k").consumerId("c").build());
    assertParameter("consumerId", () -> CrmClient.builder().apiKey("k").appId("a").build());
    assertParameter("baseUrl", () -> CrmClient.builder().apiKey("k").appId("a").consumerId("c")
        .baseUrl("http://example.com").build());
    assertThat(crm.toString()).doesNotContain("sk_test_123").contains("test-consumer");
    try (CrmClient defaults = CrmClient.builder().apiKey("k").appId("a").consumerId("c").build()) {
      assertThat(defaults.serviceId()).isNull();
    }
  }

  @Test
  void paramsRoundTripThroughToBuilder() {
    ContactListParams p = ContactListParams.builder().limit(10).cursor("c").fields("id").raw(true)
        .passThrough("search", "x").filter(f -> f.email("a@b.c"))
        .sort(dev.unisdk.crm.model.ContactsSortBy.NAME, dev.unisdk.crm.model.SortDirection.DESC).build();
    ContactListParams copy = p.toBuilder().build();
    assertThat(copy.toQuery(null)).isEqualTo(p.toQuery(null));
    assertThat(copy.filter().email()).isEqualTo("a@b.c");
    assertThat(copy.sort().by()).isEqualTo(dev.unisdk.crm.model.ContactsSortBy.NAME);
    assertThat(copy.sort().direction()).isEqualTo(dev.unisdk.crm.model.SortDirection.DESC);
    assertThat(p.filterParams()).containsExactly(java.util.Map.entry("email", "a@b.c"));
    assertThat(p.sortParams()).containsEntry("by", "name").containsEntry("direction", "desc");
  }

  private static void assertParameter(String parameter, Executable call) {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class, call);
    assertThat(e.parameter()).isEqualTo(parameter);
  }

  @Test
  void withOptionsDerivesAClientSharingThePoolAndTheRawViewGivesStatusAndHeaders() throws Exception {
    CrmClient patient = crm.forConsumer("c-9").withOptions(o -> o.defaultHeader("X-Team", "sales"));
    assertThat(patient.consumerId()).isEqualTo("c-9");
    server.enqueue(Fixtures.response(200, Fixtures.text("contacts-delete.response.json")).setHeader("Request-Id", "r-1"));
    dev.unisdk.core.ApiResponse<dev.unisdk.apideck.ApideckResponse<dev.unisdk.apideck.UnifiedId>> r =
        patient.contacts().withRawResponse().delete("12345");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.requestId()).isEqualTo("r-1");
    assertThat(r.value().data().id()).isEqualTo("12345");
    RecordedRequest req = take();
    assertThat(req.getHeader("X-Team")).isEqualTo("sales");
    assertThat(req.getHeader("x-apideck-consumer-id")).isEqualTo("c-9");
    patient.close();
    server.enqueue(Fixtures.response(200, Fixtures.text("contacts-delete.response.json")));
    crm.contacts().delete("12345");
    assertThat(take().getHeader("X-Team")).isNull();
  }
}
