package dev.unisdk.fakeserver.internal.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;

/**
 * A fresh EC P-256 key pair and a self-signed X.509 v3 certificate for it, written with the JDK only
 * (a small DER writer and {@code SHA256withECDSA}): subject and issuer {@code CN=unisdk fake server},
 * valid from an hour ago for {@link #VALIDITY}, subject alternative names {@code localhost},
 * {@code 127.0.0.1} and {@code ::1}, not a CA, for TLS servers.
 *
 * @param keyPair the key pair
 * @param certificate the certificate of its public key
 */
public record SelfSignedCertificate(KeyPair keyPair, X509Certificate certificate) {
  /** How long a certificate is valid from its creation. */
  public static final Duration VALIDITY = Duration.ofDays(365);
  /** The certificate's common name. */
  public static final String COMMON_NAME = "unisdk fake server";

  private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
  private static final String COMMON_NAME_OID = "2.5.4.3";
  private static final String SUBJECT_ALT_NAME = "2.5.29.17";
  private static final String BASIC_CONSTRAINTS = "2.5.29.19";
  private static final String KEY_USAGE = "2.5.29.15";
  private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

  /**
   * Generates a key pair and its certificate, valid from {@code now} minus an hour.
   *
   * @throws IllegalStateException when the JDK lacks EC or SHA256withECDSA (every supported JDK has them)
   */
  public static SelfSignedCertificate generate(Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      SecureRandom random = new SecureRandom();
      generator.initialize(new ECGenParameterSpec("secp256r1"), random);
      KeyPair keyPair = generator.generateKeyPair();

      byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
      byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME_OID), Der.utf8(COMMON_NAME))));
      byte[] validity = Der.sequence(Der.time(now.minus(Duration.ofHours(1))), Der.time(now.plus(VALIDITY)));
      byte[] altNames = Der.sequence(
          Der.context(2, false, "localhost".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
          Der.context(7, false, InetAddress.getByName("127.0.0.1").getAddress()),
          Der.context(7, false, InetAddress.getByName("::1").getAddress()));
      byte[] extensions = Der.sequence(
          Der.sequence(Der.oid(BASIC_CONSTRAINTS), Der.bool(true), Der.octetString(Der.sequence())),
          // digitalSignature (bit 0), as an ECDSA key signs the TLS handshake
          Der.sequence(Der.oid(KEY_USAGE), Der.bool(true), Der.octetString(Der.tlv(0x03, new byte[] {7, (byte) 0x80}))),
          Der.sequence(Der.oid(EXTENDED_KEY_USAGE), Der.octetString(Der.sequence(Der.oid(SERVER_AUTH)))),
          Der.sequence(Der.oid(SUBJECT_ALT_NAME), Der.octetString(altNames)));
      BigInteger serial = new BigInteger(63, random).add(BigInteger.ONE);
      byte[] tbs = Der.sequence(
          Der.context(0, true, Der.integer(BigInteger.TWO)), // v3
          Der.integer(serial),
          algorithm,
          name,
          validity,
          name,
          keyPair.getPublic().getEncoded(), // SubjectPublicKeyInfo, already DER
          Der.context(3, true, extensions));

      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keyPair.getPrivate(), random);
      signer.update(tbs);
      byte[] der = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));

      X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
      certificate.verify(keyPair.getPublic()); // the JDK's own parser agrees with what was written
      return new SelfSignedCertificate(keyPair, certificate);
    } catch (GeneralSecurityException | java.net.UnknownHostException e) {
      throw new IllegalStateException("cannot create a self-signed certificate", e);
    }
  }

  @Override
  public String toString() {
    return "SelfSignedCertificate[" + certificate.getSubjectX500Principal() + ", until " + certificate.getNotAfter() + "]";
  }
}
