package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 402: the account's plan or quota does not allow the request. */
public class PaymentRequiredException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   */
  public PaymentRequiredException(Map<String, List<String>> headers, String body) {
    super(402, headers, body);
  }
}
