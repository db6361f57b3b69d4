package dev.unisdk.core.telemetry;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How an operation ended. */
public final class OperationEnd {
  private final int attempts;
  private final Duration duration;
  private final @Nullable Throwable error;

  /**
   * Creates an operation outcome.
   *
   * @param attempts how many HTTP attempts were sent
   * @param duration time from start to end
   * @param error the exception the caller receives, or null on success
   */
  public OperationEnd(int attempts, Duration duration, @Nullable Throwable error) {
    this.attempts = attempts;
    this.duration = duration;
    this.error = error;
  }

  /** @return how many HTTP attempts were sent */
  public int attempts() {
    return attempts;
  }

  /** @return time from start to end */
  public Duration duration() {
    return duration;
  }

  /** @return the exception the caller receives (a {@code CancellationException} when cancelled), or null */
  public @Nullable Throwable error() {
    return error;
  }

  /** @return true when the operation succeeded */
  public boolean succeeded() {
    return error == null;
  }
}
