package dev.unisdk.core;

import dev.unisdk.core.spi.ApiRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

  @Test
  void normalisesAndValidatesTheMethod() {
    assertThat(ApiRequest.builder("patch").build().method()).isEqualTo("PATCH");
    assertThatThrownBy(() -> ApiRequest.builder("TRACE")).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).parameter()).isEqualTo("method");
  }

  /** Jackson cannot serialize a self reference. */
  static final class Loop {
    public Loop self = this;
  }

  @Test
  void anUnserializableBodyFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> ApiRequest.builder("POST").jsonBody(new Loop()))
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).parameter()).isEqualTo("body");
  }

  @Test
  void keepsBodyBytesPrivate() {
    ApiRequest r = ApiRequest.builder("POST").body(new byte[] {1, 2}, "application/octet-stream").build();
    r.body()[0] = 9;
    assertThat(r.body()).containsExactly(1, 2);
    assertThat(r.contentType()).isEqualTo("application/octet-stream");
  }

  @Test
  void aNullHeaderValueRemovesTheHeader() {
    ApiRequest r = ApiRequest.builder("GET").header("X-A", "1").header("x-a", null).build();
    assertThat(r.headers()).isEmpty();
  }

  @Test
  void refusesHeaderInjectionWithoutEchoingTheValue() {
    assertThatThrownBy(() -> ApiRequest.builder("GET").header("x-apideck-service-id", "hubspot\r\nX-Evil: 1"))
        .isInstanceOf(ValidationException.class)
        .hasMessageNotContaining("X-Evil")
        .extracting(e -> ((ValidationException) e).parameter()).isEqualTo("x-apideck-service-id");
    assertThatThrownBy(() -> ApiRequest.builder("GET").header("bad name", "v"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "a\nb"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("k\r\n"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ClientOptions.builder().defaultHeader("X-A", "\u0000"))
        .isInstanceOf(ValidationException.class);
  }
}
