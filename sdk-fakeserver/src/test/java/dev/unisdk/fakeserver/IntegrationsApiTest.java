package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class IntegrationsApiTest {
  private static final String P = "/api/v1/integrations";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
  private FakeServer server;
  private Http http;

  @BeforeEach
  void start() {
    server = FakeServer.builder().clock(clock).start();
    http = new Http(server.baseUrl()).header("Authorization", "Bearer " + FakeServer.DEFAULT_INTEGRATIONS_TOKEN)
        .header("Accept", "application/json");
  }

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  private String connect(String type, String... categories) {
    StringBuilder cats = new StringBuilder();
    for (String c : categories) {
      cats.append(cats.length() == 0 ? "" : ",").append('"').append(c).append('"');
    }
    Http.Result r = http.post(P + "/connect", "{\"integration_type\":\"" + type + "\",\"categories\":[" + cats + "]}");
    assertThat(r.status()).isEqualTo(200);
    String id = r.json().path("connection_id").asText();
    assertThat(http.post(P + "/callback", "{\"connection_id\":\"" + id + "\"}").status()).isEqualTo(200);
    return id;
  }

  private static void assertError(Http.Result r, int status) {
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.json().path("status").asInt()).isEqualTo(status);
    assertThat(r.json().path("message").asText()).isNotBlank();
  }

  @Test
  void missingOrWrongBearerTokenIs401() {
    http.without("Authorization");
    assertError(http.get(P), 401);
    http.header("Authorization", "Bearer nope");
    assertError(http.get(P + "/connections"), 401);
    http.header("Authorization", "Basic " + FakeServer.DEFAULT_INTEGRATIONS_TOKEN);
    assertError(http.get(P), 401);
  }

  @Test
  void catalogueListsIntegrationsWithTheirCategories() {
    Http.Result r = http.get(P);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode list = r.json();
    assertThat(list.isArray()).isTrue();
    List<String> types = new ArrayList<>();
    list.forEach(i -> types.add(i.path("type").asText()));
    assertThat(types).contains("hubspot", "salesforce", "pipedrive", "zendesk", "slack", "greenhouse");
    JsonNode hubspot = list.get(types.indexOf("hubspot"));
    assertThat(hubspot.path("name").asText()).isEqualTo("HubSpot");
    assertThat(hubspot.path("categories").toString()).contains("\"crm\"");
  }

  @Test
  void connectReturnsAuthorizationUrlAndPendingConnectionThatTheCallbackActivates() {
    Http.Result started = http.post(P + "/connect", "{\"integration_type\":\"hubspot\",\"categories\":[\"crm\"],"
        + "\"redirect_url\":\"https://app.example/done\",\"external_xref\":\"user-7\",\"scopes\":[\"crm.read\"]}");
    assertThat(started.status()).isEqualTo(200);
    String id = started.json().path("connection_id").asText();
    String url = started.json().path("url").asText();
    assertThat(id).startsWith("conn_");
    assertThat(url).startsWith(server.baseUrl() + "/__fake/integrations/authorize?connection_id=" + id);

    JsonNode pending = http.get(P + "/connections/" + id).json();
    assertThat(pending.path("status").asText()).isEqualTo("pending");
    assertThat(pending.path("integration_type").asText()).isEqualTo("hubspot");
    assertThat(pending.path("external_xref").asText()).isEqualTo("user-7");
    assertThat(pending.path("permissions").get(0).asText()).isEqualTo("crm.read");
    assertThat(http.get(P + "/connections").json()).isEmpty();
    assertError(http.get(P + "/" + id + "/crm/contact"), 400);

    Http.Result page = http.get(url.substring(server.baseUrl().length()));
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).isEqualTo("https://app.example/done?connection_id=" + id);

    Http.Result done = http.post(P + "/callback", "{\"connection_id\":\"" + id + "\"}");
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.json().path("status").asText()).isEqualTo("active");
    JsonNode active = http.get(P + "/connections").json();
    assertThat(active).hasSize(1);
    assertThat(active.get(0).path("id").asText()).isEqualTo(id);
    assertThat(server.integrations().isActive(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}",
      "[]",
      "{\"integration_type\":\"\",\"categories\":[\"crm\"]}",
      "{\"integration_type\":\"nosuch\",\"categories\":[\"crm\"]}",
      "{\"integration_type\":\"hubspot\"}",
      "{\"integration_type\":\"hubspot\",\"categories\":[]}",
      "{\"integration_type\":\"hubspot\",\"categories\":[\"weather\"]}",
      "{\"integration_type\":\"hubspot\",\"categories\":[\"ats\"]}",
      "{\"integration_type\":\"hubspot\",\"categories\":[\"crm\"],\"redirect_url\":\"not a url\"}",
      "{\"integration_type\":\"hubspot\",\"categories\":[\"crm\"],\"redirect_url\":\"ftp://x.example/\"}",
      "{\"integration_type\":\"hubspot\",\"categories\":[\"crm\"],\"scopes\":\"crm.read\"}",
      "{\"integration_type\":\"hubspot\",\"categories\":[\"crm\"],\"external_xref\":7}",
      "{\"integration_type\":\"hubspot\",",
  })
  void connectRejectsInvalidBodiesWith400(String body) {
    assertError(http.post(P + "/connect", body), 400);
    assertThat(server.integrations().connectionIds()).isEmpty();
  }

  @Test
  void callbackErrors() {
    assertError(http.post(P + "/callback", "{}"), 400);
    assertError(http.post(P + "/callback", "{\"connection_id\":\"conn_nope\"}"), 404);
  }

  @Test
  void getAndDeleteConnection() {
    String id = connect("salesforce", "crm");
    assertThat(http.get(P + "/connections/" + id).json().path("id").asText()).isEqualTo(id);
    Http.Result deleted = http.delete(P + "/connections/" + id);
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.header("Content-Type")).startsWith("application/json");
    assertThat(deleted.json().path("id").asText()).isEqualTo(id);
    assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
    assertError(http.get(P + "/connections/" + id), 404);
    assertError(http.delete(P + "/connections/" + id), 404);
    assertError(http.get(P + "/" + id + "/crm/contact"), 404);
  }

  @Test
  void pagingThroughAllSeededRecordsReturnsEachExactlyOnceEndingWithAShortPage() {
    String id = connect("hubspot", "crm");
    Set<String> seen = new HashSet<>();
    List<Integer> sizes = new ArrayList<>();
    int offset = 0;
    while (true) {
      JsonNode page = http.get(P + "/" + id + "/crm/contact?offset=" + offset).json();
      sizes.add(page.size());
      for (JsonNode record : page) {
        assertThat(seen.add(record.path("id").asText())).isTrue();
        assertThat(record.path("name").asText()).isNotBlank();
        assertThat(record.path("emails").get(0).path("email").asText()).contains("@");
        assertThat(Instant.parse(record.path("updated_at").asText()))
            .isAfterOrEqualTo(Instant.parse(record.path("created_at").asText()));
      }
      if (page.size() < 50) {
        break;
      }
      offset += page.size();
    }
    assertThat(sizes).containsExactly(50, 50, 20);
    assertThat(seen).hasSize(FakeServer.DEFAULT_RECORDS_PER_RESOURCE);
  }

  @Test
  void limitOffsetQueryAndUpdatedGteFilter() {
    String id = connect("hubspot", "crm");
    JsonNode all = http.get(P + "/" + id + "/crm/company?limit=100").json();
    assertThat(all).hasSize(100);
    JsonNode three = http.get(P + "/" + id + "/crm/company?limit=3&offset=5").json();
    assertThat(three).hasSize(3);
    assertThat(three.get(0)).isEqualTo(all.get(5));

    String name = all.get(7).path("name").asText();
    String needle = name.substring(0, 4).toUpperCase();
    JsonNode found = http.get(P + "/" + id + "/crm/company?limit=100&query=" + needle).json();
    assertThat(found).isNotEmpty();
    found.forEach(r -> assertThat(r.toString().toLowerCase()).contains(needle.toLowerCase()));
    assertThat(http.get(P + "/" + id + "/crm/company?query=zzzz-no-match").json()).isEmpty();

    String cut = all.get(40).path("updated_at").asText();
    JsonNode recent = http.get(P + "/" + id + "/crm/company?limit=100&updated_gte=" + cut).json();
    assertThat(recent).isNotEmpty();
    recent.forEach(r -> assertThat(Instant.parse(r.path("updated_at").asText())).isAfterOrEqualTo(Instant.parse(cut)));
    long expected = 0;
    for (JsonNode r : http.get(P + "/" + id + "/crm/company?limit=100&offset=0").json()) {
      expected += Instant.parse(r.path("updated_at").asText()).isBefore(Instant.parse(cut)) ? 0 : 1;
    }
    for (JsonNode r : http.get(P + "/" + id + "/crm/company?limit=100&offset=100").json()) {
      expected += Instant.parse(r.path("updated_at").asText()).isBefore(Instant.parse(cut)) ? 0 : 1;
    }
    JsonNode recentRest = http.get(P + "/" + id + "/crm/company?limit=100&offset=100&updated_gte=" + cut).json();
    assertThat(recent.size() + recentRest.size()).isEqualTo(expected);
    assertThat(http.get(P + "/" + id + "/crm/company?updated_gte=2024-01-01").json()).hasSize(50);
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=101", "limit=abc", "offset=-1", "offset=x", "updated_gte=yesterday",
      "updated_gte=2024-13-01"})
  void invalidDataQueryParametersAre400(String query) {
    String id = connect("hubspot", "crm");
    assertError(http.get(P + "/" + id + "/crm/contact?" + query), 400);
  }

  @Test
  void categoryAndObjectTypeErrors() {
    String id = connect("pipedrive", "crm");
    assertError(http.get(P + "/" + id + "/weather/contact"), 400);
    assertError(http.get(P + "/" + id + "/ticketing/ticket"), 405);
    assertError(http.get(P + "/" + id + "/crm/lead"), 405);
    assertError(http.get(P + "/" + id + "/crm/spaceship"), 405);
    assertThat(http.get(P + "/" + id + "/crm/deal").status()).isEqualTo(200);
    server.integrations().markUnsupported("pipedrive", "crm", "deal");
    assertError(http.get(P + "/" + id + "/crm/deal"), 405);
    assertError(http.get(P + "/conn_unknown/crm/contact"), 404);
  }

  @Test
  void recordsAreDeterministicFromTheSeed() {
    String id = connect("hubspot", "crm");
    JsonNode first = http.get(P + "/" + id + "/crm/contact?limit=5").json();
    try (FakeServer same = FakeServer.builder().clock(clock).start();
        FakeServer other = FakeServer.builder().clock(clock).seed(99).start();
        Http h1 = new Http(same.baseUrl()).header("Authorization", "Bearer " + FakeServer.DEFAULT_INTEGRATIONS_TOKEN);
        Http h2 = new Http(other.baseUrl()).header("Authorization", "Bearer " + FakeServer.DEFAULT_INTEGRATIONS_TOKEN)) {
      String sameId = same.integrations().createConnection("hubspot", "crm");
      assertThat(sameId).isEqualTo(id);
      assertThat(h1.get(P + "/" + sameId + "/crm/contact?limit=5").json()).isEqualTo(first);
      String otherId = other.integrations().createConnection("hubspot", "crm");
      assertThat(otherId).isNotEqualTo(id);
      assertThat(h2.get(P + "/" + otherId + "/crm/contact?limit=5").json()).isNotEqualTo(first);
    }
  }

  @Test
  void passthroughEchoesWhatTheThirdPartyWouldReceive() {
    String id = connect("salesforce", "crm");
    Http.Result r = http.post(P + "/" + id + "/passthrough",
        "{\"method\":\"POST\",\"path\":\"/services/data/v59.0/sobjects/Contact\",\"data\":{\"LastName\":\"Hopper\"}}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("method").asText()).isEqualTo("POST");
    assertThat(r.json().path("path").asText()).isEqualTo("/services/data/v59.0/sobjects/Contact");
    assertThat(r.json().path("data").path("LastName").asText()).isEqualTo("Hopper");
    assertThat(r.json().path("integration_type").asText()).isEqualTo("salesforce");
    JsonNode nullData = http.post(P + "/" + id + "/passthrough", "{\"method\":\"GET\",\"path\":\"/crm/contacts\"}").json();
    assertThat(nullData.path("data").isNull()).isTrue();

    assertError(http.post(P + "/" + id + "/passthrough", "{\"method\":\"TRACE\",\"path\":\"/x\"}"), 400);
    assertError(http.post(P + "/" + id + "/passthrough", "{\"method\":\"get\",\"path\":\"/x\"}"), 400);
    assertError(http.post(P + "/" + id + "/passthrough", "{\"method\":\"GET\"}"), 400);
    assertError(http.post(P + "/" + id + "/passthrough", "{\"method\":\"GET\",\"path\":\"crm\"}"), 400);
    assertError(http.post(P + "/" + id + "/passthrough", "{\"method\":\"GET\",\"path\":\"/a b\"}"), 400);
    assertError(http.post(P + "/" + id + "/passthrough", "{\"method\":\"GET\",\"path\":\"/x\",\"data\":[1]}"), 400);
    assertError(http.post(P + "/" + id + "/passthrough", "not json"), 400);
    assertError(http.post(P + "/conn_nope/passthrough", "{\"method\":\"GET\",\"path\":\"/x\"}"), 404);
  }

  @Test
  void perTokenRateLimitAnswers429WithRetryAfterInASlidingWindow() {
    server.close();
    server = FakeServer.builder().clock(clock).integrationsRateLimitPerMinute(3).start();
    try (Http h = new Http(server.baseUrl()).header("Authorization", "Bearer " + FakeServer.DEFAULT_INTEGRATIONS_TOKEN)) {
      assertThat(h.get(P).status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(20));
      assertThat(h.get(P).status()).isEqualTo(200);
      assertThat(h.get(P).status()).isEqualTo(200);
      Http.Result limited = h.get(P);
      assertError(limited, 429);
      assertThat(limited.header("Retry-After")).isEqualTo("40");

      server.integrations().addToken("second-token");
      h.header("Authorization", "Bearer second-token");
      assertThat(h.get(P).status()).isEqualTo(200);
      h.header("Authorization", "Bearer " + FakeServer.DEFAULT_INTEGRATIONS_TOKEN);

      clock.advance(Duration.ofSeconds(40));
      assertThat(h.get(P).status()).isEqualTo(200);
      assertError(h.get(P), 429);
      clock.advance(Duration.ofSeconds(20));
      assertThat(h.get(P).status()).isEqualTo(200);
    }
  }

  @Test
  void defaultRateLimitIs240PerMinute() {
    assertThat(server.integrations().rateLimitPerMinute()).isEqualTo(240);
    int ok = 0;
    for (int i = 0; i < 240; i++) {
      ok += http.get(P + "/connections").status() == 200 ? 1 : 0;
    }
    assertThat(ok).isEqualTo(240);
    assertError(http.get(P + "/connections"), 429);
  }

  @Test
  void unknownPathsAndMethodsUseTheIntegrationsErrorFormat() {
    assertError(http.get(P + "/nothing/here"), 404);
    Http.Result wrongMethod = http.call("PUT", P + "/connections", "{}");
    assertError(wrongMethod, 405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
  }

  @Test
  void resetForgetsConnectionsTokensAndRateWindows() {
    String id = connect("hubspot", "crm");
    server.integrations().addToken("extra");
    server.reset();
    assertThat(server.integrations().connectionIds()).isEmpty();
    assertError(http.get(P + "/connections/" + id), 404);
    assertError(http.header("Authorization", "Bearer extra").get(P), 401);
    assertThat(server.requests().total()).isEqualTo(2);
  }

  @Test
  void requestsAreCountedPerOperationWithTheTokenMasked() {
    connect("hubspot", "crm");
    assertThat(server.requests().count("integrations.connect")).isEqualTo(1);
    assertThat(server.requests().count("integrations.callback")).isEqualTo(1);
    assertThat(server.requests().last().header("Authorization")).isEqualTo("Bearer ****");
  }
}
