package dev.unisdk.core.telemetry;

/** One HTTP attempt about to be sent. */
public interface AttemptStart {

  /** @return 1 for the first attempt, 2 for the first retry, and so on */
  int attemptNumber();

  /**
   * Adds a header to this attempt only (e.g. W3C {@code traceparent}); replaces a header of that name.
   *
   * @param name header name
   * @param value header value
   */
  void header(String name, String value);
}
