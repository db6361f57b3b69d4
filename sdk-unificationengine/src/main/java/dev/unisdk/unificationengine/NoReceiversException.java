package dev.unisdk.unificationengine;

import java.util.List;
import java.util.Map;

/** UnificationEngine error 410: the message named no receivers. */
public class NoReceiversException extends UnificationEngineException {
  private static final long serialVersionUID = 1L;

  /** The UnificationEngine error code of this failure. */
  public static final int CODE = 410;

  /**
   * Creates the failure.
   *
   * @param info the server's {@code info} text, may be null
   * @param httpStatus the HTTP status of the response (200 when the error came in the body)
   * @param headers the response headers
   * @param body the raw response body
   */
  public NoReceiversException(String info, int httpStatus, Map<String, List<String>> headers, String body) {
    super(CODE, info, httpStatus, headers, body);
  }
}
