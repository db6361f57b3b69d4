package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 409: the request conflicts with the current state of the resource. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   */
  public ConflictException(Map<String, List<String>> headers, String body) {
    super(409, headers, body);
  }
}
