package dev.unisdk.unificationengine;

import dev.unisdk.unificationengine.internal.Outcome;
import dev.unisdk.unificationengine.model.DeliveryStatus;
import java.util.List;
import java.util.Map;

/**
 * {@code message/send} reported per-connection results and every connection failed, so the message
 * went out nowhere (the overall status may say 200 or carry the first failure's code). {@link #result()} holds the per-connection results; {@link #code()} is the
 * failures' common code, or the first failure's code when they differ; {@link #info()} summarises them.
 * (A partial success is not thrown: {@code send} returns a {@link SendResult}.)
 */
public class MessageNotSentException extends UnificationEngineException {
  private static final long serialVersionUID = 1L;

  private final transient SendResult result;

  /**
   * Creates the failure.
   *
   * @param result the per-connection results, at least one, all failed
   * @param httpStatus the HTTP status of the response
   * @param headers the response headers
   * @param body the raw response body
   */
  public MessageNotSentException(
      SendResult result, int httpStatus, Map<String, List<String>> headers, String body) {
    super(code(result), summary(result), httpStatus, headers, body);
    this.result = result;
  }

  /**
   * Returns the per-connection results.
   *
   * @return the result of the call
   */
  public SendResult result() {
    return result;
  }

  private static int code(SendResult result) {
    Integer first = null;
    for (String name : result.failedConnections()) {
      int c = codeOf(result, name);
      if (first == null) {
        first = c;
      } else if (first != c) {
        break;
      }
    }
    return first == null ? 0 : first;
  }

  private static int codeOf(SendResult result, String name) {
    DeliveryStatus s = result.statusFor(name);
    return Outcome.of(s.status(), s.info()).code();
  }

  private static String summary(SendResult result) {
    StringBuilder sb = new StringBuilder("every connection failed:");
    String sep = " ";
    for (String name : result.failedConnections()) {
      String info = result.statusFor(name).info();
      sb.append(sep).append(name).append(' ').append(codeOf(result, name));
      if (info != null) {
        sb.append(' ').append(info);
      }
      sep = "; ";
    }
    return sb.toString();
  }
}
