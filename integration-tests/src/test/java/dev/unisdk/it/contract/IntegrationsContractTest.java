package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.Page;
import dev.unisdk.core.errors.BadRequestException;
import dev.unisdk.core.errors.MethodNotAllowedException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.UnauthorizedException;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.DataRecord;
import dev.unisdk.integrations.DataService;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.OperationNotAvailableException;
import dev.unisdk.integrations.PassthroughParams;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.integrations.model.Connection;
import dev.unisdk.integrations.model.Integration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every Integrations endpoint through the real {@link IntegrationsClient} against the fake. */
@ExtendWith(FakeServerExtension.class)
class IntegrationsContractTest {
  FakeServer server;
  private IntegrationsClient api;

  @BeforeEach
  void client() {
    api = IntegrationsClient.builder().token(server.integrations().token()).baseUrl(server.integrationsBaseUrl())
        .build();
  }

  @AfterEach
  void close() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void catalogueListsIntegrationsWithTheirDocumentedCategories() {
    List<Integration> integrations = api.integrations().list();

    RecordedRequest wire = server.requests().last();
    assertThat(wire.method()).isEqualTo("GET");
    assertThat(wire.path()).isEqualTo("/api/v1/integrations");
    assertThat(wire.header("authorization")).startsWith("Bearer ");
    assertThat(wire.header("accept")).contains("application/json");
    assertThat(integrations).hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(i -> {
          assertThat(i.type()).isNotBlank();
          assertThat(i.name()).isNotBlank();
          assertThat(i.categories()).isNotEmpty().allSatisfy(c -> assertThat(c.isKnown()).as("%s", c).isTrue());
        });
    Integration hubspot = integrations.stream().filter(i -> i.type().equals("hubspot")).findFirst().orElseThrow();
    assertThat(hubspot.categories()).contains(Category.CRM);
  }

  @Test
  void connectThenCompleteActivatesAConnectionThatCanBeListedFetchedAndDeleted() {
    ConnectParams params = ConnectParams.builder().integrationType("hubspot").categories(Category.CRM, Category.TICKETING)
        .redirectUrl("https://app.example.com/integrations/done").externalXref("tenant-42")
        .scopes("crm.objects.contacts.read", "tickets").build();

    ConnectResponse session = api.connections().connect(params);

    RecordedRequest connect = server.requests().last();
    assertThat(connect.method()).isEqualTo("POST");
    assertThat(connect.path()).isEqualTo("/api/v1/integrations/connect");
    assertThat(connect.header("content-type")).startsWith("application/json");
    assertThat(Contract.tree(connect.body())).isEqualTo(Contract.tree("{\"integration_type\":\"hubspot\","
        + "\"categories\":[\"crm\",\"ticketing\"],\"redirect_url\":\"https://app.example.com/integrations/done\","
        + "\"external_xref\":\"tenant-42\",\"scopes\":[\"crm.objects.contacts.read\",\"tickets\"]}"));
    assertThat(session.url()).isNotBlank();
    String id = session.connectionId();
    assertThat(id).isNotBlank();
    assertThat(server.integrations().isActive(id)).isFalse();
    assertThat(api.connections().list()).extracting(Connection::id).doesNotContain(id);

    Connection completed = api.connections().complete(id);

    RecordedRequest callback = server.requests().last();
    assertThat(callback.path()).isEqualTo("/api/v1/integrations/callback");
    assertThat(Contract.tree(callback.body())).isEqualTo(Contract.tree("{\"connection_id\":\"" + id + "\"}"));
    assertThat(completed.id()).isEqualTo(id);
    assertThat(server.integrations().isActive(id)).isTrue();
    assertThat(api.connections().list()).extracting(Connection::id).contains(id);
    Connection fetched = api.connections().get(id);
    assertThat(server.requests().last().path()).isEqualTo("/api/v1/integrations/connections/" + id);
    assertThat(fetched.id()).isEqualTo(id);
    assertThat(fetched.integrationType()).isEqualTo("hubspot");
    assertThat(fetched.categories()).containsExactlyInAnyOrder(Category.CRM, Category.TICKETING);
    assertThat(fetched.externalXref()).isEqualTo("tenant-42");

    api.connections().delete(id);

    assertThat(server.requests().last().method()).isEqualTo("DELETE");
    assertThat(server.requests().last().path()).isEqualTo("/api/v1/integrations/connections/" + id);
    assertThat(api.connections().list()).extracting(Connection::id).doesNotContain(id);
    assertNotFound(catchThrowableOfType(() -> api.connections().get(id), NotFoundException.class));
  }

  @Test
  void unknownConnectionIsA404OnGetDeleteCompleteAndData() {
    assertNotFound(catchThrowableOfType(() -> api.connections().get("conn-unknown"), NotFoundException.class));
    assertNotFound(catchThrowableOfType(() -> api.connections().delete("conn-unknown"), NotFoundException.class));
    assertNotFound(catchThrowableOfType(() -> api.connections().complete("conn-unknown"), NotFoundException.class));
    assertNotFound(catchThrowableOfType(
        () -> api.data("conn-unknown", Category.CRM, "contact").listPage(DataQuery.defaults()), NotFoundException.class));
  }

