package dev.unisdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaultsAreTwoRetriesHalfASecondToEightSecondsWithJitterAndAOneMinuteRetryAfterCap() {
    RetryPolicy p = RetryPolicy.defaults();
    assertThat(p.maxRetries()).isEqualTo(2);
    assertThat(p.initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(p.jitter()).isTrue();
    assertThat(RetryPolicy.none().maxRetries()).isZero();
  }

  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy p = RetryPolicy.builder().maxRetries(10).jitter(false).build();
    assertThat(p.delayFor(1, null)).isEqualTo(Duration.ofMillis(500));
    assertThat(p.delayFor(2, null)).isEqualTo(Duration.ofMillis(1000));
    assertThat(p.delayFor(3, null)).isEqualTo(Duration.ofMillis(2000));
    assertThat(p.delayFor(5, null)).isEqualTo(Duration.ofMillis(8000));
    assertThat(p.delayFor(6, null)).isEqualTo(Duration.ofMillis(8000));
    assertThat(p.delayFor(40, null)).isEqualTo(Duration.ofMillis(8000));
  }

  @Test
  void jitterStaysBetweenThreeQuartersAndTheFullBackoff() {
    RetryPolicy p = RetryPolicy.defaults();
    for (int i = 0; i < 200; i++) {
      assertThat(p.delayFor(2, null)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }
  }

  @Test
  void retryAfterIsHonouredAndCapped() {
    RetryPolicy p = RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(10)).build();
    assertThat(p.delayFor(1, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    assertThat(p.delayFor(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.delayFor(1, Duration.ZERO)).isEqualTo(Duration.ZERO);
  }

  @Test
  void refusesInconsistentValues() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(11)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(9)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("maxBackoff");
  }

  @Test
  void toBuilderRoundTrips() {
    RetryPolicy p = RetryPolicy.builder().maxRetries(4).jitter(false).maxRetryAfter(Duration.ofSeconds(5)).build();
    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
  }
}
