package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 401: credentials are missing or invalid. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   */
  public UnauthorizedException(Map<String, List<String>> headers, String body) {
    super(401, headers, body);
  }
}
