package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 400: the request was malformed or failed server-side validation. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   */
  public BadRequestException(Map<String, List<String>> headers, String body) {
    super(400, headers, body);
  }
}
