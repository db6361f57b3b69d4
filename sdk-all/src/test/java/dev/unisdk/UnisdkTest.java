package dev.unisdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.sms.model.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnisdkTest {
  private static final String API_KEY = "sk_live_apideck_secret";
  private static final String TOKEN = "liza-secret-token";
  private static final String UE_SECRET = "ue-app-secret";

  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Unisdk.Builder allProviders() {
    String root = server.url("/").toString();
    return Unisdk.builder()
        .apideck(API_KEY, "app-1", "acme").apideckBaseUrl(root)
        .integrationsToken(TOKEN).integrationsBaseUrl(server.url("/api").toString())
        .unificationEngine("ue-app-key", UE_SECRET).unificationEngineBaseUrl(root)
        .options(Unisdk.optionsBuilder().retryPolicy(RetryPolicy.none()).userAgent("my-app/1.0").build());
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private static String envelope(String resource, String data) {
    return "{\"status_code\":200,\"status\":\"OK\",\"service\":\"salesforce\",\"resource\":\"" + resource
        + "\",\"operation\":\"one\",\"data\":" + data + "}";
  }

  @Test
  void everyProviderSendsItsOwnCredentialsOverOneSharedConnection() throws Exception {
    server.enqueue(json(envelope("contacts", "{\"id\":\"c1\",\"name\":\"Ada Lovelace\"}")));
    server.enqueue(json(envelope("messages", "{\"id\":\"m1\",\"from\":\"+1\",\"to\":\"+2\",\"body\":\"hi\"}")));
    server.enqueue(json("[]"));
    server.enqueue(json("{\"status\":200,\"info\":\"OK\",\"users\":[]}"));

    try (Unisdk unisdk = allProviders().build()) {
      Contact contact = unisdk.crm().contacts().get("c1");
      Message message = unisdk.sms().messages().get("m1");
      assertThat(unisdk.integrations().connections().list()).isEmpty();
      assertThat(unisdk.unificationEngine().users().list()).isEmpty();
      assertThat(contact.name()).isEqualTo("Ada Lovelace");
      assertThat(message.body()).isEqualTo("hi");
    }

    RecordedRequest crm = server.takeRequest();
    assertThat(crm.getPath()).isEqualTo("/crm/contacts/c1");
    assertThat(crm.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(crm.getHeader("x-apideck-app-id")).isEqualTo("app-1");
    assertThat(crm.getHeader("x-apideck-consumer-id")).isEqualTo("acme");
    assertThat(crm.getHeader("User-Agent")).isEqualTo("my-app/1.0");
    assertThat(crm.getSequenceNumber()).isZero();

    RecordedRequest sms = server.takeRequest();
    assertThat(sms.getPath()).isEqualTo("/sms/messages/m1");
    assertThat(sms.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);

    RecordedRequest integrations = server.takeRequest();
    assertThat(integrations.getPath()).isEqualTo("/api/v1/integrations/connections");
    assertThat(integrations.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(integrations.getHeader("User-Agent")).isEqualTo("my-app/1.0");

    RecordedRequest ue = server.takeRequest();
    assertThat(ue.getPath()).isEqualTo("/v2/user/list");
    String basic = Base64.getEncoder().encodeToString(("ue-app-key:" + UE_SECRET).getBytes(StandardCharsets.UTF_8));
    assertThat(ue.getHeader("Authorization")).isEqualTo("Basic " + basic);

    // One pool: the four clients reused the same keep-alive connection, one request after the other.
    assertThat(sms.getSequenceNumber()).isEqualTo(1);
    assertThat(integrations.getSequenceNumber()).isEqualTo(2);
    assertThat(ue.getSequenceNumber()).isEqualTo(3);
  }

  @Test
  void clientsAreBuiltOnceAndReturnedOnEveryCall() {
    try (Unisdk unisdk = allProviders().build()) {
      assertThat(unisdk.crm()).isSameAs(unisdk.crm());
      assertThat(unisdk.sms()).isSameAs(unisdk.sms());
      assertThat(unisdk.integrations()).isSameAs(unisdk.integrations());
      assertThat(unisdk.unificationEngine()).isSameAs(unisdk.unificationEngine());
    }
  }

  @Test
  void optionsOtherThanTheBaseUrlReachEveryProvider() {
    ClientOptions options = Unisdk.optionsBuilder().readTimeout(Duration.ofSeconds(3)).build();
    try (Unisdk unisdk = allProviders().options(options).build()) {
      assertThat(unisdk.integrations().options().readTimeout()).isEqualTo(Duration.ofSeconds(3));
      assertThat(unisdk.integrations().options().baseUrl().toString()).isEqualTo(server.url("/api").toString());
      assertThat(unisdk.unificationEngine().options().readTimeout()).isEqualTo(Duration.ofSeconds(3));
      assertThat(unisdk.unificationEngine().options().httpClient()).isSameAs(unisdk.httpClient());
      assertThat(unisdk.integrations().options().httpClient()).isSameAs(unisdk.httpClient());
    }
  }

  @Test
  void integrationsKeepsItsOwnDefaultRetryPolicyUnderDefaultOptions() {
    try (Unisdk unisdk = Unisdk.builder().integrationsToken(TOKEN).build()) {
      assertThat(unisdk.integrations().options().retryPolicy()).isEqualTo(IntegrationsDefaults.policy());
    }
  }

  @Test
  void askingForAnUnconfiguredProviderNamesWhatToConfigure() {
    try (Unisdk unisdk = Unisdk.builder().integrationsToken(TOKEN).build()) {
      assertThat(unisdk.hasIntegrations()).isTrue();
      assertThat(unisdk.hasApideck()).isFalse();
      assertThat(unisdk.hasUnificationEngine()).isFalse();
      assertThatThrownBy(unisdk::crm).isInstanceOf(IllegalStateException.class)
          .hasMessage("Unisdk.crm() is not configured: set Unisdk.builder().apideck(apiKey, appId, consumerId)");
      assertThatThrownBy(unisdk::sms).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(".apideck(apiKey, appId, consumerId)");
      assertThatThrownBy(unisdk::unificationEngine).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(".unificationEngine(appKey, appSecret)");
    }
    try (Unisdk unisdk = Unisdk.builder().unificationEngine("k", "s").build()) {
      assertThatThrownBy(unisdk::integrations).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(".integrationsToken(token)");
    }
  }

  @Test
  void buildingWithoutAnyProviderFails() {
    assertThatThrownBy(() -> Unisdk.builder().build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("configure at least one provider");
  }

  @Test
  void blankCredentialsAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> Unisdk.builder().apideck(" ", "app", "acme"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.parameter()).isEqualTo("apiKey"));
    assertThatThrownBy(() -> Unisdk.builder().apideck("key", "app", null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.parameter()).isEqualTo("consumerId"));
    assertThatThrownBy(() -> Unisdk.builder().integrationsToken(""))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.parameter()).isEqualTo("integrationsToken"));
    assertThatThrownBy(() -> Unisdk.builder().unificationEngine("key", " "))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.parameter()).isEqualTo("appSecret"));
  }

  @Test
  void plainHttpToARemoteHostIsRefusedAtBuildTime() {
    assertThatThrownBy(() -> Unisdk.builder().apideck("k", "a", "c").apideckBaseUrl("http://example.com").build())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void closeShutsDownTheHttpStackItCreatedAndDisablesTheAccessors() {
    Unisdk unisdk = allProviders().build();
    OkHttpClient http = unisdk.httpClient();
    assertThat(http.dispatcher().executorService().isShutdown()).isFalse();

    unisdk.close();
    unisdk.close(); // idempotent

    assertThat(http.dispatcher().executorService().isShutdown()).isTrue();
    assertThatThrownBy(unisdk::crm).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(unisdk::integrations).isInstanceOf(IllegalStateException.class);
    assertThat(unisdk.toString()).contains("closed");
  }

  @Test
  void closeNeverShutsDownAUserSuppliedOkHttpClient() {
    OkHttpClient mine = new OkHttpClient();
    try {
      Unisdk unisdk = allProviders()
          .options(Unisdk.optionsBuilder().httpClient(mine).build()).build();
      assertThat(unisdk.httpClient()).isSameAs(mine);
      unisdk.close();
      assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    } finally {
      mine.dispatcher().executorService().shutdown();
      mine.connectionPool().evictAll();
    }
  }

  @Test
  void toStringNeverShowsCredentials() {
    try (Unisdk unisdk = allProviders().build()) {
      assertThat(unisdk.toString())
          .doesNotContain(API_KEY).doesNotContain(TOKEN).doesNotContain(UE_SECRET)
          .contains("apideck=configured", "integrations=configured", "unificationEngine=configured");
    }
  }

  /** The Integrations client's documented default policy, as seen through its public API. */
  private static final class IntegrationsDefaults {
    static RetryPolicy policy() {
      return dev.unisdk.integrations.IntegrationsClient.defaultRetryPolicy();
    }
  }
}
