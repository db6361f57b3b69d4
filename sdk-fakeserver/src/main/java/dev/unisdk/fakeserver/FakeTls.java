package dev.unisdk.fakeserver;

import dev.unisdk.fakeserver.internal.tls.SelfSignedCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS side of a {@link FakeServer} started with {@link FakeServer.Builder#https(boolean)}: the
 * self-signed certificate made at start (EC P-256, for {@code 127.0.0.1}, {@code ::1} and
 * {@code localhost}) and the trust material a test client needs to reach
 * {@code https://127.0.0.1:<port>} on the same verified path as production, certificate pinning included.
 *
 * <pre>{@code
 * try (FakeServer server = FakeServer.builder().https(true).start()) {
 *   FakeTls tls = server.tls();
 *   OkHttpClient http = new OkHttpClient.Builder()
 *       .sslSocketFactory(tls.sslSocketFactory(), tls.trustManager())
 *       .certificatePinner(new CertificatePinner.Builder().add("127.0.0.1", tls.certificatePin()).build())
 *       .build();
 *   // ... ClientOptions.builder().baseUrl(server.baseUrl()).httpClient(http) ...
 * }
 * }</pre>
 *
 * Thread-safe. The private key never leaves the server.
 */
public final class FakeTls {
  private static final int MAX_HANDSHAKES = 1_000;

  private final SelfSignedCertificate certificate;
  private final SSLContext serverContext;
  private final SSLContext clientContext;
  private final X509TrustManager trustManager;
  private final List<String> protocols;
  private final Deque<String> handshakes = new ArrayDeque<>();

  private FakeTls(SelfSignedCertificate certificate, List<String> protocols) throws GeneralSecurityException, IOException {
    this.certificate = certificate;
    this.protocols = List.copyOf(protocols);
    char[] password = "unisdk-fake".toCharArray();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry("fake", certificate.keyPair().getPrivate(), password,
        new java.security.cert.Certificate[] {certificate.certificate()});
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, password);
    this.serverContext = SSLContext.getInstance("TLS");
    this.serverContext.init(kmf.getKeyManagers(), null, null);

    KeyStore trusted = KeyStore.getInstance("PKCS12");
    trusted.load(null, null);
    trusted.setCertificateEntry("fake", certificate.certificate());
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trusted);
    X509TrustManager found = null;
    for (TrustManager tm : tmf.getTrustManagers()) {
      if (tm instanceof X509TrustManager x509) {
        found = x509;
      }
    }
    if (found == null) {
      throw new GeneralSecurityException("no X509TrustManager from " + tmf.getAlgorithm());
    }
    this.trustManager = found;
    this.clientContext = SSLContext.getInstance("TLS");
    this.clientContext.init(null, new TrustManager[] {trustManager}, null);
  }

  static FakeTls create(List<String> protocols) {
    try {
      return new FakeTls(SelfSignedCertificate.generate(Instant.now()), protocols);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS for the fake server", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's certificate (self-signed; it is its own trust anchor). */
  public X509Certificate certificate() {
    return certificate.certificate();
  }

  /** The certificate in PEM ({@code -----BEGIN CERTIFICATE-----}), e.g. for curl's {@code --cacert}. */
  public String certificatePem() {
    try {
      String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
          .encodeToString(certificate.certificate().getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@link #certificatePem()} to a file (created or replaced).
   *
   * @return the file
   * @throws UncheckedIOException when it cannot be written
   */
  public Path writeCertificatePem(Path file) {
    try {
      return Files.writeString(file, certificatePem(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The pin of the certificate's public key as OkHttp's {@code CertificatePinner} takes it:
   * {@code sha256/} + base64 of the SHA-256 of the SubjectPublicKeyInfo.
   */
  public String certificatePin() {
    try {
      byte[] spki = certificate.certificate().getPublicKey().getEncoded();
      return "sha256/" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A trust manager that trusts this server's certificate and nothing else. */
  public X509TrustManager trustManager() {
    return trustManager;
  }

  /** A socket factory whose connections trust this server's certificate and nothing else. */
  public SSLSocketFactory sslSocketFactory() {
    return clientContext.getSocketFactory();
  }

  /** A client {@link SSLContext} that trusts this server's certificate and nothing else. */
  public SSLContext sslContext() {
    return clientContext;
  }

  /** The TLS versions the server accepts (default {@code TLSv1.3}, {@code TLSv1.2}). */
  public List<String> protocols() {
    return protocols;
  }

  /**
   * The protocol of each completed handshake (e.g. {@code TLSv1.3}), oldest first; the last 1,000 are
   * kept. Cleared by {@link FakeServer#reset()}.
   */
  public synchronized List<String> negotiatedProtocols() {
    return new ArrayList<>(handshakes);
  }

  SSLContext serverContext() {
    return serverContext;
  }

  synchronized void recordHandshake(String protocol) {
    if (handshakes.size() == MAX_HANDSHAKES) {
      handshakes.removeFirst();
    }
    handshakes.addLast(protocol);
  }

  synchronized void clear() {
    handshakes.clear();
  }

  @Override
  public String toString() {
    return "FakeTls[" + certificate.certificate().getSubjectX500Principal() + ", " + protocols + "]";
  }
}
