package dev.unisdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.errors.ValidationException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private RecordedRequest send(Interceptor... auth) throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport t = Transport.builder()
        .options(ClientOptions.builder().baseUrl(server.url("/").toString()).build())
        .auth(auth)
        .build()) {
      t.execute(ApiRequest.builder("GET").pathSegments("ping").build(), ResponseDecoder.discard());
    }
    return server.takeRequest(1, TimeUnit.SECONDS);
  }

  @Test
  void bearerAuthSendsTheToken() throws Exception {
    assertThat(send(BearerAuth.of("tok_123")).getHeader("Authorization")).isEqualTo("Bearer tok_123");
  }

  @Test
  void bearerAuthReadsTheSupplierOnEveryRequestSoTokensRotate() throws Exception {
    AtomicInteger n = new AtomicInteger();
    BearerAuth auth = BearerAuth.of(() -> "tok_" + n.incrementAndGet());
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));
    try (Transport t = Transport.builder()
        .options(ClientOptions.builder().baseUrl(server.url("/").toString()).build())
        .auth(auth)
        .build()) {
      ApiRequest r = ApiRequest.builder("GET").pathSegments("ping").build();
      t.execute(r, ResponseDecoder.discard());
      t.execute(r, ResponseDecoder.discard());
    }
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer tok_1");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer tok_2");
  }

  @Test
  void bearerSupplierReturningNothingFailsWithoutSendingARequest() throws Exception {
    try (Transport t = Transport.builder()
        .options(ClientOptions.builder().baseUrl(server.url("/").toString()).build())
        .auth(BearerAuth.of(() -> null))
        .build()) {
      ApiRequest r = ApiRequest.builder("GET").pathSegments("ping").build();
      assertThatThrownBy(() -> t.execute(r, ResponseDecoder.discard()))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("token");
      assertThat(t.executeAsync(r, ResponseDecoder.discard()))
          .failsWithin(2, TimeUnit.SECONDS)
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(ValidationException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void basicAuthSendsUtf8KeyAndSecretInTheHeaderNotTheUrl() throws Exception {
    RecordedRequest r = send(BasicAuth.of("key", "sécret"));
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        "key:sécret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.getHeader("Authorization")).isEqualTo(expected);
    assertThat(r.getRequestUrl().toString()).doesNotContain("key").doesNotContain("cret");
  }

  @Test
  void basicAuthReadsCredentialsFromASupplier() throws Exception {
    RecordedRequest r = send(BasicAuth.of(() -> BasicAuth.Credentials.of("k2", "s2")));
    assertThat(r.getHeader("Authorization")).isEqualTo(okhttp3.Credentials.basic("k2", "s2"));
  }

  @Test
  void headerAuthSendsEveryHeader() throws Exception {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("x-apideck-app-id", "app_1");
    h.put("x-apideck-consumer-id", "c_1");
    RecordedRequest r = send(HeaderAuth.of(h), BearerAuth.of("tok"));
    assertThat(r.getHeader("x-apideck-app-id")).isEqualTo("app_1");
    assertThat(r.getHeader("x-apideck-consumer-id")).isEqualTo("c_1");
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer tok");
  }

  @Test
  void headerAuthCredentialsAreNotForwardedToAnotherHostOnRedirectButKeptOnTheSameHost() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start();
      String base = "http://127.0.0.1:" + server.getPort() + "/";
      server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", base + "moved"));
      server.enqueue(new MockResponse().setResponseCode(302)
          .setHeader("Location", "http://localhost:" + other.getPort() + "/elsewhere"));
      other.enqueue(new MockResponse().setBody("{}"));
      try (Transport t = Transport.builder()
          .options(ClientOptions.builder().baseUrl(base).build())
          .auth(HeaderAuth.of(java.util.Collections.singletonMap("X-Api-Key", "key_secret_1")), BearerAuth.of("tok"))
          .build()) {
        t.execute(ApiRequest.builder("GET").pathSegments("ping").build(), ResponseDecoder.discard());
      }
      assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeader("X-Api-Key")).isEqualTo("key_secret_1");
      RecordedRequest sameHost = server.takeRequest(1, TimeUnit.SECONDS);
      assertThat(sameHost.getPath()).isEqualTo("/moved");
      assertThat(sameHost.getHeader("X-Api-Key")).as("same host keeps the credentials").isEqualTo("key_secret_1");
      RecordedRequest elsewhere = other.takeRequest(1, TimeUnit.SECONDS);
      assertThat(elsewhere.getPath()).isEqualTo("/elsewhere");
      assertThat(elsewhere.getHeader("Authorization")).as("OkHttp drops Authorization").isNull();
      assertThat(elsewhere.getHeader("X-Api-Key")).as("another host never gets the key").isNull();
    }
  }

  @Test
  void headerAuthRefusesHeaderInjection() {
    assertThatThrownBy(() -> HeaderAuth.of(java.util.Collections.singletonMap("x-id", "a\r\nX-Evil: 1")))
        .isInstanceOf(ValidationException.class)
        .hasMessageNotContaining("X-Evil");
  }

  @Test
  void toStringNeverShowsCredentials() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("x-apideck-app-id", "app_secret_value");
    assertThat(BearerAuth.of("tok_SECRET").toString()).doesNotContain("tok_SECRET");
    assertThat(BasicAuth.of("KEY1", "SECRET1").toString()).doesNotContain("KEY1").doesNotContain("SECRET1");
    assertThat(BasicAuth.Credentials.of("KEY1", "SECRET1").toString())
        .doesNotContain("KEY1").doesNotContain("SECRET1");
    assertThat(HeaderAuth.of(h).toString())
        .contains("x-apideck-app-id").doesNotContain("app_secret_value");
  }
}