  @Test
  void dataPagesThroughEveryRecordExactlyOnceWithLimit13() {
    String conn = server.integrations().createConnection("hubspot", "crm");
    DataService contacts = api.data(conn, Category.CRM, "contact");

    List<String> ids = new ArrayList<>();
    int pages = 0;
    for (Page<DataRecord> page : contacts.list(DataQuery.builder().limit(13).build()).pages()) {
      pages++;
      assertThat(page.items()).hasSizeLessThanOrEqualTo(13);
      page.items().forEach(r -> ids.add(r.id()));
    }

    int total = FakeServer.DEFAULT_RECORDS_PER_RESOURCE;
    assertThat(ids).hasSize(total).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(pages).isEqualTo((total + 12) / 13);
    List<RecordedRequest> requests = server.requests().of("integrations.data.list");
    assertThat(requests).hasSize(pages);
    assertThat(requests).allSatisfy(q -> {
      assertThat(q.path()).isEqualTo("/api/v1/integrations/" + conn + "/crm/contact");
      assertThat(q.queryParam("limit")).isEqualTo("13");
    });
    assertThat(requests.stream().map(q -> q.queryParam("offset") == null ? "0" : q.queryParam("offset")))
        .containsExactlyElementsOf(IntStream.range(0, pages).mapToObj(i -> String.valueOf(i * 13)).toList());
    List<String> inOnePage = contacts.listPage(DataQuery.builder().limit(100).build()).items().stream()
        .map(DataRecord::id).toList();
    assertThat(ids.subList(0, 100)).containsExactlyElementsOf(inOnePage);
  }

  @Test
  void queryReturnsOnlyRecordsContainingTheText() {
    String conn = server.integrations().createConnection("salesforce", "crm");
    DataService companies = api.data(conn, Category.CRM, "company");
    List<DataRecord> all = companies.list(DataQuery.builder().limit(100).build()).stream().toList();
    DataRecord picked = all.get(all.size() / 2);
    String text = picked.getString("name");
    assertThat(text).isNotBlank();

    List<DataRecord> found = companies.list(DataQuery.builder().query(text).limit(100).build()).stream().toList();

    assertThat(server.requests().last().queryParam("query")).isEqualTo(text);
    assertThat(found).extracting(DataRecord::id).contains(picked.id());
    assertThat(found).hasSizeLessThan(all.size()).allSatisfy(r ->
        assertThat(r.json().toString().toLowerCase(Locale.ROOT)).contains(text.toLowerCase(Locale.ROOT)));
  }

