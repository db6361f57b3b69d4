package dev.unisdk.core;

import dev.unisdk.core.spi.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientOptionsTest {

  @Test
  void defaultsAreFiniteAndDocumented() {
    ClientOptions o = ClientOptions.builder().baseUrl("https://unify.apideck.com").build();
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(o.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(o.retryPolicy().maxRetries()).isEqualTo(2);
    assertThat(o.idempotencyHeader()).isEqualTo("Idempotency-Key");
    assertThat(o.httpClient()).isNull();
    assertThat(o.sleeper()).isSameAs(Sleeper.system());
  }

  @Test
  void userAgentCarriesTheBuildVersion() {
    ClientOptions o = ClientOptions.builder().baseUrl("https://x.example").build();
    assertThat(SdkVersion.VERSION).isNotEqualTo("unknown").doesNotContain("${");
    assertThat(o.userAgent()).isEqualTo("unisdk-java/" + SdkVersion.VERSION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.example.com", "http://10.0.0.1:8080", "http://128.0.0.1"})
  void refusesPlainHttpForNonLoopbackHosts(String url) {
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl(url))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("https")
        .extracting(e -> ((ValidationException) e).parameter())
        .isEqualTo("baseUrl");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.1:4010", "http://127.1.2.3", "http://localhost:8080/base", "http://[::1]:9000"})
  void allowsPlainHttpForLoopbackHosts(String url) {
    assertThat(ClientOptions.builder().baseUrl(url).build().baseUrl().toString()).startsWith("http://");
  }

  @Test
  void refusesMissingMalformedOrCredentialBearingBaseUrls() {
    // a missing base URL is refused where it is needed: by the transport (clients fill in their default)
    assertThatThrownBy(() -> Transport.builder().options(ClientOptions.builder().build()).build())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl("not a url"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl("https://user:hunter2@api.example.com"))
        .isInstanceOf(ValidationException.class)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void refusesZeroOrNegativeTimeoutsBecauseZeroMeansInfiniteInOkHttp() {
    assertThatThrownBy(() -> ClientOptions.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ClientOptions.builder().callTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void refusesTimeoutsLongerThanOkHttpCanHoldInTheBuilderRatherThanFailingLaterInTheTransport() {
    Duration tooLong = Duration.ofMillis(Integer.MAX_VALUE).plusMillis(1);
    assertThatThrownBy(() -> ClientOptions.builder().connectTimeout(tooLong))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("connectTimeout");
    assertThatThrownBy(() -> ClientOptions.builder().readTimeout(Duration.ofDays(30)))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("readTimeout");
    assertThatThrownBy(() -> ClientOptions.builder().writeTimeout(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("writeTimeout");
    assertThatThrownBy(() -> ClientOptions.builder().callTimeout(tooLong))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("callTimeout");
    ClientOptions longest = ClientOptions.builder().baseUrl("https://api.example.com")
        .connectTimeout(Duration.ofMillis(Integer.MAX_VALUE)).readTimeout(Duration.ofDays(24))
        .writeTimeout(Duration.ofDays(24)).callTimeout(Duration.ofMillis(Integer.MAX_VALUE)).build();
    try (Transport t = Transport.builder().options(longest).build()) {
      assertThat(t.options().callTimeout()).isEqualTo(Duration.ofMillis(Integer.MAX_VALUE));
    }
  }

  @Test
  void toBuilderRoundTripsEveryValue() {
    ClientOptions o = ClientOptions.builder()
        .baseUrl("https://api.example.com/v1/")
        .readTimeout(Duration.ofSeconds(3))
        .userAgent("me/1")
        .defaultHeader("X-A", "1")
        .idempotencyHeader("X-Idem")
        .sensitiveHeader("X-Secretive")
        .retryPolicy(RetryPolicy.none())
        .build();
    ClientOptions copy = o.toBuilder().build();
    assertThat(copy.baseUrl()).isEqualTo(o.baseUrl());
    assertThat(copy.readTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.userAgent()).isEqualTo("me/1");
    assertThat(copy.defaultHeaders()).containsEntry("x-a", "1");
    assertThat(copy.idempotencyHeader()).isEqualTo("X-Idem");
    assertThat(copy.sensitiveHeaders().contains("x-secretive")).isTrue();
    assertThat(copy.retryPolicy().maxRetries()).isZero();
  }

  @Test
  void optionsWithoutABaseUrlBuildButATransportNeedsOne() {
    ClientOptions timeoutsOnly = ClientOptions.builder().readTimeout(java.time.Duration.ofSeconds(5)).build();
    assertThat(timeoutsOnly.baseUrl()).isNull();
    assertThatThrownBy(() -> Transport.builder().options(timeoutsOnly).build())
        .isInstanceOf(dev.unisdk.core.errors.ValidationException.class)
        .extracting(e -> ((dev.unisdk.core.errors.ValidationException) e).parameter())
        .isEqualTo("baseUrl");
  }
}
