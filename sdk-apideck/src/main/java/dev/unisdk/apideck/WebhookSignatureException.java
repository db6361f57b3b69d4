package dev.unisdk.apideck;

import dev.unisdk.core.errors.UnisdkException;

/** A webhook request failed signature verification; do not process it. The message never holds a secret. */
public class WebhookSignatureException extends UnisdkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the signature was refused
   */
  public WebhookSignatureException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message why the request was refused
   * @param cause the underlying failure
   */
  public WebhookSignatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
