package dev.unisdk.core;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.auth.BearerAuth;
import dev.unisdk.core.auth.HeaderAuth;
import dev.unisdk.core.errors.ConnectionException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** slf4j-simple writes to System.err (see simplelogger.properties); these tests capture it. */
class LoggingRedactionTest {
  private final MockWebServer server = new MockWebServer();
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private Transport transport;

  @BeforeEach
  void start() throws Exception {
    server.start();
    transport = Transport.builder()
        .options(TestServers.options(server, new RecordingSleeper()).sensitiveHeader("X-Tenant-Secretish").build())
        .auth(BearerAuth.of("tok_SECRET1"), HeaderAuth.of(Collections.singletonMap("x-apideck-app-id", "app_SECRET2")))
        .build();
    originalErr = System.err;
    System.setErr(new PrintStream(captured, true, "UTF-8"));
  }

  @AfterEach
  void stop() throws Exception {
    System.setErr(originalErr);
    transport.close();
    server.shutdown();
  }

  private String log() {
    System.err.flush();
    return new String(captured.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void logsMethodUrlStatusDurationAndRequestIdWithSecretsRedacted() {
    server.enqueue(new MockResponse().setHeader("Request-Id", "req_L1")
        .setHeader("Set-Cookie", "session=cookie_SECRET3").setBody("{\"ok\":true}"));
    transport.execute(ApiRequest.builder("POST").pathSegments("things")
        .query("limit", "5").query("api_key", "q_SECRET4").query("access_token", "q_SECRET5")
        .query("signature", "q_SECRET6")
        .header("Cookie", "c=cookie_SECRET7").header("X-Tenant-Secretish", "h_SECRET8")
        .header("X-Api-Key", "h_SECRET9")
        .jsonBody(Collections.singletonMap("name", "Ada"))
        .build(), ResponseDecoder.discard());
    String log = log();
    assertThat(log).contains("--> POST http://localhost:" + server.getPort() + "/things?limit=5")
        .contains("200 POST")
        .contains("request id req_L1")
        .containsPattern("\\(\\d+ ms, request id req_L1\\)")
        .contains("{\"name\":\"Ada\"}")
        .contains("{\"ok\":true}")
        .contains("Authorization=REDACTED")
        .contains("api_key=REDACTED")
        .doesNotContain("SECRET");
  }

  @Test
  void bodiesAreLoggedBoundedAtTrace() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      big.append('x');
    }
    server.enqueue(new MockResponse().setBody("\"" + big + "\""));
    transport.execute(ApiRequest.builder("POST").pathSegments("big").jsonBody(big.toString()).build(),
        ResponseDecoder.discard());
    String log = log();
    assertThat(log).contains("... (10002 bytes)");
    assertThat(log).doesNotContain(big.substring(0, 4097));
  }

  @Test
  void traceBodiesMaskSecretLookingMembersAndUriUserInfo() {
    server.enqueue(new MockResponse().setBody(
        "{\"status\":200,\"uri\":\"user://k_SECRET12:s_SECRET13@\",\"info\":\"OK\"}"));
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("name", "facebook");
    body.put("uri", "facebook://tok_SECRET14@facebook.com");
    body.put("access_token", "tok_SECRET15");
    transport.execute(ApiRequest.builder("POST").pathSegments("v2", "connection", "add").jsonBody(body).build(),
        ResponseDecoder.discard());
    assertThat(log())
        .contains("\"name\":\"facebook\"")
        .contains("facebook://REDACTED@facebook.com")
        .contains("\"access_token\":\"REDACTED\"")
        .contains("user://REDACTED@")
        .contains("\"info\":\"OK\"")
        .doesNotContain("SECRET");
  }

