package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 404: the resource does not exist. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   */
  public NotFoundException(Map<String, List<String>> headers, String body) {
    super(404, headers, body);
  }
}
