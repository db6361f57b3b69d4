package dev.unisdk.core.telemetry;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The outcome of one HTTP attempt. */
public final class AttemptEnd {
  private final int attemptNumber;
  private final int statusCode;
  private final Duration duration;
  private final @Nullable String requestId;
  private final long responseBytes;
  private final @Nullable Throwable error;

  /**
   * Creates an attempt outcome.
   *
   * @param attemptNumber 1-based attempt number
   * @param statusCode HTTP status, or 0 when no response arrived
   * @param duration time from send to the end of the response (or the failure)
   * @param requestId the provider's request id header, if any
   * @param responseBytes bytes of the response body read, or -1 when unknown
   * @param error the transport failure or the exception this response maps to, if any
   */
  public AttemptEnd(int attemptNumber, int statusCode, Duration duration, @Nullable String requestId,
      long responseBytes, @Nullable Throwable error) {
    this.attemptNumber = attemptNumber;
    this.statusCode = statusCode;
    this.duration = duration;
    this.requestId = requestId;
    this.responseBytes = responseBytes;
    this.error = error;
  }

  /** @return 1-based attempt number */
  public int attemptNumber() {
    return attemptNumber;
  }

  /** @return HTTP status, or 0 when no response arrived */
  public int statusCode() {
    return statusCode;
  }

  /** @return how long the attempt took */
  public Duration duration() {
    return duration;
  }

  /** @return the provider's request id, if the response carried one */
  public @Nullable String requestId() {
    return requestId;
  }

  /** @return response body bytes read, or -1 when unknown */
  public long responseBytes() {
    return responseBytes;
  }

  /** @return the failure of this attempt, if any */
  public @Nullable Throwable error() {
    return error;
  }
}
