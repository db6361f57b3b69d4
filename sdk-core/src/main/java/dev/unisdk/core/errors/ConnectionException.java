package dev.unisdk.core.errors;

/** The request could not be completed because of a network failure (DNS, refused connection, reset, ...). */
public class ConnectionException extends UnisdkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a connection failure.
   *
   * @param message what failed
   * @param cause the underlying I/O failure
   */
  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
