package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
class FaultsTest {
  private EchoServer server;
  private final OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

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

  private Response get(String path) throws IOException {
    return client.newCall(new Request.Builder().url(server.url(path)).build()).execute();
  }

  private Response post(String path, String body) throws IOException {
    return client.newCall(new Request.Builder().url(server.url(path))
        .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute();
  }

  @Test
  void statusFaultAnswersTheNextNMatchingRequestsThenStops() throws IOException {
    server.faults.add(Fault.status(503).withRetryAfterSeconds(2).times(2));
    for (int i = 0; i < 2; i++) {
      try (Response r = get("/crm/things")) {
        assertThat(r.code()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("2");
        assertThat(r.header("Request-Id")).isNotBlank();
        JsonNode body = FakeJson.parse(r.body().bytes());
        assertThat(body.path("status_code").asInt()).isEqualTo(503);
        assertThat(body.path("type_name").asText()).isEqualTo("ConnectorExecutionError");
      }
    }
    try (Response r = get("/crm/things")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(server.faults.pending()).isZero();
    assertThat(server.requests.count("crm.things.list")).isEqualTo(3);
  }

  @Test
  void statusFaultDoesNotProcessTheRequest() throws IOException {
    server.faults.add(Fault.status(500));
    try (Response r = post("/json", "{\"a\":1}")) {
      assertThat(r.code()).isEqualTo(500);
      assertThat(FakeJson.parse(r.body().bytes()).path("status").asInt()).isEqualTo(500);
    }
  }

  @Test
  void retryAfterCanBeAnHttpDate() throws IOException {
    server.faults.add(Fault.status(429).withRetryAfterDate(Instant.parse("2026-01-02T03:04:05Z")));
    try (Response r = get("/echo/1")) {
      assertThat(r.code()).isEqualTo(429);
      assertThat(r.header("Retry-After")).isEqualTo("Fri, 02 Jan 2026 03:04:05 GMT");
    }
  }

  @Test
  void faultsMatchByMethodAndPathPrefixInTheOrderAdded() throws IOException {
    server.faults.add(Fault.status(502).forMethod("post").forPathPrefix("/echo"));
    server.faults.add(Fault.status(504).forPathPrefix("/echo"));
    try (Response r = get("/crm/things")) {
      assertThat(r.code()).isEqualTo(200);
    }
    try (Response r = get("/echo/1")) {
      assertThat(r.code()).isEqualTo(504);
    }
    try (Response r = post("/echo", "{}")) {
      assertThat(r.code()).isEqualTo(502);
    }
    try (Response r = post("/echo", "{}")) {
      assertThat(r.code()).isEqualTo(200);
    }
  }

  @Test
  void latencyDelaysAnOtherwiseNormalResponse() throws IOException {
    server.faults.add(Fault.latency(Duration.ofMillis(300)));
    long start = System.nanoTime();
    try (Response r = get("/echo/1")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(FakeJson.parse(r.body().bytes()).path("params").path("id").asText()).isEqualTo("1");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
  }

  @Test
  void stallOutlastsTheClientsReadTimeout() {
    server.faults.add(Fault.stall(Duration.ofSeconds(5)));
    OkHttpClient impatient = client.newBuilder().readTimeout(Duration.ofMillis(300)).build();
    long start = System.nanoTime();
    assertThatThrownBy(() -> impatient.newCall(new Request.Builder().url(server.url("/echo/1")).build()).execute())
        .isInstanceOf(SocketTimeoutException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void dropBeforeResponseClosesWithoutAByteButTheRequestTookEffect() {
    server.faults.add(Fault.dropBeforeResponse());
    assertThatThrownBy(() -> get("/echo/1")).isInstanceOf(IOException.class);
    assertThat(server.requests.count("echo.get")).isEqualTo(1);
  }

  @Test
  void dropMidBodySendsHeadersAndHalfTheBody() throws IOException {
    server.faults.add(Fault.dropMidBody());
    try (Response r = get("/echo/1")) {
      assertThat(r.code()).isEqualTo(200);
      long declared = Long.parseLong(r.header("Content-Length"));
      assertThat(declared).isGreaterThan(100);
      assertThatThrownBy(() -> r.body().bytes()).isInstanceOf(IOException.class)
          .isNotInstanceOf(InterruptedIOException.class);
    }
  }

  @Test
  void dropMidBodyBreaksAResponseWhoseBodyIsEmpty() {
    server.faults.add(Fault.dropMidBody());
    Request delete = new Request.Builder().url(server.url("/empty/1")).delete().build();
    assertThatThrownBy(() -> {
      try (Response r = client.newCall(delete).execute()) {
        r.body().bytes();
      }
    }).isInstanceOf(IOException.class).isNotInstanceOf(InterruptedIOException.class);
    assertThat(server.requests.count("empty.delete")).isEqualTo(1);
  }

  @Test
  void truncatedJsonIsWellFramedButCutInHalf() throws IOException {
    server.faults.add(Fault.truncatedJson());
    byte[] cut;
    try (Response r = get("/echo/1")) {
      assertThat(r.code()).isEqualTo(200);
      cut = r.body().bytes();
      assertThat(Long.parseLong(r.header("Content-Length"))).isEqualTo(cut.length);
    }
    assertThatThrownBy(() -> FakeJson.parse(cut)).isInstanceOf(FakeJson.MalformedJsonException.class);
    try (Response r = get("/echo/1")) {
      byte[] whole = r.body().bytes();
      assertThat(cut).hasSize(whole.length / 2);
      assertThat(new String(whole, StandardCharsets.UTF_8)).startsWith(new String(cut, StandardCharsets.UTF_8));
      assertThat(FakeJson.parse(whole).path("params").path("id").asText()).isEqualTo("1");
    }
  }

  @Test
  void malformedJsonIs200WithTheDocumentedBody() throws IOException {
    server.faults.add(Fault.malformedJson());
    try (Response r = get("/nowhere")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("application/json");
      String body = r.body().string();
      assertThat(body).isEqualTo(Fault.MALFORMED_BODY);
      assertThatThrownBy(() -> FakeJson.parse(body.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(FakeJson.MalformedJsonException.class);
    }
  }

  @Test
  void headerFaultAppliesToThatRequestOnly() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo/1"))
        .header("x-fake-fault", "status=429; retry-after=3").build()).execute()) {
      assertThat(r.code()).isEqualTo(429);
      assertThat(r.header("Retry-After")).isEqualTo("3");
    }
    try (Response r = get("/echo/1")) {
      assertThat(r.code()).isEqualTo(200);
    }
  }

  @Test
  void invalidFaultHeaderIs400() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo/1"))
        .header("x-fake-fault", "explode=yes").build()).execute()) {
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.body().string()).contains("x-fake-fault");
    }
  }

  @Test
  void retryAfterOnANonStatusFaultHeaderIs400NotAServerError() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo/1"))
        .header("x-fake-fault", "latency=10ms; retry-after=2").build()).execute()) {
      assertThat(r.code()).isEqualTo(400);
      assertThat(r.body().string()).contains("x-fake-fault", "Retry-After");
    }
  }

  @Test
  void adminEndpointQueuesFaultsAndListsAndResets() throws IOException {
    try (Response r = post("/__admin/faults",
        "{\"fault\":\"status=503;retry-after=1\",\"times\":2,\"method\":\"GET\",\"path_prefix\":\"/echo\"}")) {
      assertThat(r.code()).isEqualTo(201);
      assertThat(FakeJson.parse(r.body().bytes()).path("pending").asInt()).isEqualTo(2);
    }
    try (Response r = get("/__admin/faults")) {
      assertThat(FakeJson.parse(r.body().bytes()).path("faults").get(0).asText()).contains("STATUS 503");
    }
    try (Response r = get("/echo/1")) {
      assertThat(r.code()).isEqualTo(503);
    }
    try (Response r = get("/__admin/requests?operation=echo.get")) {
      JsonNode body = FakeJson.parse(r.body().bytes());
      assertThat(body.path("count").asInt()).isEqualTo(1);
      assertThat(body.path("requests").get(0).path("path").asText()).isEqualTo("/echo/1");
    }
    try (Response r = post("/__admin/faults", "{\"fault\":\"status=200\"}")) {
      assertThat(r.code()).isEqualTo(400);
    }
    try (Response r = post("/__admin/reset", "{}")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(server.faults.pending()).isZero();
    assertThat(server.requests.total()).isZero();
  }

  @Test
  void parseUnderstandsEveryFaultType() {
    assertThat(Fault.parse("status=503;retry-after=2;times=3;method=get;path=/crm"))
        .isEqualTo(Fault.status(503).withRetryAfterSeconds(2).times(3).forMethod("GET").forPathPrefix("/crm"));
    assertThat(Fault.parse("status=429; retry-after=Wed, 21 Oct 2015 07:28:00 GMT").retryAfter())
        .isEqualTo("Wed, 21 Oct 2015 07:28:00 GMT");
    assertThat(Fault.parse("latency=250ms")).isEqualTo(Fault.latency(Duration.ofMillis(250)));
    assertThat(Fault.parse("stall=1.5s")).isEqualTo(Fault.stall(Duration.ofMillis(1500)));
    assertThat(Fault.parse("drop=before-response")).isEqualTo(Fault.dropBeforeResponse());
    assertThat(Fault.parse("drop=mid-body")).isEqualTo(Fault.dropMidBody());
    assertThat(Fault.parse("body=truncated")).isEqualTo(Fault.truncatedJson());
    assertThat(Fault.parse("body=malformed")).isEqualTo(Fault.malformedJson());
  }

  @Test
  void parseRejectsNonsense() {
    assertThatThrownBy(() -> Fault.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.parse("status=503;latency=1s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.parse("status=abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.parse("stall=99s")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.parse("latency=1s;retry-after=1")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Fault.parse("drop=sideways")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.parse("status=503;times=0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.parse("status=503;path=crm")).isInstanceOf(IllegalArgumentException.class);
  }
}
