package dev.unisdk.apideck;

import dev.unisdk.core.errors.UnisdkException;

/**
 * A webhook request was refused: its signature did not verify ({@link WebhookSignatureException}) or
 * its body is not the expected event. Answer such a request with a 4xx and do not process it.
 */
public class WebhookException extends UnisdkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the request was refused (never contains a secret)
   */
  public WebhookException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message why the request was refused
   * @param cause the underlying failure
   */
  public WebhookException(String message, Throwable cause) {
    super(message, cause);
  }
}
