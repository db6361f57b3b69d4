package dev.unisdk.apideck;

/** A webhook's {@code x-apideck-signature} is missing, malformed or does not match the body and key. */
public class WebhookSignatureException extends WebhookException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the signature was refused (never contains a secret)
   */
  public WebhookSignatureException(String message) {
    super(message);
  }
}
