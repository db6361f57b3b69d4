package dev.unisdk.core;

import dev.unisdk.core.spi.Transport;

import dev.unisdk.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How failed requests are retried: exponential backoff with optional jitter, capped, honouring
 * {@code Retry-After}. Only requests that are safe to repeat are retried (see {@link Transport}); a
 * request is sent at most {@code 1 + maxRetries} times. A server that asks to wait longer than
 * {@link #maxRetryAfter()} is not waited for: the call fails at once with the server's answer (for a
 * 429, a {@code RateLimitException} whose {@code retryAfter()} tells how long it asked).
 * Defaults: 2 retries, 0.5 s initial backoff, 8 s maximum backoff, {@code maxRetryAfter} 60 s, jitter on.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final boolean jitter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.jitter = b.jitter;
  }

  /**
   * Returns the default policy.
   *
   * @return 2 retries, 0.5 s to 8 s backoff with jitter, {@code Retry-After} waited up to 60 s
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that never retries.
   *
   * @return the no-retry policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Starts a builder with the default values.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .maxRetryAfter(maxRetryAfter)
        .jitter(jitter);
  }

  /**
   * Returns the maximum number of retries after the first attempt.
   *
   * @return the retry count, 0 for none
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the wait before the first retry (doubled for each next one).
   *
   * @return the initial backoff
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * Returns the longest computed backoff.
   *
   * @return the backoff cap
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the longest {@code Retry-After} the SDK waits for. A longer one is not waited for and not
   * shortened: the call fails at once with the server's answer, so the caller can decide.
   *
   * @return the longest honoured Retry-After
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Tells whether backoffs are randomised (between 75% and 100% of the computed value).
   *
   * @return true when jitter is on
   */
  public boolean jitter() {
    return jitter;
  }

  /**
   * Tells whether a retry may wait for what the server asked.
   *
   * @param retryAfter the wait the server asked for, or null when it asked nothing
   * @return false when the server asked for longer than {@link #maxRetryAfter()} (the call then fails
   *     instead of waiting)
   */
  public boolean honours(Duration retryAfter) {
    return retryAfter == null || retryAfter.compareTo(maxRetryAfter) <= 0;
  }

  /**
   * Computes the wait before a retry.
   *
   * @param retryNumber 1 for the first retry, 2 for the second...
   * @param retryAfter the wait the server asked for, or null
   * @return the wait: the server's when given (never more than {@link #maxRetryAfter()}; callers
   *     check {@link #honours(Duration)} first), else exponential backoff
   */
  public Duration delayFor(int retryNumber, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
    }
    int shift = Math.min(Math.max(retryNumber - 1, 0), 30);
    long millis = initialBackoff.toMillis();
    long cap = maxBackoff.toMillis();
    long backoff = millis > (cap >> shift) ? cap : Math.min(cap, millis << shift);
    if (jitter && backoff > 0) {
      double factor = 1.0 - 0.25 * ThreadLocalRandom.current().nextDouble();
      backoff = (long) (backoff * factor);
    }
    return Duration.ofMillis(backoff);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy that = (RetryPolicy) o;
    return maxRetries == that.maxRetries
        && jitter == that.jitter
        && initialBackoff.equals(that.initialBackoff)
        && maxBackoff.equals(that.maxBackoff)
        && maxRetryAfter.equals(that.maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, maxBackoff, maxRetryAfter, jitter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + ", jitter=" + jitter + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private boolean jitter = true;

    private Builder() {}

    /**
     * Sets the maximum number of retries (0 to 10).
     *
     * @param maxRetries retries after the first attempt
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Checks.inRange(maxRetries, 0, 10, "maxRetries");
      return this;
    }

    /**
     * Sets the wait before the first retry.
     *
     * @param initialBackoff a non-negative duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the longest computed backoff.
     *
     * @param maxBackoff a non-negative duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} waited for; a server asking for more makes the call fail
     * at once instead of waiting.
     *
     * @param maxRetryAfter a non-negative duration
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Turns jitter on or off.
     *
     * @param jitter true to randomise backoffs
     * @return this builder
     */
    public Builder jitter(boolean jitter) {
      this.jitter = jitter;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new dev.unisdk.core.errors.ValidationException(
            "maxBackoff", "must not be shorter than initialBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Checks.notNull(d, name);
      if (d.isNegative()) {
        throw new dev.unisdk.core.errors.ValidationException(name, "must not be negative");
      }
      return d;
    }
  }
}