  @Test
  void traceLoggingOfAVeryLongStringNeitherFailsTheCallNorLeaks() {
    StringBuilder longText = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      longText.append(i % 10);
    }
    server.enqueue(new MockResponse().setBody("{\"note\":\"" + longText + "\",\"token\":\"t_SECRET16\"}"));
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("password", "p_SECRET17");
    body.put("body", longText.toString());
    transport.execute(ApiRequest.builder("POST").pathSegments("long").jsonBody(body).build(),
        ResponseDecoder.discard());
    assertThat(log()).contains("\"password\":\"REDACTED\"").doesNotContain("SECRET");
  }

  @Test
  void aSecretValueCutByTheLogLimitIsStillMasked() {
    assertThat(dev.unisdk.core.internal.Redaction.body("{\"a\":1,\"api_key\":\"k_SECRET18")).doesNotContain("SECRET");
    assertThat(dev.unisdk.core.internal.Redaction.body("{\"token\": 42, \"name\": \"x\"}"))
        .isEqualTo("{\"token\": 42, \"name\": \"x\"}");
    assertThat(dev.unisdk.core.internal.Redaction.body("{\"q\":\"a \\\"key\\\": b\",\"secret\":\"s_SECRET19\"}"))
        .contains("\"q\":\"a \\\"key\\\": b\"").doesNotContain("SECRET");
  }

  @Test
  void logsRetriesAtDebugWithTheRedactedUrl() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));
    transport.execute(ApiRequest.builder("GET").pathSegments("r").query("token", "q_SECRET10").build(),
        ResponseDecoder.discard());
    assertThat(log()).contains("Retrying GET http://localhost:" + server.getPort() + "/r?token=REDACTED in 500 ms (retry 1 of 2) after status 503")
        .doesNotContain("SECRET");
  }

  @Test
  void exceptionMessagesNeverCarryQuerySecrets() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (Transport t = transport.withOptions(b -> b.baseUrl("http://127.0.0.1:" + port).retryPolicy(RetryPolicy.none()))) {
      assertThatThrownBy(() -> t.execute(
          ApiRequest.builder("GET").pathSegments("x").query("password", "p_SECRET11").build(),
          ResponseDecoder.discard()))
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("password=REDACTED")
          .hasMessageNotContaining("SECRET");
    }
  }

  @Test
  void traceMasksTokensWithSlashesJsonEscapedUrisAndQueriesInsidePassthroughPaths() {
    server.enqueue(new MockResponse().setBody("{\"uri\":\"user:\\/\\/k_SECRET20:s_SECR\\/ET21@\","
        + "\"next\":\"/crm/v3/objects?limit=5&hapikey=hk_SECRET22\",\"esc\":\"a\\u0026access_token=at_SECRET23\"}"));
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("uri", "facebook://EAAB/tok+SECRET24==@facebook.com");
    body.put("path", "/contacts?hapikey=hk_SECRET25&limit=10");
    transport.execute(ApiRequest.builder("POST")
            .pathSegments("passthrough", "hubspot", "/crm/v3/objects/contacts?hapikey=hk_SECRET26&limit=10")
            .jsonBody(body).build(),
        ResponseDecoder.discard());
    String log = log();
    assertThat(log)
        .contains("facebook://REDACTED@facebook.com")
        .contains("user:\\/\\/REDACTED@")
        .contains("hapikey=REDACTED")
        .containsPattern("contacts%3Fhapikey(=|%3D)REDACTED")
        .contains("limit=10")
        .doesNotContain("SECRET");
  }

  @Test
  void redactionOfFreeTextKeepsWhatIsNotSecret() {
    assertThat(dev.unisdk.core.internal.Redaction.text("GET /a?limit=5&cursor=abc&api_token=t_SECRET27#frag"))
        .isEqualTo("GET /a?limit=5&cursor=abc&api_token=REDACTED#frag");
    assertThat(dev.unisdk.core.internal.Redaction.text("see https://docs.example.com/paging for details"))
        .isEqualTo("see https://docs.example.com/paging for details");
    assertThat(dev.unisdk.core.internal.Redaction.text("/x%3Fpass_through%5Bapi_token%5D%3Dv_SECRET28%26limit%3D1"))
        .isEqualTo("/x%3Fpass_through%5Bapi_token%5D%3DREDACTED%26limit%3D1");
  }

  @Test
  void serverTextInExceptionMessagesHasControlCharactersEscaped() {
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
        .setBody("{\"message\":\"bad\\r\\n12:00 INFO forged line\\u001b[31m red \\u2028 x ?hapikey=hk_SECRET29\"}"));
    Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> transport.execute(
        ApiRequest.builder("GET").pathSegments("e").build(), ResponseDecoder.discard()));
    assertThat(e).isInstanceOf(dev.unisdk.core.errors.ApiException.class);
    String message = e.getMessage();
    assertThat(message).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u001b").doesNotContain("\u2028")
        .contains("bad\\r\\n12:00 INFO forged line\\u001b[31m")
        .doesNotContain("SECRET");
    assertThat(dev.unisdk.core.internal.ServerText.escape("a\tb\u0085c")).isEqualTo("a\\tb\\u0085c");
  }
}
