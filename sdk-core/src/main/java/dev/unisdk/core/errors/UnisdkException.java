package dev.unisdk.core.errors;

import dev.unisdk.core.internal.Redaction;
import dev.unisdk.core.internal.ServerText;

/**
 * Root of every exception thrown by unisdk. All unisdk exceptions are unchecked. A message may quote
 * server text: control characters in it are escaped (no forged log lines or terminal sequences), secret
 * query values and URI user info are masked, and it is cut at a few thousand characters.
 */
public class UnisdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong; never contains a credential
   */
  public UnisdkException(String message) {
    super(safe(message));
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong; never contains a credential
   * @param cause the underlying failure
   */
  public UnisdkException(String message, Throwable cause) {
    super(safe(message), cause);
  }

  private static String safe(String message) {
    return ServerText.escape(Redaction.text(message));
  }
}
