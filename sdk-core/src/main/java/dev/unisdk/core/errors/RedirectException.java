package dev.unisdk.core.errors;

import java.util.List;
import java.util.Map;

/**
 * The server answered with a redirect the SDK does not follow: a 3xx to a method other than GET or
 * HEAD (following it would turn a write into a read), a redirect to cleartext HTTP, a redirect loop or
 * more than the allowed number of hops, or a 3xx without a usable {@code Location}. Never retried.
 */
public class RedirectException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param statusCode the 3xx status of the last response
   * @param headers its headers
   * @param body its body (usually empty)
   * @param reason why the redirect was not followed, without URLs (they may carry secrets)
   */
  public RedirectException(int statusCode, Map<String, List<String>> headers, String body, String reason) {
    super(statusCode, headers, body);
    this.reason = reason;
  }

  /**
   * Returns why the redirect was not followed.
   *
   * @return e.g. {@code "a PATCH request is never redirected"}
   */
  public String reason() {
    return reason;
  }

  @Override
  public String getMessage() {
    return statusCode() + " redirect not followed: " + reason
        + (requestId() == null ? "" : " (request id " + requestId() + ")");
  }
}
