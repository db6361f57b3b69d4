package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
class HttpServerTest {
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

  private static JsonNode json(RawHttp.Response r) {
    return FakeJson.parse(r.body().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keepAliveServesSeveralRequestsOnOneConnection() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("GET /echo/1 HTTP/1.1\r\nHost: x\r\n\r\n");
      RawHttp.Response first = raw.read();
      raw.send("GET /echo/2 HTTP/1.1\r\nHost: x\r\n\r\n");
      RawHttp.Response second = raw.read();
      assertThat(first.status()).isEqualTo(200);
      assertThat(json(first).path("params").path("id").asText()).isEqualTo("1");
      assertThat(json(second).path("params").path("id").asText()).isEqualTo("2");
      assertThat(first.header("connection")).isNull();
    }
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("GET /echo/a HTTP/1.1\r\nHost: x\r\n\r\nGET /echo/b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(json(raw.read()).path("params").path("id").asText()).isEqualTo("a");
      RawHttp.Response last = raw.read();
      assertThat(json(last).path("params").path("id").asText()).isEqualTo("b");
      assertThat(last.header("connection")).isEqualTo("close");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void http10ClosesAfterTheResponseUnlessKeepAlive() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("GET /echo/1 HTTP/1.0\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(200);
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void chunkedRequestBodyIsReassembled() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n");
      RawHttp.Response r = raw.read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(json(r).path("body").asText()).isEqualTo("hello, world");
      raw.send("GET /echo/after HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(json(raw.read()).path("params").path("id").asText()).isEqualTo("after");
    }
  }

  @Test
  void contentLengthBodyIsReadExactly() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo"))
        .post(RequestBody.create("{\"a\":\"ü\"}", MediaType.get("application/json"))).build()).execute()) {
      JsonNode body = FakeJson.parse(r.body().bytes());
      assertThat(body.path("body").asText()).isEqualTo("{\"a\":\"ü\"}");
    }
  }

  @Test
  void expectContinueGets100BeforeTheBody() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(100);
      raw.send("{}");
      RawHttp.Response r = raw.read();
      assertThat(r.status()).isEqualTo(200);
      assertThat(json(r).path("body").asText()).isEqualTo("{}");
    }
  }

  @Test
  void expectContinueWithAnOversizedBodyGets413AndNo100() throws IOException {
    server.close();
    server = new EchoServer(new HttpServer.Settings(8, 8, 5_000, 16));
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 17\r\nExpect: 100-continue\r\n\r\n");
      RawHttp.Response r = raw.read();
      assertThat(r.status()).isEqualTo(413); // the final answer comes first: the client never sends the body
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void transferCodingsOtherThanBareChunkedAre501() throws IOException {
    for (String te : List.of("gzip, chunked", "gzip", "chunked, chunked", "deflate,chunked")) {
      try (RawHttp raw = new RawHttp(server.http.port())) {
        raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " + te + "\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        assertThat(raw.read().status()).as(te).isEqualTo(501);
        assertThat(raw.closedByServer()).as(te).isTrue();
      }
    }
    try (RawHttp raw = new RawHttp(server.http.port())) { // two header lines make a list of codings too
      raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "2\r\n{}\r\n0\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(501);
    }
  }

  @Test
  void pathSegmentsAndQueryArePercentDecoded() throws IOException {
    String url = server.url("/echo/a%2Fb%20c?filter%5Bname%5D=Ada+Lovelace&filter[name]=x%26y&sort[by]=name&flag");
    try (Response r = client.newCall(new Request.Builder().url(url).build()).execute()) {
      JsonNode body = FakeJson.parse(r.body().bytes());
      assertThat(body.path("params").path("id").asText()).isEqualTo("a/b c");
      assertThat(body.path("path").asText()).isEqualTo("/echo/a%2Fb%20c");
      assertThat(body.path("query").path("filter[name]").get(0).asText()).isEqualTo("Ada Lovelace");
      assertThat(body.path("query").path("filter[name]").get(1).asText()).isEqualTo("x&y");
      assertThat(body.path("query").path("sort[by]").get(0).asText()).isEqualTo("name");
      assertThat(body.path("query").path("flag").get(0).asText()).isEmpty();
    }
  }

  @Test
  void plusInThePathIsNotASpace() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo/a+b")).build()).execute()) {
      assertThat(FakeJson.parse(r.body().bytes()).path("params").path("id").asText()).isEqualTo("a+b");
    }
  }

  @Test
  void malformedPercentEscapeIs400() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("GET /echo/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
      RawHttp.Response r = raw.read();
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.header("request-id")).isNotBlank();
    }
  }

  @Test
  void malformedRequestLineIs400AndCloses() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("NOT A REQUEST LINE AT ALL\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(400);
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void unsupportedHttpVersionIs505() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("GET /echo/1 HTTP/2.0\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(505);
    }
  }

  @Test
  void oversizedBodyIs413() throws IOException {
    server.close();
    server = new EchoServer(new HttpServer.Settings(8, 8, 5_000, 16));
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 17\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(413);
    }
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n1\r\nx\r\n0\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(413);
    }
  }

  @Test
  void oversizedHeaderSectionIs431() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      StringBuilder sb = new StringBuilder("GET /echo/1 HTTP/1.1\r\n");
      for (int i = 0; i < 201; i++) {
        sb.append("X-H").append(i).append(": v\r\n");
      }
      raw.send(sb.append("\r\n").toString());
      assertThat(raw.read().status()).isEqualTo(431);
    }
  }

  @Test
  void bothContentLengthAndChunkedIs400() throws IOException {
    try (RawHttp raw = new RawHttp(server.http.port())) {
      raw.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
      assertThat(raw.read().status()).isEqualTo(400);
    }
  }

  @Test
  void unknownPathIs404AndOtherMethodIs405InTheOwningApisFormat() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/nowhere")).build()).execute()) {
      assertThat(r.code()).isEqualTo(404);
      assertThat(FakeJson.parse(r.body().bytes()).path("status").asInt()).isEqualTo(404);
    }
    try (Response r = client.newCall(new Request.Builder().url(server.url("/crm/unknown")).build()).execute()) {
      assertThat(r.code()).isEqualTo(404);
      JsonNode body = FakeJson.parse(r.body().bytes());
      assertThat(body.path("status_code").asInt()).isEqualTo(404);
      assertThat(body.path("type_name").asText()).isEqualTo("EntityNotFoundError");
    }
    try (Response r = client.newCall(new Request.Builder().url(server.url("/crm/things"))
        .put(RequestBody.create("{}", MediaType.get("application/json"))).build()).execute()) {
      assertThat(r.code()).isEqualTo(405);
      assertThat(r.header("Allow")).isEqualTo("GET");
      assertThat(FakeJson.parse(r.body().bytes()).path("status_code").asInt()).isEqualTo(405);
    }
    try (Response r = client.newCall(new Request.Builder().url(server.url("/echo/1"))
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build()).execute()) {
      assertThat(r.code()).isEqualTo(405);
      assertThat(r.header("Allow")).isEqualTo("GET, DELETE");
    }
  }

  @Test
  void handlerFailureIs500AndMalformedJsonIs400() throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/boom")).build()).execute()) {
      assertThat(r.code()).isEqualTo(500);
      assertThat(r.header("Request-Id")).isNotBlank();
    }
    try (Response r = client.newCall(new Request.Builder().url(server.url("/json"))
        .post(RequestBody.create("{\"a\":", MediaType.get("application/json"))).build()).execute()) {
      assertThat(r.code()).isEqualTo(400);
    }
  }

  @Test
  void everyResponseHasAUniqueRequestId() throws IOException {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      String path = i % 2 == 0 ? "/echo/" + i : "/missing";
      try (Response r = client.newCall(new Request.Builder().url(server.url(path)).build()).execute()) {
        assertThat(r.header("Request-Id")).isNotBlank();
        ids.add(r.header("Request-Id"));
      }
    }
    assertThat(ids).hasSize(20);
    assertThat(server.requests.all()).extracting(RecordedRequest::requestId)
        .containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void servesSixteenConcurrentClientsWithoutLosingARequest() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int thread = t;
        tasks.add(() -> {
          int ok = 0;
          for (int i = 0; i < 25; i++) {
            try (Response r = client.newCall(new Request.Builder()
                .url(server.url("/echo/" + thread + "-" + i)).build()).execute()) {
              JsonNode body = FakeJson.parse(r.body().bytes());
              if (r.code() == 200 && body.path("params").path("id").asText().equals(thread + "-" + i)) {
                ok++;
              }
            }
          }
          return ok;
        });
      }
      int total = 0;
      for (Future<Integer> f : pool.invokeAll(tasks, 20, TimeUnit.SECONDS)) {
        total += f.get();
      }
      assertThat(total).isEqualTo(16 * 25);
      assertThat(server.requests.count("echo.get")).isEqualTo(16 * 25);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closeEndsEveryServerThreadAndOpenConnection() throws Exception {
    RawHttp idle = new RawHttp(server.http.port());
    idle.send("GET /echo/1 HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(idle.read().status()).isEqualTo(200);
    int port = server.http.port();
    String prefix = HttpServer.THREAD_PREFIX;
    assertThat(serverThreads(prefix, port)).isNotEmpty();

    server.close();

    assertThat(idle.closedByServer()).isTrue();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!serverThreads(prefix, port).isEmpty() && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
    assertThat(serverThreads(prefix, port)).isEmpty();
    assertThat(server.http.openConnections()).isZero();
    idle.close();
    try (java.net.Socket s = new java.net.Socket()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1_000))
          .isInstanceOf(IOException.class);
    }
  }

  private static List<Thread> serverThreads(String prefix, int port) {
    List<Thread> found = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && t.getName().startsWith(prefix) && t.getName().contains("-" + port)) {
        found.add(t);
      }
    }
    return found;
  }
}
