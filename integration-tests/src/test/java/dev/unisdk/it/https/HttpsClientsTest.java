package dev.unisdk.it.https;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Integration;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.sms.model.Message;
import dev.unisdk.sms.model.MessageType;
import dev.unisdk.unificationengine.ConnectorUri;
import dev.unisdk.unificationengine.SendResult;
import dev.unisdk.unificationengine.UnificationEngineClient;
import dev.unisdk.unificationengine.UserSession;
import dev.unisdk.unificationengine.model.Participant;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.CertificatePinner;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.TlsVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each of the four clients over {@code https://} against the fake in HTTPS mode, with the user's own
 * OkHttp client ({@link ClientOptions.Builder#httpClient(OkHttpClient)}) carrying the fake's trust
 * material and a certificate pin, as a production setup would carry its own: the calls succeed over a
 * verified TLS 1.3 connection; without the trust material, or with another pin, nothing reaches the server.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HttpsClientsTest {
  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.https(true).recordsPerResource(10));

  FakeServer server;
  private OkHttpClient http;

  /** The user's client: trusts the fake's certificate only, pins its key. */
  private OkHttpClient pinned(String pin) {
    http = new OkHttpClient.Builder()
        .sslSocketFactory(server.tls().sslSocketFactory(), server.tls().trustManager())
        .certificatePinner(new CertificatePinner.Builder().add("127.0.0.1", pin).build())
        .build();
    return http;
  }

  private ClientOptions options(OkHttpClient client) {
    return ClientOptions.builder().baseUrl(server.baseUrl()).httpClient(client).retryPolicy(RetryPolicy.none())
        .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10)).build();
  }

  @AfterEach
  void shutdown() {
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private void assertEveryHandshakeWasTls13() {
    assertThat(server.tls().negotiatedProtocols()).isNotEmpty().allSatisfy(p -> assertThat(p).isEqualTo("TLSv1.3"));
  }

  @Test
  void crmOverHttps() {
    assertThat(server.baseUrl()).startsWith("https://");
    try (CrmClient crm = CrmClient.builder().apiKey(server.apideck().apiKey()).appId(server.apideck().appId())
        .consumerId("https-consumer").options(options(pinned(server.tls().certificatePin()))).build()) {
      String id = crm.contacts().create(Contact.builder().name("Ada Lovelace").build()).id();
      assertThat(crm.contacts().get(id).name()).isEqualTo("Ada Lovelace");
      assertThat(crm.contacts().list().stream().limit(15).count()).isEqualTo(11); // 10 seeded + 1, over 1 page
    }
    assertThat(server.requests().count("crm.contacts.add")).isEqualTo(1);
    assertThat(server.requests().count("crm.contacts.get")).isEqualTo(1);
    assertEveryHandshakeWasTls13();
  }

  @Test
  void smsOverHttps() {
    try (SmsClient sms = SmsClient.builder().apiKey(server.apideck().apiKey()).appId(server.apideck().appId())
        .consumerId("https-consumer").options(options(pinned(server.tls().certificatePin()))).build()) {
      String id = sms.messages().create(Message.builder().from("+15017122661").to("+15017122662").body("Hi")
          .type(MessageType.SMS).build()).id();
      assertThat(sms.messages().get(id).body()).isEqualTo("Hi");
    }
    assertThat(server.requests().count("sms.messages.add")).isEqualTo(1);
    assertEveryHandshakeWasTls13();
  }

  @Test
  void integrationsOverHttps() {
    assertThat(server.integrationsBaseUrl()).startsWith("https://");
    try (IntegrationsClient api = IntegrationsClient.builder().token(server.integrations().token())
        .baseUrl(server.integrationsBaseUrl()).options(options(pinned(server.tls().certificatePin()))
            .toBuilder().baseUrl(server.integrationsBaseUrl()).build()).build()) {
      List<Integration> integrations = api.integrations().list();
      assertThat(integrations).isNotEmpty();
      String id = server.integrations().createConnection("hubspot", "crm");
      api.connections().delete(id);
    }
    assertThat(server.requests().count("integrations.list")).isEqualTo(1);
    assertThat(server.requests().count("integrations.connections.delete")).isEqualTo(1);
    assertEveryHandshakeWasTls13();
  }

  @Test
  void unificationEngineOverHttps() {
    try (UnificationEngineClient ue = UnificationEngineClient.builder().appKey(server.unificationEngine().appKey())
        .appSecret(server.unificationEngine().appSecret()).baseUrl(server.baseUrl())
        .options(options(pinned(server.tls().certificatePin()))).build()) {
      UserSession me = ue.asUser(ue.users().create());
      me.connections().add("fb", ConnectorUri.of("facebook", "fb-token"));
      SendResult sent = me.messages().send(dev.unisdk.unificationengine.model.UeMessage.builder()
          .receivers(List.of(Participant.builder().name("Me").connector("fb").build())).subject("over TLS").build());
      assertThat(sent.isSuccess()).isTrue();
    }
    assertThat(server.requests().count("ue.message.send")).isEqualTo(1);
    assertEveryHandshakeWasTls13();
  }

  @Test
  void anotherPinIsRefusedBeforeAnyRequest() {
    try (CrmClient crm = CrmClient.builder().apiKey(server.apideck().apiKey()).appId(server.apideck().appId())
        .consumerId("https-consumer")
        .options(options(pinned("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))).build()) {
      Throwable t = catchThrowable(() -> crm.contacts().withRawResponse().list(null));
      assertThat(t).isInstanceOf(ConnectionException.class).hasRootCauseInstanceOf(SSLPeerUnverifiedException.class);
    }
    assertThat(server.requests().total()).isZero();
  }

  @Test
  void withoutTheTrustMaterialTheCertificateIsRefused() {
    try (CrmClient crm = CrmClient.builder().apiKey(server.apideck().apiKey()).appId(server.apideck().appId())
        .consumerId("https-consumer").options(ClientOptions.builder().baseUrl(server.baseUrl())
            .retryPolicy(RetryPolicy.none()).build()).build()) {
      Throwable t = catchThrowable(() -> crm.contacts().withRawResponse().list(null));
      assertThat(t).isInstanceOf(ConnectionException.class);
      assertThat(causes(t)).anySatisfy(c -> assertThat(c).isInstanceOf(SSLException.class));
    }
    assertThat(server.requests().total()).isZero();
  }

  private static List<Throwable> causes(Throwable t) {
    List<Throwable> out = new java.util.ArrayList<>();
    for (Throwable c = t; c != null && !out.contains(c); c = c.getCause()) {
      out.add(c);
    }
    return out;
  }

  /**
   * A user who restricts their OkHttp client to TLS 1.3 must not reach a server that only speaks TLS 1.2.
   * sdk-core's Transport keeps a user-supplied client's TLS connection specs (it used to replace them
   * with its own TLS 1.3 + 1.2, so this call went through over TLS 1.2).
   */
  @Test
  void aUsersTls13OnlyClientRefusesATls12OnlyServer() {
    try (FakeServer tls12 = FakeServer.builder().https(true).tlsProtocols("TLSv1.2").start()) {
      ConnectionSpec tls13 = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_3).build();
      http = new OkHttpClient.Builder()
          .sslSocketFactory(tls12.tls().sslSocketFactory(), tls12.tls().trustManager())
          .connectionSpecs(List.of(tls13)).build();
      try (CrmClient crm = CrmClient.builder().apiKey(tls12.apideck().apiKey()).appId(tls12.apideck().appId())
          .consumerId("https-consumer").options(ClientOptions.builder().baseUrl(tls12.baseUrl()).httpClient(http)
              .retryPolicy(RetryPolicy.none()).build()).build()) {
        Throwable t = catchThrowable(() -> crm.contacts().withRawResponse().list(null));
        assertThat(tls12.tls().negotiatedProtocols()).as("handshakes the server completed").isEmpty();
        assertThat(t).isInstanceOf(ConnectionException.class);
        assertThat(tls12.requests().total()).isZero();
      }
    }
  }
}
