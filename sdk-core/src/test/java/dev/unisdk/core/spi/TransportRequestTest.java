package dev.unisdk.core.spi;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RecordingSleeper;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.SdkVersion;
import dev.unisdk.core.TestServers;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.TlsVersion;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransportRequestTest {
  private final MockWebServer server = new MockWebServer();
  private Transport transport;

  @BeforeEach
  void start() throws Exception {
    server.start();
    transport = TestServers.transport(server, new RecordingSleeper());
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    server.shutdown();
  }

  private RecordedRequest send(ApiRequest request) throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    transport.execute(request, ResponseDecoder.discard());
    return server.takeRequest(1, TimeUnit.SECONDS);
  }

  @Test
  void encodesEachPathSegmentAsExactlyOneSegment() throws Exception {
    RecordedRequest r = send(ApiRequest.builder("GET").pathSegments("crm", "contacts", "../users").build());
    assertThat(r.getPath()).isEqualTo("/crm/contacts/..%2Fusers");
    r = send(ApiRequest.builder("GET").pathSegments("crm", "contacts", "a/b?c#d e").build());
    assertThat(r.getPath()).isEqualTo("/crm/contacts/a%2Fb%3Fc%23d%20e");
    assertThat(r.getRequestUrl().pathSegments()).containsExactly("crm", "contacts", "a/b?c#d e");
  }

  @Test
  void refusesDotAndEmptySegmentsThatWouldChangeThePath() {
    assertThatThrownBy(() -> ApiRequest.builder("GET").pathSegments("crm", ".."))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ApiRequest.builder("GET").pathSegments("crm", "."))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ApiRequest.builder("GET").pathSegments("crm", ""))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ApiRequest.builder("GET").pathSegments("crm", null))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void appendsSegmentsToABaseUrlPath() throws Exception {
    try (Transport t = transport.withOptions(b -> b.baseUrl(server.url("/api/v2/")))) {
      server.enqueue(new MockResponse().setBody("{}"));
      t.execute(ApiRequest.builder("GET").pathSegments("things", "1").build(), ResponseDecoder.discard());
    }
    assertThat(server.takeRequest().getPath()).isEqualTo("/api/v2/things/1");
  }

  @Test
  void sendsAcceptAndUserAgentOnEveryRequestAndContentTypeOnlyWithABody() throws Exception {
    RecordedRequest get = send(ApiRequest.builder("GET").pathSegments("x").build());
    assertThat(get.getHeader("Accept")).isEqualTo("application/json");
    assertThat(get.getHeader("User-Agent")).isEqualTo("unisdk-java/" + SdkVersion.VERSION);
    assertThat(get.getHeader("Content-Type")).isNull();

    RecordedRequest post = send(ApiRequest.builder("POST").pathSegments("x")
        .jsonBody(Collections.singletonMap("name", "Ada")).build());
    assertThat(post.getHeader("Accept")).isEqualTo("application/json");
    assertThat(post.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(post.getBody().readUtf8()).isEqualTo("{\"name\":\"Ada\"}");

    RecordedRequest emptyPost = send(ApiRequest.builder("POST").pathSegments("x").build());
    assertThat(emptyPost.getHeader("Content-Type")).isNull();
    assertThat(emptyPost.getBodySize()).isZero();
  }

  @Test
  void sendsQueryParamsInOrderSkippingNullsAndKeepingRepeats() throws Exception {
    RecordedRequest r = send(ApiRequest.builder("GET").pathSegments("x")
        .query("limit", "20").query("cursor", (String) null).query("tag", "a").query("tag", "b&c")
        .build());
    assertThat(r.getRequestUrl().queryParameterValues("tag")).containsExactly("a", "b&c");
    assertThat(r.getRequestUrl().queryParameter("limit")).isEqualTo("20");
    assertThat(r.getRequestUrl().queryParameterNames()).doesNotContain("cursor");
  }

  @Test
  void layersDefaultRequestAndPerCallHeadersWithTheLaterWinning() throws Exception {
    try (Transport t = transport.withOptions(b -> b.defaultHeader("X-Env", "default").defaultHeader("X-Keep", "k"))) {
      server.enqueue(new MockResponse().setBody("{}"));
      t.execute(ApiRequest.builder("GET").pathSegments("x")
          .header("X-Env", "request")
          .options(RequestOptions.builder().header("X-Call", "c").queryParam("extra", "1").build())
          .build(), ResponseDecoder.discard());
    }
    RecordedRequest r = server.takeRequest();
    assertThat(r.getHeader("X-Env")).isEqualTo("request");
    assertThat(r.getHeader("X-Keep")).isEqualTo("k");
    assertThat(r.getHeader("X-Call")).isEqualTo("c");
    assertThat(r.getRequestUrl().queryParameter("extra")).isEqualTo("1");
  }

  @Test
  void sendsTheIdempotencyKeyInTheConfiguredHeader() throws Exception {
    RequestOptions idem = RequestOptions.builder().idempotencyKey("idem-1").build();
    RecordedRequest r = send(ApiRequest.builder("POST").pathSegments("x").options(idem).build());
    assertThat(r.getHeader("Idempotency-Key")).isEqualTo("idem-1");

    try (Transport t = transport.withOptions(b -> b.idempotencyHeader("X-Request-Key"))) {
      server.enqueue(new MockResponse().setBody("{}"));
      t.execute(ApiRequest.builder("POST").pathSegments("x").options(idem).build(), ResponseDecoder.discard());
    }
    RecordedRequest custom = server.takeRequest();
    assertThat(custom.getHeader("X-Request-Key")).isEqualTo("idem-1");
    assertThat(custom.getHeader("Idempotency-Key")).isNull();
  }

  @Test
  void exposesStatusHeadersAndRequestIdWithTheValue() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(201).setHeader("X-Request-Id", "req_9")
        .setHeader("X-Multi", "a").addHeader("X-Multi", "b").setBody("{\"id\":\"c_1\"}"));
    ApiResponse<Map<String, Object>> r = transport.execute(
        ApiRequest.builder("POST").pathSegments("x").jsonBody(Collections.emptyMap()).build(),
        ResponseDecoder.json(new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}));
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.requestId()).isEqualTo("req_9");
    assertThat(r.header("x-multi")).isEqualTo("a");
    assertThat(r.headers().get("X-MULTI")).containsExactly("a", "b");
    assertThat(r.value()).containsEntry("id", "c_1");
  }

  @Test
  void speaksOnlyTls12OrNewerAndCleartextOnlyToLoopback() {
    assertThat(transport.httpClient().connectionSpecs()).contains(ConnectionSpec.CLEARTEXT);
    for (ConnectionSpec spec : transport.httpClient().connectionSpecs()) {
      if (spec.isTls()) {
        assertThat(spec.tlsVersions()).containsExactlyInAnyOrder(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2);
      }
    }
    try (Transport remote = Transport.builder()
        .options(ClientOptions.builder().baseUrl("https://api.example.com").build()).build()) {
      assertThat(remote.httpClient().connectionSpecs()).hasSize(1);
      ConnectionSpec spec = remote.httpClient().connectionSpecs().get(0);
      assertThat(spec.isTls()).isTrue();
      assertThat(spec.tlsVersions()).containsExactlyInAnyOrder(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2);
      assertThat(remote.httpClient().followSslRedirects()).isFalse();
    }
  }

  @Test
  void appliesTheConfiguredTimeoutsToTheOkHttpClient() {
    try (Transport t = transport.withOptions(b -> b
        .connectTimeout(java.time.Duration.ofMillis(1100))
        .readTimeout(java.time.Duration.ofMillis(1200))
        .writeTimeout(java.time.Duration.ofMillis(1300))
        .callTimeout(java.time.Duration.ofMillis(1400)))) {
      OkHttpClient c = t.httpClient();
      assertThat(c.connectTimeoutMillis()).isEqualTo(1100);
      assertThat(c.readTimeoutMillis()).isEqualTo(1200);
      assertThat(c.writeTimeoutMillis()).isEqualTo(1300);
      assertThat(c.callTimeoutMillis()).isEqualTo(1400);
    }
  }

  @Test
  void subMillisecondTimeoutsStayFiniteInsteadOfBecomingOkHttpsZeroMeaningNone() {
    java.time.Duration tiny = java.time.Duration.ofNanos(500_000);
    try (Transport t = transport.withOptions(b -> b
        .connectTimeout(tiny).readTimeout(tiny).writeTimeout(tiny).callTimeout(tiny))) {
      OkHttpClient c = t.httpClient();
      assertThat(c.connectTimeoutMillis()).as("0 would mean no connect timeout").isEqualTo(1);
      assertThat(c.readTimeoutMillis()).as("0 would mean no read timeout").isEqualTo(1);
      assertThat(c.writeTimeoutMillis()).as("0 would mean no write timeout").isEqualTo(1);
      assertThat(c.callTimeoutMillis()).as("0 would mean no call timeout").isEqualTo(1);
    }
    ApiRequest request = ApiRequest.builder("GET").pathSegments("x")
        .options(RequestOptions.builder().timeout(tiny).build()).build();
    PreparedRequest prepared = PreparedRequest.of(transport.options(), request);
    okhttp3.Call call = transport.newCall(prepared.request, prepared.timeout);
    assertThat(call.timeout().timeoutNanos()).as("0 would mean no per-request timeout").isPositive();
  }

  @Test
  void derivedTransportsShareThePoolAndDispatcher() {
    Transport derived = transport.withOptions(b -> b.readTimeout(java.time.Duration.ofSeconds(7)));
    Transport other = transport.withAuth(dev.unisdk.core.auth.BearerAuth.of("other"));
    assertThat(derived.httpClient().connectionPool()).isSameAs(transport.httpClient().connectionPool());
    assertThat(derived.httpClient().dispatcher()).isSameAs(transport.httpClient().dispatcher());
    assertThat(other.httpClient().connectionPool()).isSameAs(transport.httpClient().connectionPool());
    assertThat(other.auth()).hasSize(1);
    derived.close();
    assertThat(transport.httpClient().dispatcher().executorService().isShutdown()).isFalse();
  }

  @Test
  void closeShutsDownAnOwnedClientButNeverAUserSuppliedOne() throws Exception {
    OkHttpClient mine = new OkHttpClient();
    Transport t = Transport.builder()
        .options(TestServers.options(server, new RecordingSleeper()).httpClient(mine).build()).build();
    assertThat(t.httpClient().connectionPool()).isSameAs(mine.connectionPool());
    server.enqueue(new MockResponse().setBody("{}"));
    t.execute(ApiRequest.builder("GET").pathSegments("x").build(), ResponseDecoder.discard());
    t.close();
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();

    Transport owned = TestServers.transport(server, new RecordingSleeper());
    server.enqueue(new MockResponse().setBody("{}"));
    owned.executeAsync(ApiRequest.builder("GET").pathSegments("x").build(), ResponseDecoder.discard())
        .get(2, TimeUnit.SECONDS);
    owned.close();
    assertThat(owned.httpClient().dispatcher().executorService().isShutdown()).isTrue();
    mine.dispatcher().executorService().shutdown();
  }

  @Test
  void toStringNeverShowsCredentials() {
    try (Transport t = transport.withAuth(dev.unisdk.core.auth.BearerAuth.of("tok_SECRET"))) {
      assertThat(t.toString()).doesNotContain("tok_SECRET");
    }
    RequestOptions o = RequestOptions.builder().header("Authorization", "Bearer tok_SECRET")
        .header("X-Api-Key", "k_SECRET").queryParam("api_key", "q_SECRET").build();
    assertThat(o.toString()).doesNotContain("SECRET");
  }
}
