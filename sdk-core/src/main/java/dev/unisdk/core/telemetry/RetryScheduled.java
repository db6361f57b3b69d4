package dev.unisdk.core.telemetry;

import java.time.Duration;

/** A retry the pipeline scheduled. */
public final class RetryScheduled {
  private final int nextAttemptNumber;
  private final String reason;
  private final Duration delay;

  /**
   * Creates a retry event.
   *
   * @param nextAttemptNumber the number of the attempt that will be sent (2 for the first retry)
   * @param reason short reason, e.g. {@code status 503} or {@code SocketTimeoutException}
   * @param delay how long the pipeline waits before sending it
   */
  public RetryScheduled(int nextAttemptNumber, String reason, Duration delay) {
    this.nextAttemptNumber = nextAttemptNumber;
    this.reason = reason;
    this.delay = delay;
  }

  /** @return the number of the attempt that will be sent */
  public int nextAttemptNumber() {
    return nextAttemptNumber;
  }

  /** @return why the request is resent, e.g. {@code status 429} */
  public String reason() {
    return reason;
  }

  /** @return the delay before the next attempt */
  public Duration delay() {
    return delay;
  }
}
