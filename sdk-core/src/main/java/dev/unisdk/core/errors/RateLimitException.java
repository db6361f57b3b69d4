package dev.unisdk.core.errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP 429: too many requests. {@link #retryAfter()} tells how long the server asked to wait. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   * @param retryAfter the wait the server asked for, or null
   */
  public RateLimitException(Map<String, List<String>> headers, String body, Duration retryAfter) {
    super(429, headers, body);
    this.retryAfter = retryAfter;
  }

  /**
   * Returns the wait requested by {@code Retry-After} or {@code retry-after-ms}.
   *
   * @return the requested wait (uncapped), or null when the server sent none
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
