package dev.unisdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

  @Test
  void mergeLetsTheSecondWinForEveryValueItSets() {
    RequestOptions client = RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(1)
        .header("X-A", "client").header("X-B", "client").queryParam("q", "1").queryParam("k", "client")
        .idempotencyKey("k1").build();
    RequestOptions call = RequestOptions.builder().maxRetries(3).header("x-a", "call")
        .queryParam("k", "call").build();
    RequestOptions m = RequestOptions.merge(client, call);
    assertThat(m.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(m.maxRetries()).isEqualTo(3);
    assertThat(m.headers()).containsEntry("X-A", "call").containsEntry("X-B", "client").hasSize(2);
    assertThat(m.queryParams().get("k")).containsExactly("call");
    assertThat(m.queryParams().get("q")).containsExactly("1");
    assertThat(m.idempotencyKey()).isEqualTo("k1");
  }

  @Test
  void mergeWithNoneOrNullReturnsTheOther() {
    RequestOptions a = RequestOptions.builder().maxRetries(1).build();
    assertThat(RequestOptions.merge(a, RequestOptions.none())).isSameAs(a);
    assertThat(RequestOptions.merge(null, a)).isSameAs(a);
    assertThat(RequestOptions.merge(null, null)).isSameAs(RequestOptions.none());
  }

  @Test
  void refusesInvalidValues() {
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" ")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1)).isInstanceOf(ValidationException.class);
  }

  @Test
  void isImmutableAndComparable() {
    RequestOptions a = RequestOptions.builder().header("h", "v").queryParam("q", "1").build();
    assertThat(a).isEqualTo(a.toBuilder().build());
    assertThatThrownBy(() -> a.headers().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }
}
