package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.json.Json;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.integrations.model.Connection;
import dev.unisdk.integrations.model.Integration;
import dev.unisdk.integrations.model.PassthroughMethod;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The exact request of each of the eight endpoints, and how each answer is decoded. */
class WireTest extends MockServerTest {
  private static final String CONNECTION_JSON = "{\"id\":\"conn_1\",\"integration_type\":\"hubspot\","
      + "\"categories\":[\"crm\",\"future-category\"],\"external_xref\":\"cust-42\","
      + "\"permissions\":[\"crm_contact_read\"],\"created_at\":\"2024-05-01T10:00:00Z\","
      + "\"workspace_id\":\"ws_9\"}";

  @Test
  void listIntegrationsSendsGetV1IntegrationsAndDecodesTheCatalogue() throws Exception {
    enqueueJson("[{\"type\":\"hubspot\",\"name\":\"HubSpot\",\"categories\":[\"crm\",\"marketing\"],"
        + "\"is_active\":true},{\"type\":\"salesforce\",\"name\":\"Salesforce\"}]");

    List<Integration> list = api.integrations().list();

    assertThat(assertRequest(take(), "GET", "/api/v1/integrations")).isEmpty();
    assertThat(list).hasSize(2);
    assertThat(list.get(0).type()).isEqualTo("hubspot");
    assertThat(list.get(0).categories()).containsExactly(Category.CRM, Category.MARKETING);
    assertThat(list.get(1).name()).isEqualTo("Salesforce");
  }

  @Test
  void listConnectionsSendsGetV1IntegrationsConnectionsAndKeepsUnknownValues() throws Exception {
    enqueueJson("[" + CONNECTION_JSON + "]");

    List<Connection> list = api.connections().list();

    assertRequest(take(), "GET", "/api/v1/integrations/connections");
    Connection c = list.get(0);
    assertThat(c.id()).isEqualTo("conn_1");
    assertThat(c.categories()).containsExactly(Category.CRM, Category.of("future-category"));
    assertThat(c.categories().get(1).isKnown()).isFalse();
    assertThat(c.createdAt()).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z"));
    assertThat(c.additionalProperties()).containsKey("workspace_id");
  }

  @Test
  void getConnectionSendsGetWithTheIdAsOnePathSegment() throws Exception {
    enqueueJson(CONNECTION_JSON);

    Connection c = api.connections().get("conn_1");

    assertRequest(take(), "GET", "/api/v1/integrations/connections/conn_1");
    assertThat(c.integrationType()).isEqualTo("hubspot");
    assertThat(c.externalXref()).isEqualTo("cust-42");
  }

  @Test
  void deleteConnectionSendsDeleteWithoutBodyAndIgnoresTheAnswer() throws Exception {
    enqueueJson("{\"deleted\":true}");
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(204));

    api.connections().delete("conn_1");
    ApiResponse<Void> second = api.connections().withRawResponse().delete("conn_2");

