package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 422: the request was well-formed but semantically invalid. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param headers the response headers
   * @param body the raw response body
   */
  public UnprocessableEntityException(Map<String, List<String>> headers, String body) {
    super(422, headers, body);
  }
}
