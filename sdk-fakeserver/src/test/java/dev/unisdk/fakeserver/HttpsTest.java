package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.CertificatePinner;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.TlsVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class HttpsTest {

  private static Request contacts(FakeServer server) {
    return new Request.Builder().url(server.baseUrl() + "/crm/contacts?limit=2")
        .header("Authorization", "Bearer " + FakeServer.DEFAULT_APIDECK_API_KEY)
        .header("x-apideck-app-id", FakeServer.DEFAULT_APIDECK_APP_ID)
        .header("x-apideck-consumer-id", "c1").build();
  }

  private static OkHttpClient.Builder trusting(FakeServer server) {
    return new OkHttpClient.Builder().sslSocketFactory(server.tls().sslSocketFactory(), server.tls().trustManager());
  }

  private static void shutdown(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  @Test
  void servesHttpsWithTheCertificateItHandsOut() throws IOException {
    try (FakeServer server = FakeServer.builder().https(true).start()) {
      assertThat(server.baseUrl()).startsWith("https://127.0.0.1:");
      assertThat(server.isHttps()).isTrue();
      String pin = server.tls().certificatePin();
      OkHttpClient client = trusting(server)
          .certificatePinner(new CertificatePinner.Builder().add("127.0.0.1", pin).build()).build();
      try (Response r = client.newCall(contacts(server)).execute()) {
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.protocol()).isEqualTo(Protocol.HTTP_1_1);
        assertThat(r.handshake().tlsVersion()).isEqualTo(TlsVersion.TLS_1_3);
        assertThat(r.handshake().peerCertificates().get(0)).isEqualTo(server.tls().certificate());
        JsonNode body = FakeJson.parse(r.body().bytes());
        assertThat(body.path("links").path("next").asText()).startsWith(server.baseUrl() + "/crm/contacts");
      } finally {
        shutdown(client);
      }
      assertThat(server.tls().negotiatedProtocols()).containsExactly("TLSv1.3");
      server.reset();
      assertThat(server.tls().negotiatedProtocols()).isEmpty();
    }
  }

  @Test
  void theCertificateNamesLoopbackAndIsSelfSigned() throws Exception {
    try (FakeServer server = FakeServer.builder().https(true).start()) {
      X509Certificate cert = server.tls().certificate();
      cert.checkValidity();
      cert.verify(cert.getPublicKey());
      assertThat(cert.getVersion()).isEqualTo(3);
      assertThat(cert.getBasicConstraints()).isEqualTo(-1);
      assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
      List<Object> names = new java.util.ArrayList<>();
      cert.getSubjectAlternativeNames().forEach(n -> names.add(n.get(1)));
      assertThat(names).contains("localhost", "127.0.0.1");
      X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
          new ByteArrayInputStream(server.tls().certificatePem().getBytes(StandardCharsets.US_ASCII)));
      assertThat(fromPem).isEqualTo(cert);
    }
  }

  @Test
  void eachServerMakesItsOwnCertificate() {
    try (FakeServer a = FakeServer.builder().https(true).start(); FakeServer b = FakeServer.builder().https(true).start()) {
      assertThat(a.tls().certificatePin()).isNotEqualTo(b.tls().certificatePin());
      OkHttpClient trustsA = trusting(a).build();
      try {
        assertThatThrownBy(() -> trustsA.newCall(contacts(b)).execute().close()).isInstanceOf(SSLException.class);
      } finally {
        shutdown(trustsA);
      }
    }
  }

  @Test
  void aClientWithoutTheTrustMaterialOrWithAnotherPinIsRefused() {
    try (FakeServer server = FakeServer.builder().https(true).start()) {
      OkHttpClient system = new OkHttpClient();
      OkHttpClient wrongPin = trusting(server).certificatePinner(new CertificatePinner.Builder()
          .add("127.0.0.1", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").build()).build();
      try {
        assertThatThrownBy(() -> system.newCall(contacts(server)).execute().close()).isInstanceOf(SSLException.class);
        assertThatThrownBy(() -> wrongPin.newCall(contacts(server)).execute().close())
            .isInstanceOf(SSLPeerUnverifiedException.class).hasMessageContaining("Certificate pinning failure");
        assertThat(server.requests().total()).isZero();
      } finally {
        shutdown(system);
        shutdown(wrongPin);
      }
    }
  }

  @Test
  void tlsVersionsCanBeRestrictedOnEitherSide() throws IOException {
    try (FakeServer server = FakeServer.builder().https(true).tlsProtocols("TLSv1.2").start()) {
      ConnectionSpec tls13 = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS).tlsVersions(TlsVersion.TLS_1_3).build();
      OkHttpClient onlyTls13 = trusting(server).connectionSpecs(List.of(tls13)).build();
      OkHttpClient any = trusting(server).build();
      try {
        assertThatThrownBy(() -> onlyTls13.newCall(contacts(server)).execute().close()).isInstanceOf(SSLException.class);
        try (Response r = any.newCall(contacts(server)).execute()) {
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.handshake().tlsVersion()).isEqualTo(TlsVersion.TLS_1_2);
        }
        assertThat(server.tls().negotiatedProtocols()).containsExactly("TLSv1.2");
      } finally {
        shutdown(onlyTls13);
        shutdown(any);
      }
    }
    assertThatThrownBy(() -> FakeServer.builder().tlsProtocols("TLSv1.1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plainServerHasNoTls() {
    try (FakeServer server = FakeServer.start()) {
      assertThat(server.isHttps()).isFalse();
      assertThatThrownBy(server::tls).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void certificatePemCanBeWrittenForOtherTools(@TempDir Path dir) throws IOException {
    try (FakeServer server = FakeServer.builder().https(true).start()) {
      Path file = server.tls().writeCertificatePem(dir.resolve("fake.pem"));
      assertThat(Files.readString(file)).startsWith("-----BEGIN CERTIFICATE-----\n")
          .endsWith("-----END CERTIFICATE-----\n");
    }
  }
}
