package dev.unisdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.spi.TransportProbe;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.it.support.ClientHelloRecorder;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.unificationengine.UnificationEngineClient;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.TlsVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleartext only to loopback hosts; TLS 1.2 or newer only, whatever OkHttp client the user supplies. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TransportSecurityTest {
  private static final int TLS_1_2 = 0x0303;

  /** Each client builder's way of taking a base URL. */
  static Stream<Arguments> builders() {
    return Stream.of(
        Arguments.of("ClientOptions", (Consumer<String>) url -> ClientOptions.builder().baseUrl(url).build()),
        Arguments.of("CrmClient", (Consumer<String>) url -> CrmClient.builder().apiKey("k").appId("a")
            .consumerId("c").baseUrl(url).build().close()),
        Arguments.of("SmsClient", (Consumer<String>) url -> SmsClient.builder().apiKey("k").appId("a")
            .consumerId("c").baseUrl(url).build().close()),
        Arguments.of("IntegrationsClient", (Consumer<String>) url -> IntegrationsClient.builder().token("t")
            .baseUrl(url).build().close()),
        Arguments.of("UnificationEngineClient", (Consumer<String>) url -> UnificationEngineClient.builder()
            .appKey("k").appSecret("s").baseUrl(url).build().close()));
  }

  private static final List<String> CLEARTEXT_ELSEWHERE = List.of(
      "http://unify.apideck.com", "http://api.example.com:8080/api", "http://10.0.0.1", "http://192.168.1.20:80",
      "http://[2001:db8::1]", "http://0.0.0.0", "http://localhost.example.com", "http://127.0.0.1.nip.io",
      "http://128.0.0.1", "HTTP://API.EXAMPLE.COM");

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  void refusesCleartextBaseUrlToNonLoopbackHost(String builder, Consumer<String> build) {
    for (String url : CLEARTEXT_ELSEWHERE) {
      Throwable t = catchThrowable(() -> build.accept(url));
      assertThat(t).as(url).isInstanceOf(ValidationException.class);
      assertThat(((ValidationException) t).parameter()).as(url).isEqualTo("baseUrl");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builders")
  void acceptsHttpsAnywhereAndCleartextOnLoopback(String builder, Consumer<String> build) {
    for (String url : List.of("https://unify.apideck.com", "https://10.0.0.1:8443/api", "http://127.0.0.1:9",
        "http://localhost:8080", "http://[::1]:8080", "http://127.1.2.3")) {
      assertThatCode(() -> build.accept(url)).as(url).doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://user:pass@api.example.com", "https://api.example.com/?api_key=x",
      "ftp://api.example.com", "api.example.com", " "})
  void refusesBaseUrlsWithCredentialsQueriesOrOtherSchemes(String url) {
    Throwable t = catchThrowable(() -> ClientOptions.builder().baseUrl(url).build());
    assertThat(t).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) t).parameter()).isEqualTo("baseUrl");
    assertThat(t.getMessage()).doesNotContain("pass");
  }

  @Test
  void connectionSpecsOfferOnlyTls12AndNewerEvenOverALaxUserClient() {
    OkHttpClient lax = new OkHttpClient.Builder()
        .connectionSpecs(List.of(ConnectionSpec.COMPATIBLE_TLS, ConnectionSpec.CLEARTEXT)).build();
    for (String url : List.of("https://unify.apideck.com", "http://127.0.0.1:9")) {
      for (OkHttpClient user : new OkHttpClient[] {null, lax}) {
        Transport transport = Transport.builder()
            .options(ClientOptions.builder().baseUrl(url).httpClient(user).build()).build();
        List<ConnectionSpec> specs = TransportProbe.httpClient(transport).connectionSpecs();
        assertThat(specs).as(url).isNotEmpty();
        for (ConnectionSpec spec : specs) {
          if (spec.isTls()) {
            assertThat(spec.tlsVersions()).as(url).isNotEmpty()
                .allMatch(v -> v == TlsVersion.TLS_1_2 || v == TlsVersion.TLS_1_3);
          }
        }
        assertThat(specs.contains(ConnectionSpec.CLEARTEXT)).as(url).isEqualTo(url.startsWith("http:"));
        assertThat(TransportProbe.httpClient(transport).followSslRedirects()).isFalse();
        transport.close();
      }
    }
  }

  /** Each client, over the wire: its ClientHello offers no version below TLS 1.2, and no handshake with it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("clientsCallingOverTls")
  void clientHelloOffersNoVersionBelowTls12(String client, Consumer<String> call) throws Exception {
    try (ClientHelloRecorder recorder = new ClientHelloRecorder(4)) {
      String url = "https://127.0.0.1:" + recorder.port();

      Throwable t = catchThrowable(() -> call.accept(url));

      assertThat(t).isInstanceOf(ConnectionException.class);
      assertThat(recorder.failures()).isEmpty();
      assertThat(recorder.hellos()).isNotEmpty();
      for (ClientHelloRecorder.Hello hello : recorder.hellos()) {
        assertThat(hello.legacyVersion()).isEqualTo(TLS_1_2); // TLS 1.3 clients send 1.2 here
        assertThat(hello.offered()).isNotEmpty().allMatch(v -> v >= TLS_1_2);
      }
    }
  }

  static Stream<Arguments> clientsCallingOverTls() {
    return Stream.of(
        Arguments.of("CrmClient", (Consumer<String>) url -> {
          try (CrmClient c = CrmClient.builder().apiKey("k").appId("a").consumerId("c")
              .options(noRetries(url)).build()) {
            c.contacts().get("1");
          }
        }),
        Arguments.of("SmsClient", (Consumer<String>) url -> {
          try (SmsClient c = SmsClient.builder().apiKey("k").appId("a").consumerId("c")
              .options(noRetries(url)).build()) {
            c.messages().get("1");
          }
        }),
        Arguments.of("IntegrationsClient", (Consumer<String>) url -> {
          try (IntegrationsClient c = IntegrationsClient.builder().token("t").baseUrl(url)
              .options(noRetries(url)).build()) {
            c.integrations().list();
          }
        }),
        Arguments.of("UnificationEngineClient", (Consumer<String>) url -> {
          try (UnificationEngineClient c = UnificationEngineClient.builder().appKey("k").appSecret("s")
              .baseUrl(url).options(noRetries(url)).build()) {
            c.users().list();
          }
        }));
  }

  private static ClientOptions noRetries(String url) {
    return ClientOptions.builder().baseUrl(url).retryPolicy(RetryPolicy.none())
        .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(2)).build();
  }
}
