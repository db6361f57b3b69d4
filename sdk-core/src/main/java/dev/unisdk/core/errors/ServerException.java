package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/** HTTP 5xx: the server failed. Retried automatically for safe requests on 500, 502, 503 and 504. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param statusCode the 5xx status
   * @param headers the response headers
   * @param body the raw response body
   */
  public ServerException(int statusCode, Map<String, List<String>> headers, String body) {
    super(statusCode, headers, body);
  }
}
