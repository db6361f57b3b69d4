package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class InspectionTest {
  private EchoServer server;
  private final OkHttpClient client = new OkHttpClient();

  @BeforeEach
  void start() throws IOException {
    server = new EchoServer();
  }

  @AfterEach
  void stop() {
    server.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Test
  void recordsMethodPathQueryHeadersBodyAndOperationWithSecretsMasked() throws IOException {
    String body = "{\"uri\":\"user://KEY123:SECRET456@\",\"client_secret\":\"s3cr3t\",\"name\":\"Ada\","
        + "\"nested\":{\"access_token\":\"tok\",\"link\":\"facebook://FBTOKEN@facebook.com\"}}";
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo?api_key=k1&q=x"))
        .header("Authorization", "Bearer sk_live_very_secret")
        .header("Proxy-Authorization", "Basic dXNlcjpwYXNz")
        .header("Cookie", "session=abc")
        .header("x-api-key", "key-value")
        .header("x-apideck-app-id", "app-1")
        .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    RecordedRequest rec = server.requests.last();
    assertThat(rec.method()).isEqualTo("POST");
    assertThat(rec.path()).isEqualTo("/echo");
    assertThat(rec.operation()).isEqualTo("echo.add");
    assertThat(rec.queryParam("q")).isEqualTo("x");
    assertThat(rec.queryParam("api_key")).isEqualTo("****");
    assertThat(rec.header("Authorization")).isEqualTo("Bearer ****");
    assertThat(rec.header("proxy-authorization")).isEqualTo("Basic ****");
    assertThat(rec.header("cookie")).isEqualTo("****");
    assertThat(rec.header("x-api-key")).isEqualTo("****");
    assertThat(rec.header("x-apideck-app-id")).isEqualTo("app-1");
    assertThat(rec.body()).contains("\"name\":\"Ada\"", "user://****@", "facebook://****@facebook.com")
        .doesNotContain("KEY123", "SECRET456", "s3cr3t", "tok\"", "FBTOKEN");
    assertThat(rec.toString()).doesNotContain("sk_live_very_secret", "dXNlcjpwYXNz", "SECRET456");
  }

  @Test
  void nonJsonBodiesAreMaskedByPattern() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo"))
        .post(RequestBody.create("{\"password\": \"hunter2\", broken user://a:b@ x",
            MediaType.get("application/json"))).build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(server.requests.last().body()).doesNotContain("hunter2", "a:b").contains("user://****@");
  }

  @Test
  void bodyWithoutSecretsIsKeptVerbatim() throws IOException {
    String body = "{ \"name\" : \"Ada\" }";
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo"))
        .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(server.requests.last().body()).isEqualTo(body);
  }

  @Test
  void countsPerOperationAndUnroutedRequestsHaveNoOperation() throws IOException {
    for (String path : List.of("/echo/1", "/echo/2", "/crm/things", "/nowhere")) {
      try (Response r = client.newCall(new Request.Builder().url(server.url(path)).build()).execute()) {
        assertThat(r.code()).isIn(200, 404);
      }
    }
    assertThat(server.requests.count("echo.get")).isEqualTo(2);
    assertThat(server.requests.count("crm.things.list")).isEqualTo(1);
    assertThat(server.requests.count("echo.add")).isZero();
    assertThat(server.requests.total()).isEqualTo(4);
    assertThat(server.requests.of("echo.get")).extracting(RecordedRequest::path).containsExactly("/echo/1", "/echo/2");
    assertThat(server.requests.last().operation()).isNull();
    server.requests.clear();
    assertThat(server.requests.all()).isEmpty();
    assertThat(server.requests.count("echo.get")).isZero();
  }

  @Test
  void keepsOnlyTheLastTenThousandButCountsAll() {
    RecordedRequests log = new RecordedRequests();
    for (int i = 0; i < RecordedRequests.CAPACITY + 5; i++) {
      log.add(new RecordedRequest("id-" + i, "GET", "/p/" + i, Map.of(), Map.of(), "", "op", Instant.EPOCH));
    }
    assertThat(log.all()).hasSize(RecordedRequests.CAPACITY);
    assertThat(log.all().get(0).requestId()).isEqualTo("id-5");
    assertThat(log.last().requestId()).isEqualTo("id-" + (RecordedRequests.CAPACITY + 4));
    assertThat(log.count("op")).isEqualTo(RecordedRequests.CAPACITY + 5);
  }
}
