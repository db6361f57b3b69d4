package dev.unisdk.core.spi;

/**
 * Provider rules plugged into the one call pipeline of {@link Transport}, instead of loops around it.
 * The pipeline keeps the retry decision, the retry budget ({@code 1 + maxRetries} sends at most), the
 * waits and the error mapping; a hook only answers a question at a named point. Every method has a
 * neutral default. A decoder that throws a {@link dev.unisdk.core.errors.UnisdkException} is how a
 * provider says "this 2xx body is an error" (e.g. a body status other than 200).
 *
 * <p>Hooks must be thread-safe and fast; they run on the caller's or an OkHttp thread.
 */
public interface CallHooks {
  /** Hooks that change nothing. */
  CallHooks NONE = new CallHooks() {};

  /**
   * Tells whether a retryable status (408, 429, 500, 502, 503, 504) means the server refused the
   * request without acting on it, so it may be sent again even when it is not safe to repeat (a
   * POST). Requests safe to repeat are retried on these statuses anyway.
   *
   * @param request the request
   * @param status the HTTP status
   * @return true to retry this non-idempotent request (e.g. a 429 from an API that documents it as a
   *     refusal)
   */
  default boolean refused(ApiRequest request, int status) {
    return false;
  }

  /**
   * Maps the exception a call ends with to the one the caller receives (e.g. a 405 to "operation not
   * available"). Called once per call, for sync and async alike, after retries are exhausted.
   *
   * @param request the request
   * @param error the exception (an {@code ApiException} for an error status, or any other failure)
   * @return the exception to throw; {@code error} itself to keep it
   */
  default RuntimeException mapError(ApiRequest request, RuntimeException error) {
    return error;
  }
}
