package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/** A MockWebServer on 127.0.0.1 and a client pointed at it that records its retry waits. */
@Timeout(20)
abstract class MockServerTest {
  static final String TOKEN = "test-token-123";

  MockWebServer server;
  IntegrationsClient api;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    api = IntegrationsClient.builder()
        .token(TOKEN)
        .options(IntegrationsClient.optionsBuilder()
            .baseUrl(server.url("/api").toString())
            .callTimeout(Duration.ofSeconds(5))
            .sleeper(sleeps::add)
            .build())
        .build();
  }

  @AfterEach
  void stopServer() throws IOException {
    api.close();
    server.shutdown();
  }

  void enqueueJson(int status, String body) {
    server.enqueue(new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body));
  }

  void enqueueJson(String body) {
    enqueueJson(200, body);
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  /** Asserts the headers every request of this API must carry. */
  static void assertConventions(RecordedRequest r) {
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(r.getHeader("Accept")).isEqualTo("application/json");
    if (r.getBodySize() > 0) {
      assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    } else {
      assertThat(r.getHeader("Content-Type")).isNull();
    }
  }

  /** Asserts one request: method, full path with query, conventions; returns the body text. */
  static String assertRequest(RecordedRequest r, String method, String pathAndQuery) {
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getPath()).isEqualTo(pathAndQuery);
    assertConventions(r);
    return r.getBody().readUtf8();
  }
}