    assertThat(assertRequest(take(), "DELETE", "/api/v1/integrations/connections/conn_1")).isEmpty();
    assertThat(assertRequest(take(), "DELETE", "/api/v1/integrations/connections/conn_2")).isEmpty();
    assertThat(second.statusCode()).isEqualTo(204);
  }

  @Test
  void connectPostsEveryDocumentedFieldAndReturnsUrlAndConnectionId() throws Exception {
    enqueueJson("{\"url\":\"https://auth.example.com/authorize?state=abc\",\"connection_id\":\"conn_new\"}");

    ConnectResponse session = api.connections().connect(ConnectParams.builder()
        .integrationType("hubspot")
        .categories(Category.CRM, Category.MARKETING)
        .redirectUrl(URI.create("https://app.example.com/connected?x=1"))
        .externalXref("cust-42")
        .scopes("crm_contact_read", "crm_contact_write")
        .build());

    String body = assertRequest(take(), "POST", "/api/v1/integrations/connect");
    assertThat(Json.mapper().readTree(body)).isEqualTo(Json.mapper().readTree(
        "{\"integration_type\":\"hubspot\",\"categories\":[\"crm\",\"marketing\"],"
            + "\"redirect_url\":\"https://app.example.com/connected?x=1\",\"external_xref\":\"cust-42\","
            + "\"scopes\":[\"crm_contact_read\",\"crm_contact_write\"]}"));
    assertThat(session.url()).isEqualTo("https://auth.example.com/authorize?state=abc");
    assertThat(session.connectionId()).isEqualTo("conn_new");
  }

  @Test
  void connectOmitsOptionalFieldsThatWereNotSet() throws Exception {
    enqueueJson("{\"url\":\"https://auth.example.com/a\",\"connection_id\":\"c\"}");

    api.connections().connect(
        ConnectParams.builder().integrationType("salesforce").categories(Category.CRM).build());

    assertThat(assertRequest(take(), "POST", "/api/v1/integrations/connect"))
        .isEqualTo("{\"integration_type\":\"salesforce\",\"categories\":[\"crm\"]}");
  }

  @Test
  void completePostsTheConnectionIdToTheCallback() throws Exception {
    enqueueJson(CONNECTION_JSON);

    Connection c = api.connections().complete("conn_new");

    assertThat(assertRequest(take(), "POST", "/api/v1/integrations/callback"))
        .isEqualTo("{\"connection_id\":\"conn_new\"}");
    assertThat(c.id()).isEqualTo("conn_1");
  }

  @Test
  void listRecordsSendsTheDocumentedQuery() throws Exception {
    enqueueJson("[{\"id\":\"1\",\"name\":\"Acme\"}]");

    List<DataRecord> page = api.data("CONN_ID", Category.CRM, "contact")
        .listPage(DataQuery.builder().limit(20).query("acme").build()).items();

    // exactly the request of the document's curl example
    assertRequest(take(), "GET", "/api/v1/integrations/CONN_ID/crm/contact?limit=20&query=acme");
    assertThat(page).extracting(DataRecord::id).containsExactly("1");
  }

  @Test
  void listRecordsSendsOffsetAndUpdatedGteAsIso8601() throws Exception {
    enqueueJson("[]");

    api.data("c1", Category.TICKETING, "ticket").listPage(DataQuery.builder()
        .limit(100).offset(200).query("a b&c=d")
        .updatedSince(OffsetDateTime.parse("2024-03-01T12:30:00+02:00")).build());

    RecordedRequest r = take();
    assertRequest(r, "GET", "/api/v1/integrations/c1/ticketing/ticket"
        + "?limit=100&offset=200&query=a%20b%26c%3Dd&updated_gte=2024-03-01T10%3A30%3A00Z");
    assertThat(r.getRequestUrl().queryParameter("query")).isEqualTo("a b&c=d");
    assertThat(r.getRequestUrl().queryParameter("updated_gte")).isEqualTo("2024-03-01T10:30:00Z");
  }

  @Test
  void passthroughPostsMethodPathAndDataAsInTheDocumentedExample() throws Exception {
    enqueueJson("{\"results\":[{\"id\":\"x\"}]}");

    JsonNode answer = api.passthrough("CONN_ID", PassthroughParams.get("/crm/contacts"));

    String body = assertRequest(take(), "POST", "/api/v1/integrations/CONN_ID/passthrough");
    String documented = new String(Files.readAllBytes(
        Paths.get("..", "specs", "examples", "integrations", "passthrough.request.json")),
        StandardCharsets.UTF_8);
    assertThat(Json.mapper().readTree(body)).isEqualTo(Json.mapper().readTree(documented));
    assertThat(body).isEqualTo("{\"method\":\"GET\",\"path\":\"/crm/contacts\",\"data\":{}}");
    assertThat(answer.get("results").get(0).get("id").asText()).isEqualTo("x");
  }

  @Test
  void passthroughSendsEachMethodAndItsData() throws Exception {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", "Ada");
    data.put("age", 36);
    data.put("tags", java.util.Arrays.asList("a", "b"));
    data.put("nested", Collections.singletonMap("ok", true));
    enqueueJson("{}");
    enqueueJson("{}");
    enqueueJson("{}");
    enqueueJson("{}");
    enqueueJson("[1,2]");

    api.passthrough("c", PassthroughParams.post("/crm/contacts", data));
    api.passthrough("c", PassthroughParams.put("/crm/contacts/1", data));
    api.passthrough("c", PassthroughParams.patch("/crm/contacts/1", null));
    api.passthrough("c", PassthroughParams.delete("/crm/contacts/1"));
    JsonNode array = api.passthrough("c",
        PassthroughParams.builder(PassthroughMethod.GET, "/x").data(Json.mapper().createObjectNode().put("q", "1")).build());

    String expectedData = "{\"name\":\"Ada\",\"age\":36,\"tags\":[\"a\",\"b\"],\"nested\":{\"ok\":true}}";
    assertThat(take().getBody().readUtf8())
        .isEqualTo("{\"method\":\"POST\",\"path\":\"/crm/contacts\",\"data\":" + expectedData + "}");
    assertThat(take().getBody().readUtf8())
        .isEqualTo("{\"method\":\"PUT\",\"path\":\"/crm/contacts/1\",\"data\":" + expectedData + "}");
    assertThat(take().getBody().readUtf8())
        .isEqualTo("{\"method\":\"PATCH\",\"path\":\"/crm/contacts/1\",\"data\":null}");
    assertThat(take().getBody().readUtf8())
        .isEqualTo("{\"method\":\"DELETE\",\"path\":\"/crm/contacts/1\",\"data\":{}}");
    assertThat(take().getBody().readUtf8())
        .isEqualTo("{\"method\":\"GET\",\"path\":\"/x\",\"data\":{\"q\":\"1\"}}");
    assertThat(array.isArray()).isTrue();
  }

  @Test
  void passthroughReturnsJsonNullForAnEmptyAnswer() throws Exception {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(200));

    JsonNode answer = api.passthrough("c", PassthroughParams.delete("/crm/contacts/1"));

    take();
    assertThat(answer.isNull()).isTrue();
  }

  @Test
  void everyAsyncVariantSendsTheSameRequest() throws Exception {
    enqueueJson("[]");
    enqueueJson("[]");
    enqueueJson(CONNECTION_JSON);
    enqueueJson("{}");
    enqueueJson("{\"url\":\"https://a.example/x\",\"connection_id\":\"n\"}");
    enqueueJson(CONNECTION_JSON);
    enqueueJson("[{\"id\":\"r\"}]");
    enqueueJson("{\"ok\":1}");

    assertThat(api.integrations().listAsync().get(5, TimeUnit.SECONDS)).isEmpty();
    assertRequest(take(), "GET", "/api/v1/integrations");
    assertThat(api.connections().listAsync().get(5, TimeUnit.SECONDS)).isEmpty();
    assertRequest(take(), "GET", "/api/v1/integrations/connections");
    assertThat(api.connections().getAsync("conn_1").get(5, TimeUnit.SECONDS).id()).isEqualTo("conn_1");
    assertRequest(take(), "GET", "/api/v1/integrations/connections/conn_1");
    api.connections().deleteAsync("conn_1").get(5, TimeUnit.SECONDS);
    assertRequest(take(), "DELETE", "/api/v1/integrations/connections/conn_1");
    ConnectResponse s = api.connections().connectAsync(
        ConnectParams.builder().integrationType("hubspot").categories(Category.CRM).build())
        .get(5, TimeUnit.SECONDS);
    assertThat(s.connectionId()).isEqualTo("n");
    assertThat(assertRequest(take(), "POST", "/api/v1/integrations/connect"))
        .isEqualTo("{\"integration_type\":\"hubspot\",\"categories\":[\"crm\"]}");
    assertThat(api.connections().completeAsync("n").get(5, TimeUnit.SECONDS).id()).isEqualTo("conn_1");
    assertThat(assertRequest(take(), "POST", "/api/v1/integrations/callback"))
        .isEqualTo("{\"connection_id\":\"n\"}");
    assertThat(api.data("c", Category.HR, "employee").listPageAsync(DataQuery.defaults())
        .get(5, TimeUnit.SECONDS).items()).extracting(DataRecord::id).containsExactly("r");
    assertRequest(take(), "GET", "/api/v1/integrations/c/hr/employee?limit=50");
    assertThat(api.passthroughAsync("c", PassthroughParams.get("/p")).get(5, TimeUnit.SECONDS)
        .get("ok").asInt()).isEqualTo(1);
    assertRequest(take(), "POST", "/api/v1/integrations/c/passthrough");
  }

  @Test
  void derivedClientHeadersAndPerCallOptionsBothApplyAndPerCallWins() throws Exception {
    enqueueJson("[]");
    enqueueJson("[]");
    enqueueJson("[]");

    IntegrationsClient tagged = api.withOptions(o -> o.defaultHeader("X-Trace", "t1"));
    tagged.connections().list(RequestOptions.builder().queryParam("debug", "1").build());
    tagged.connections().withRawResponse().list(RequestOptions.builder().header("X-Trace", "t2").build());
    api.connections().list();

    RecordedRequest first = take();
    assertThat(first.getPath()).isEqualTo("/api/v1/integrations/connections?debug=1");
    assertThat(first.getHeader("X-Trace")).isEqualTo("t1");
    assertThat(take().getHeader("X-Trace")).isEqualTo("t2");
    RecordedRequest third = take();
    assertThat(third.getHeader("X-Trace")).isNull();
    assertThat(third.getPath()).isEqualTo("/api/v1/integrations/connections");
  }

  @Test
  void rawResponseViewsExposeStatusAndHeaders() throws Exception {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(200)
        .setHeader("X-Request-Id", "req-7").setBody("[]"));

    ApiResponse<List<Integration>> r = api.integrations().withRawResponse().list();

    take();
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.requestId()).isEqualTo("req-7");
    assertThat(r.value()).isEmpty();
  }

  @Test
  void theTokenSupplierIsReadForEveryRequest() throws Exception {
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    try (IntegrationsClient rotating = IntegrationsClient.builder()
        .token(() -> "tok-" + n.incrementAndGet())
        .baseUrl(server.url("/api").toString())
        .build()) {
      enqueueJson("[]");
      enqueueJson("[]");
      rotating.integrations().list();
      rotating.integrations().list();
    }
    assertThat(take().getHeader("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(take().getHeader("Authorization")).isEqualTo("Bearer tok-2");
  }

  @Test
  void defaultsAreTheLizaBaseUrlAndTheIntegrationsRetryPolicy() {
    try (IntegrationsClient c = IntegrationsClient.builder().token("t").build()) {
      assertThat(c.options().baseUrl().toString()).isEqualTo("https://api.eu.liza.app/api");
      assertThat(c.options().retryPolicy()).isEqualTo(IntegrationsClient.defaultRetryPolicy());
      assertThat(c.toString()).doesNotContain("t}").contains("api.eu.liza.app");
    }
  }
}
