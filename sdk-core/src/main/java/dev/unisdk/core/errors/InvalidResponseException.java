package dev.unisdk.core.errors;

import org.jspecify.annotations.Nullable;

/** A successful (2xx) response whose body could not be decoded. The raw body is kept for diagnosis. */
public class InvalidResponseException extends UnisdkException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;
  private final String body;
  private final String field;

  /**
   * Creates a decoding failure.
   *
   * @param message what could not be decoded
   * @param statusCode the HTTP status of the response
   * @param body the raw response body (may be empty)
   * @param field the JSON path of the offending field (e.g. {@code data[0].created_at}), or null
   * @param cause the decoding failure, or null
   */
  public InvalidResponseException(
      String message, int statusCode, String body, String field, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.body = body == null ? "" : body;
    this.field = field;
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status of the response that could not be decoded
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the raw body.
   *
   * @return the raw response body, never null
   */
  public String body() {
    return body;
  }

  /**
   * Returns the JSON path of the field that failed to decode.
   *
   * @return a path such as {@code data[0].created_at}, or null when unknown
   */
  public @Nullable String field() {
    return field;
  }
}
