package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The merged Apideck fake served by FakeServer: routing, error format, faults, inspection, concurrency. */
@Timeout(60)
class ApideckOverHttpTest {
  private FakeServer server;
  private Http http;

  @BeforeEach
  void start() {
    server = FakeServer.start();
    http = apideckClient("consumer-1");
  }

  private Http apideckClient(String consumer) {
    return new Http(server.baseUrl())
        .header("Authorization", "Bearer " + FakeServer.DEFAULT_APIDECK_API_KEY)
        .header("x-apideck-app-id", FakeServer.DEFAULT_APIDECK_APP_ID)
        .header("x-apideck-consumer-id", consumer);
  }

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  @Test
  void listsSeededContactsWithTheServersCredentials() {
    Http.Result r = http.get("/crm/contacts?limit=5");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Request-Id")).isNotBlank();
    assertThat(r.json().path("data")).hasSize(5);
    assertThat(server.apideck().apiKey()).isEqualTo(FakeServer.DEFAULT_APIDECK_API_KEY);
    assertThat(server.requests().count("crm.contacts.list")).isEqualTo(1);
    assertThat(server.requests().last().header("authorization")).isEqualTo("Bearer ****");
  }

  @Test
  void unknownApideckPathAndWrongMethodUseTheApideckErrorBody() {
    Http.Result missing = http.get("/crm/spaceships");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("type_name").asText()).isEqualTo("EntityNotFoundError");
    Http.Result wrong = http.call("PUT", "/crm/contacts", "{}");
    assertThat(wrong.status()).isEqualTo(405);
    assertThat(wrong.json().path("status_code").asInt()).isEqualTo(405);
    assertThat(wrong.header("Allow")).isEqualTo("GET, POST");
  }

  @Test
  void injectedStatusFaultUsesTheApideckErrorBodyAndCreatesNothing() {
    server.faults().add(Fault.status(503).withRetryAfterSeconds(1).forMethod("POST"));
    Http.Result r = http.post("/crm/companies", "{\"name\":\"Faulted\"}");
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("Retry-After")).isEqualTo("1");
    assertThat(r.json().path("status_code").asInt()).isEqualTo(503);
    assertThat(server.apideck().records("consumer-1", "salesforce", "companies"))
        .noneMatch(c -> c.path("name").asText().equals("Faulted"));
    Http.Result ok = http.post("/crm/companies", "{\"name\":\"Created\"}");
    assertThat(ok.status()).isEqualTo(201);
    assertThat(server.requests().count("crm.companies.add")).isEqualTo(2);
  }

  @Test
  void sixteenThreadsCreateContactsAndEachIsStoredExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      int thread = t;
      tasks.add(() -> {
        List<String> ids = new ArrayList<>();
        try (Http client = apideckClient("concurrent")) {
          for (int i = 0; i < 10; i++) {
            Http.Result r = client.post("/crm/contacts", "{\"name\":\"T" + thread + "-" + i + "\"}");
            assertThat(r.status()).isEqualTo(201);
            ids.add(r.json().path("data").path("id").asText());
          }
        }
        return ids;
      });
    }
    Set<String> created = new HashSet<>();
    try {
      for (Future<List<String>> f : pool.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
        created.addAll(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(created).hasSize(160);
    List<JsonNode> stored = server.apideck().records("concurrent", "salesforce", "contacts");
    Set<String> storedIds = new HashSet<>();
    stored.forEach(c -> storedIds.add(c.path("id").asText()));
    assertThat(storedIds).containsAll(created);
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(160);
  }

  @Test
  void resetForgetsCreatedRecords() {
    String id = http.post("/crm/notes", "{\"title\":\"x\"}").json().path("data").path("id").asText();
    assertThat(http.get("/crm/notes/" + id).status()).isEqualTo(200);
    server.reset();
    assertThat(http.get("/crm/notes/" + id).status()).isEqualTo(404);
  }
}