  @Test
  void updatedSinceReturnsExactlyTheRecordsUpdatedAtOrAfterIt() {
    String conn = server.integrations().createConnection("hubspot", "crm");
    DataService deals = api.data(conn, Category.CRM, "deal");
    List<DataRecord> all = deals.list(DataQuery.builder().limit(100).build()).stream().toList();
    List<OffsetDateTime> stamps = all.stream().map(DataRecord::updatedAt).sorted().toList();
    OffsetDateTime since = stamps.get(stamps.size() / 2);
    List<String> expected = all.stream().filter(r -> !r.updatedAt().isBefore(since)).map(DataRecord::id).toList();

    List<DataRecord> found = deals.list(DataQuery.builder().updatedSince(since).limit(100).build()).stream().toList();

    assertThat(found).extracting(DataRecord::id).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).hasSizeLessThan(all.size()).isNotEmpty();
    String sent = server.requests().last().queryParam("updated_gte");
    assertThat(OffsetDateTime.parse(sent).toInstant()).isEqualTo(since.toInstant());
  }

  @Test
  void dataRecordsBindIntoTheUsersOwnType() {
    String conn = server.integrations().createConnection("hubspot", "crm");

    DataRecord r = api.data(conn, Category.CRM, "contact").listPage(DataQuery.builder().limit(1).build()).items().get(0);

    assertThat(r.createdAt()).isNotNull();
    assertThat(r.has("name")).isTrue();
    @SuppressWarnings("unchecked")
    Map<String, Object> asMap = r.as(Map.class);
    assertThat(asMap).containsEntry("id", r.id());
  }

  @Test
  void passthroughSendsMethodPathAndDataAndReturnsTheEcho() {
    String conn = server.integrations().createConnection("pipedrive", "crm");

    JsonNode echo = api.passthrough(conn, PassthroughParams.post("/v1/persons", Map.of("name", "Ada")));

    RecordedRequest wire = server.requests().last();
    assertThat(wire.path()).isEqualTo("/api/v1/integrations/" + conn + "/passthrough");
    assertThat(Contract.tree(wire.body()))
        .isEqualTo(Contract.tree("{\"method\":\"POST\",\"path\":\"/v1/persons\",\"data\":{\"name\":\"Ada\"}}"));
    assertThat(echo.path("method").asText()).isEqualTo("POST");
    assertThat(echo.path("path").asText()).isEqualTo("/v1/persons");
    assertThat(echo.path("data").path("name").asText()).isEqualTo("Ada");
    assertThat(echo.path("integration_type").asText()).isEqualTo("pipedrive");
    assertThat(echo.path("connection_id").asText()).isEqualTo(conn);

    JsonNode get = api.passthrough(conn, PassthroughParams.get("/v1/persons"));
    assertThat(get.path("method").asText()).isEqualTo("GET");
    assertThat(get.path("data").isNull() || get.path("data").isMissingNode() || get.path("data").isObject()).isTrue();
    JsonNode query = api.passthrough(conn, PassthroughParams.get("/v1/persons/search", Map.of("term", "Ada")));
    assertThat(Contract.tree(server.requests().last().body()).path("data"))
        .isEqualTo(Contract.tree("{\"term\":\"Ada\"}"));
    assertThat(query.path("data").path("term").asText()).isEqualTo("Ada");
    for (PassthroughParams p : List.of(PassthroughParams.put("/v1/persons/1", Map.of("a", 1)),
        PassthroughParams.patch("/v1/persons/1", Map.of("a", 2)), PassthroughParams.delete("/v1/persons/1"))) {
      assertThat(api.passthrough(conn, p).path("method").asText()).isEqualTo(p.method().value());
    }
  }

  @Test
  void unsupportedObjectTypeIsA405SayingTheOperationIsNotAvailable() {
    String conn = server.integrations().createConnection("hubspot", "crm");
    server.integrations().markUnsupported("hubspot", "crm", "contact");

    MethodNotAllowedException e = catchThrowableOfType(
        () -> api.data(conn, Category.CRM, "contact").listPage(DataQuery.defaults()), MethodNotAllowedException.class);

    assertThat(e).isInstanceOf(OperationNotAvailableException.class);
    assertThat(e.statusCode()).isEqualTo(405);
    assertThat(e.getMessage()).contains("not available");
    assertThat(e.requestId()).isEqualTo(server.requests().last().requestId());
    MethodNotAllowedException notActivated = catchThrowableOfType(
        () -> api.data(conn, Category.TICKETING, "ticket").listPage(DataQuery.defaults()),
        MethodNotAllowedException.class);
    assertThat(notActivated).isNotNull();
    assertThat(notActivated.statusCode()).isEqualTo(405);
  }

  @Test
  void unknownObjectTypeOrPendingConnectionIsReportedNotSilentlyEmpty() {
    String pending = api.connections().connect(ConnectParams.builder().integrationType("hubspot")
        .categories(Category.CRM).build()).connectionId();

    BadRequestException e = catchThrowableOfType(
        () -> api.data(pending, Category.CRM, "contact").listPage(DataQuery.defaults()), BadRequestException.class);

    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.requestId()).isEqualTo(server.requests().last().requestId());
  }

  @Test
  void wrongTokenIsA401() {
    try (IntegrationsClient wrong = IntegrationsClient.builder().token("not-the-token")
        .baseUrl(server.integrationsBaseUrl()).build()) {
      UnauthorizedException e = catchThrowableOfType(() -> wrong.integrations().list(), UnauthorizedException.class);

      assertThat(e).isNotNull();
      assertThat(e.getMessage()).doesNotContain("not-the-token");
      assertThat(e.requestId()).isEqualTo(server.requests().last().requestId());
    }
  }

  @Test
  void defaultPageSizeIs50AndPagingCanStartAtAnOffset() {
    String conn = server.integrations().createConnection("hubspot", "crm");
    DataService contacts = api.data(conn, Category.CRM, "contact");

    Page<DataRecord> first = contacts.listPage(DataQuery.defaults());

    assertThat(first.items()).hasSize(DataQuery.DEFAULT_LIMIT);
    String limit = server.requests().last().queryParam("limit");
    assertThat(limit == null || limit.equals("50")).as("limit %s", limit).isTrue();
    int total = FakeServer.DEFAULT_RECORDS_PER_RESOURCE;
    server.requests().clear();

    List<DataRecord> tail = contacts.list(DataQuery.builder().offset(total - 10).limit(13).build()).stream().toList();

    assertThat(tail).hasSize(10);
    assertThat(server.requests().of("integrations.data.list")).hasSize(1)
        .allSatisfy(q -> assertThat(q.queryParam("offset")).isEqualTo(String.valueOf(total - 10)));
    List<String> all = contacts.list(DataQuery.builder().limit(100).build()).stream().map(DataRecord::id).toList();
    assertThat(tail).extracting(DataRecord::id).containsExactlyElementsOf(all.subList(total - 10, total));
  }

  private void assertNotFound(NotFoundException e) {
    assertThat(e).as("NotFoundException").isNotNull();
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.requestId()).isNotBlank().isEqualTo(server.requests().last().requestId());
  }
}
