package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 403: the credentials are valid but not allowed to do this. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   */
  public ForbiddenException(Map<String, List<String>> headers, String body) {
    super(403, headers, body);
  }
}
