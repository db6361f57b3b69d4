package dev.unisdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class InternalsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static Map<String, List<String>> header(String name, String value) {
    return Collections.singletonMap(name, Collections.singletonList(value));
  }

  @Test
  void retryAfterReadsSecondsDecimalsDatesAndMilliseconds() {
    assertThat(RetryAfter.parse(header("Retry-After", "3"), CLOCK)).isEqualTo(Duration.ofSeconds(3));
    assertThat(RetryAfter.parse(header("retry-after", "1.5"), CLOCK)).isEqualTo(Duration.ofMillis(1500));
    assertThat(RetryAfter.parse(header("Retry-After", "Thu, 01 Jan 2026 00:00:09 GMT"), CLOCK))
        .isEqualTo(Duration.ofSeconds(9));
    assertThat(RetryAfter.parse(header("Retry-After", "Wed, 31 Dec 2025 23:00:00 GMT"), CLOCK))
        .isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse(header("Retry-After-Ms", "120"), CLOCK)).isEqualTo(Duration.ofMillis(120));
    assertThat(RetryAfter.parse(header("Retry-After", "soon"), CLOCK)).isNull();
    assertThat(RetryAfter.parse(header("Retry-After", "-4"), CLOCK)).isNull();
    assertThat(RetryAfter.parse(Collections.emptyMap(), CLOCK)).isNull();
  }

  @Test
  void certificateFailuresAreNeverRetriedSinceTheyFailTheSameWayEveryTime() {
    javax.net.ssl.SSLHandshakeException untrusted = new javax.net.ssl.SSLHandshakeException("PKIX path building failed");
    untrusted.initCause(new java.security.cert.CertificateException("unable to find valid certification path"));
    assertThat(RetryRules.retryableFailure(untrusted, true)).isFalse();
    assertThat(RetryRules.retryableFailure(
        new javax.net.ssl.SSLPeerUnverifiedException("Hostname api.example.com not verified"), true)).isFalse();
    // a transient failure of the same safe request still is
    assertThat(RetryRules.retryableFailure(new java.net.SocketTimeoutException("read timed out"), true)).isTrue();
    assertThat(RetryRules.retryableFailure(
        new javax.net.ssl.SSLHandshakeException("Remote host terminated the handshake"), true)).isTrue();
  }

  @Test
  void loopbackHostsAreRecognisedWithoutDns() {
    for (String h : Arrays.asList("localhost", "LOCALHOST", "127.0.0.1", "127.255.0.9", "::1")) {
      assertThat(Hosts.isLoopback(h)).as(h).isTrue();
    }
    // api.localhost: resolved through DNS by the JDK, so not trusted for cleartext
    for (String h : Arrays.asList("localhost.evil.com", "127.0.0.1.nip.io", "128.0.0.1", "127.0.0.256",
        "10.0.0.1", "::2", "", "127.0.0", "api.localhost")) {
      assertThat(Hosts.isLoopback(h)).as(h).isFalse();
    }
  }

  @Test
  void redactsSecretLookingQueryValuesAndUserInfo() {
    HttpUrl url = HttpUrl.get("https://u:pw@api.example.com/p?limit=2&api_key=K&access_token=T&Signature=S&x=1");
    String r = Redaction.url(url);
    assertThat(r).contains("limit=2").contains("x=1").contains("api_key=REDACTED")
        .contains("access_token=REDACTED").contains("Signature=REDACTED")
        .doesNotContain("=K").doesNotContain("=T").doesNotContain("=S").doesNotContain("pw");
    assertThat(Redaction.url(HttpUrl.get("https://api.example.com/p?limit=2"))).isEqualTo("https://api.example.com/p?limit=2");
  }

  @Test
  void redactsAlwaysSensitiveRegisteredAndSecretLookingHeaders() {
    Redaction r = new Redaction(Collections.singleton("X-Tenant"));
    for (String h : Arrays.asList("Authorization", "proxy-authorization", "Cookie", "Set-Cookie", "x-api-key",
        "X-Tenant", "x-auth-token", "X-Client-Secret")) {
      assertThat(r.headerValue(h, "v")).as(h).isEqualTo(Redaction.MASK);
    }
    assertThat(r.headerValue("Content-Type", "application/json")).isEqualTo("application/json");
  }

  @Test
  void checksNameTheParameter() {
    assertThat(Checks.notBlank("a", "p")).isEqualTo("a");
    assertThatThrownBy(() -> Checks.notNull(null, "id")).isInstanceOf(ValidationException.class)
        .hasMessage("id: must not be null");
    assertThatThrownBy(() -> Checks.notBlank(" \t", "name")).hasMessage("name: must not be blank");
    assertThatThrownBy(() -> Checks.inRange(201, 1, 200, "limit"))
        .hasMessage("limit: must be between 1 and 200 (was 201)");
    assertThat(Checks.inRange(200, 1, 200, "limit")).isEqualTo(200);
    assertThatThrownBy(() -> Checks.maxLength("abcd", 3, "code")).hasMessageContaining("at most 3");
    assertThat(Checks.maxLength(null, 3, "code")).isNull();
    assertThatThrownBy(() -> Checks.notEmpty(Collections.emptyList(), "ids")).hasMessage("ids: must not be empty");
    assertThatThrownBy(() -> Checks.notEmpty(Collections.emptyMap(), "m")).hasMessage("m: must not be empty");
    assertThatThrownBy(() -> Checks.notEmpty(Collections.emptyList(), "ids"))
        .extracting(e -> ((ValidationException) e).parameter()).isEqualTo("ids");
  }
}
