package dev.unisdk.core.errors;

/**
 * A response body was larger than {@code ClientOptions.maxResponseBytes()} (counted on the decoded
 * bytes, after gzip). The rest of the body was not read and its connection was discarded. Not retried.
 */
public class ResponseTooLargeException extends UnisdkException {
  private static final long serialVersionUID = 1L;
  private final long limit;
  private final int statusCode;

  /**
   * Creates the exception.
   *
   * @param message the message, naming the limit
   * @param statusCode the HTTP status of the response
   * @param limit the limit in bytes that was exceeded
   */
  public ResponseTooLargeException(String message, int statusCode, long limit) {
    super(message);
    this.limit = limit;
    this.statusCode = statusCode;
  }

  /**
   * Returns the limit that was exceeded.
   *
   * @return the maximum number of body bytes
   */
  public long limit() {
    return limit;
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }
}
