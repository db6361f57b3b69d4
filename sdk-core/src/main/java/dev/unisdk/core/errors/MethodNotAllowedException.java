package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 405: the method is not supported for this resource. */
public class MethodNotAllowedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   */
  public MethodNotAllowedException(Map<String, List<String>> headers, String body) {
    super(405, headers, body);
  }
}
