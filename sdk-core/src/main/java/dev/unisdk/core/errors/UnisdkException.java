package dev.unisdk.core.errors;

/** Root of every exception thrown by unisdk. All unisdk exceptions are unchecked. */
public class UnisdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong; never contains a credential
   */
  public UnisdkException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong; never contains a credential
   * @param cause the underlying failure
   */
  public UnisdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
