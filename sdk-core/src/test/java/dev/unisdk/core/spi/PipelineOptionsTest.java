package dev.unisdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.internal.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipelineOptionsTest {
  @Test
  void theOwnedClientIsSizedForAServerAndSharedByDerivedTransports() {
    try (Transport t = Transport.builder().options(ClientOptions.builder().baseUrl("https://example.com")
        .maxRequests(100).maxRequestsPerHost(50).build()).build()) {
      OkHttpClient c = t.httpClient();
      assertThat(c.dispatcher().getMaxRequests()).isEqualTo(100);
      assertThat(c.dispatcher().getMaxRequestsPerHost()).isEqualTo(50);
      Transport derived = t.withOptions(b -> b.readTimeout(Duration.ofSeconds(3)).maxRequestsPerHost(1));
      assertThat(derived.httpClient().dispatcher()).isSameAs(c.dispatcher());
      assertThat(derived.httpClient().connectionPool()).isSameAs(c.connectionPool());
    }
  }

  @Test
  void theDefaultsFitAServerApplicationAndOkHttpsOwnRetriesAreOff() {
    ClientOptions o = ClientOptions.builder().baseUrl("https://example.com").build();
    assertThat(o.maxIdleConnections()).isEqualTo(64);
    assertThat(o.keepAlive()).isEqualTo(Duration.ofSeconds(45));
    assertThat(o.maxRequests()).isEqualTo(128);
    assertThat(o.maxRequestsPerHost()).isEqualTo(64);
    assertThat(o.maxResponseBytes()).isEqualTo(8L * 1024 * 1024);
    try (Transport t = Transport.builder().options(o).build()) {
      OkHttpClient c = t.httpClient();
      assertThat(c.dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
      assertThat(c.followRedirects()).isFalse();
      assertThat(c.followSslRedirects()).isFalse();
      assertThat(c.retryOnConnectionFailure()).isFalse();
    }
  }

  @ParameterizedTest(name = "Retry-After [{0}] -> {1} ms")
  @CsvSource(value = {
      "0|0", "7|7000", "1.5|1500", "007|7000", "-5|", "garbage|", "1e9|", "' '|", "9.9.9|",
      "99999999999|99999999999000", "2147483648|2147483648000", "0000000000000000000000012|12000",
      "9999999999999999|4611686018427387903",
      "Thu, 15 Jan 2026 10:00:30 GMT|30000", "Fri, 31 Dec 9999 23:59:59 GMT|251633829599000",
      "Wed, 14 Jan 2026 10:00:00 GMT|0", "Thu, 32 Foo 2026 99:99:99 GMT|"}, delimiter = '|')
  void anyRetryAfterIsReadWithoutAnException(String value, Long millis) {
    Map<String, List<String>> headers = Collections.singletonMap("Retry-After", Collections.singletonList(value));
    Duration d = RetryAfter.parse(headers, Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
    if (millis == null) {
      assertThat(d).isNull();
    } else {
      assertThat(d).isEqualTo(Duration.ofMillis(millis));
    }
  }

  @Test
  void aThousandDigitRetryAfterIsHuge() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      s.append('9');
    }
    Map<String, List<String>> headers =
        Collections.singletonMap("Retry-After", Collections.singletonList(s.toString()));
    assertThat(RetryAfter.parse(headers, Clock.systemUTC())).isEqualTo(RetryAfter.HUGE);
  }
}
