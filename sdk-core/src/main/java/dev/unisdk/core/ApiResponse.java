package dev.unisdk.core;

import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.spi.ResponseDecoder;

import dev.unisdk.core.internal.HeaderMaps;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A decoded value together with the response it came from (status, headers, request id).
 *
 * @param <T> the value type
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T value;

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status
   * @param headers the headers (copied into a case-insensitive map)
   * @param value the decoded value, may be null
   */
  public ApiResponse(int statusCode, Map<String, List<String>> headers, T value) {
    this.statusCode = statusCode;
    this.headers = HeaderMaps.copyOf(headers);
    this.value = value;
  }

  private ApiResponse(int statusCode, Map<String, List<String>> headers, T value, boolean trusted) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.value = value;
  }

  /**
   * Pairs a decoded value with the response it came from (used by the call pipeline).
   *
   * @param raw the raw response
   * @param value the decoded value
   * @param <T> the value type
   * @return the response
   */
  public static <T> ApiResponse<T> of(RawResponse raw, T value) {
    return new ApiResponse<>(raw.statusCode(), raw.headers(), value, true);
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the headers.
   *
   * @return an unmodifiable case-insensitive map of name to values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, case-insensitive
   * @return the value, or null
   */
  public @Nullable String header(String name) {
    return HeaderMaps.first(headers, name);
  }

  /**
   * Returns the request id sent by the server.
   *
   * @return {@code Request-Id} or {@code X-Request-Id}, or null
   */
  public @Nullable String requestId() {
    return HeaderMaps.requestId(headers);
  }

  /**
   * Returns the decoded value.
   *
   * @return the value, may be null (e.g. {@link ResponseDecoder#discard()})
   */
  public @Nullable T value() {
    return value;
  }

  /**
   * Returns a response with the same status and headers and a transformed value.
   *
   * @param mapper the transformation
   * @param <R> the new value type
   * @return the new response
   */
  public <R> ApiResponse<R> map(Function<? super T, ? extends R> mapper) {
    return new ApiResponse<R>(statusCode, headers, mapper.apply(value), true);
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", requestId=" + requestId() + ", value=" + value + "}";
  }
}
