package dev.unisdk.core.errors;

/** A connect, read, write or call timeout expired before the response arrived. */
public class TimeoutException extends UnisdkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a timeout failure.
   *
   * @param message what timed out
   * @param cause the underlying timeout
   */
  public TimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
