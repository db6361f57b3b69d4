package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.HttpServer;
import dev.unisdk.fakeserver.internal.http.Router;
import dev.unisdk.fakeserver.internal.server.ApiMount;
import dev.unisdk.fakeserver.internal.server.Dispatcher;
import dev.unisdk.fakeserver.internal.server.ErrorFormats;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Apideck fake behind the real loopback HTTP server and dispatcher, called with the JDK client. */
@Timeout(60)
class ApideckOverHttpTest {
  private ApideckFake fake;
  private HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws Exception {
    fake = new ApideckFake(new ApideckSettings(FakeCalls.KEY, FakeCalls.APP, 3, 12, FakeCalls.CLOCK, null));
    Router router = new Router();
    fake.register(router);
    List<ApiMount> mounts = List.of(new ApiMount("apideck", List.of("/crm", "/sms"), fake, ErrorFormats.APIDECK));
    server = HttpServer.start(0, new Dispatcher(router, mounts, (m, p) -> null, r -> { }, FakeCalls.CLOCK, null),
        HttpServer.Settings.defaults());
  }

  @AfterEach
  void stop() {
    server.close();
    fake.close();
  }

  private String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private HttpResponse<String> send(String method, String pathAndQuery, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : base() + pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + FakeCalls.KEY)
        .header("x-apideck-app-id", FakeCalls.APP)
        .header("x-apideck-consumer-id", "http-consumer")
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) {
    return FakeJson.parse(r.body().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void crudOverHttpWithRequestIdHeader() throws Exception {
    HttpResponse<String> created = send("POST", "/crm/contacts", "{\"name\":\"Ada Lovelace\",\"emails\":[{\"email\":\"ada@x.example\"}]}");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Request-Id")).isPresent();
    String id = json(created).get("data").get("id").asText();

    assertThat(json(send("GET", "/crm/contacts/" + id, null)).get("data").get("name").asText()).isEqualTo("Ada Lovelace");
    assertThat(send("PATCH", "/crm/contacts/" + id, "{\"title\":\"Countess\"}").statusCode()).isEqualTo(200);
    assertThat(json(send("GET", "/crm/contacts/" + id + "?fields=title", null)).get("data").toString())
        .isEqualTo("{\"title\":\"Countess\"}");
    assertThat(send("DELETE", "/crm/contacts/" + id, null).statusCode()).isEqualTo(200);
    HttpResponse<String> gone = send("GET", "/crm/contacts/" + id, null);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(json(gone).get("type_name").asText()).isEqualTo("EntityNotFoundError");
  }

  @Test
  void followingLinksNextVisitsEveryRecordOnceWithFilterAndSortKept() throws Exception {
    Set<String> ids = new HashSet<>();
    int pages = 0;
    String url = "/crm/companies?limit=5&sort%5Bby%5D=name&sort%5Bdirection%5D=desc";
    JsonNode page;
    do {
      page = json(send("GET", url, null));
      page.get("data").forEach(r -> assertThat(ids.add(r.get("id").asText())).isTrue());
      url = page.get("links").get("next").isNull() ? null : page.get("links").get("next").asText();
      pages++;
    } while (url != null && pages < 20);
    assertThat(ids).hasSize(12);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void errorsOverHttpHaveTheDocumentedShape() throws Exception {
    HttpResponse<String> bad = send("POST", "/sms/messages", "{\"from\":\"+1\",\"to\":\"+2\",\"body\":\"" + "x".repeat(1601) + "\"}");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).get("type_name").asText()).isEqualTo("RequestValidationError");

    HttpResponse<String> malformed = send("POST", "/crm/notes", "{");
    assertThat(malformed.statusCode()).isEqualTo(400);

    HttpResponse<String> cursor = send("GET", "/crm/leads?cursor=forged", null);
    assertThat(json(cursor).get("type_name").asText()).isEqualTo("InvalidCursorError");

    HttpResponse<String> unauth = client.send(HttpRequest.newBuilder(URI.create(base() + "/crm/leads")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(unauth.statusCode()).isEqualTo(401);
    assertThat(json(unauth).get("type_name").asText()).isEqualTo("UnauthorizedError");
  }
}
