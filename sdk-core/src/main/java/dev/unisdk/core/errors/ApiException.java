package dev.unisdk.core.errors;

import dev.unisdk.core.internal.HeaderMaps;
import dev.unisdk.core.internal.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a non-2xx status. Subclasses name the documented statuses; other 4xx
 * statuses use this class directly. The message reads {@code "<status> <type>: <message> (request id
 * <id>)"} and never contains a credential.
 */
public class ApiException extends UnisdkException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;
  private final transient Map<String, List<String>> headers;
  private final String requestId;
  private final String body;
  private final transient ErrorBody errorBody;

  /**
   * Creates an API failure; prefer {@link #create(int, Map, String)} which picks the subclass.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the raw response body
   */
  public ApiException(int statusCode, Map<String, List<String>> headers, String body) {
    this(statusCode, HeaderMaps.copyOf(headers), body == null ? "" : body, ErrorBody.parse(body));
  }

  private ApiException(
      int statusCode, Map<String, List<String>> headers, String body, ErrorBody errorBody) {
    super(message(statusCode, errorBody, HeaderMaps.requestId(headers)));
    this.statusCode = statusCode;
    this.headers = headers;
    this.requestId = HeaderMaps.requestId(headers);
    this.body = body;
    this.errorBody = errorBody;
  }

  /**
   * Creates the exception matching a status code, e.g. {@link NotFoundException} for 404.
   *
   * @param statusCode the HTTP status (a non-2xx status)
   * @param headers the response headers
   * @param body the raw response body
   * @return the matching exception
   */
  public static ApiException create(int statusCode, Map<String, List<String>> headers, String body) {
    return create(statusCode, headers, body, Clock.systemUTC());
  }

  /**
   * Creates the exception matching a status code, using a clock to read an HTTP-date {@code Retry-After}.
   *
   * @param statusCode the HTTP status (a non-2xx status)
   * @param headers the response headers
   * @param body the raw response body
   * @param clock the clock against which an HTTP-date {@code Retry-After} is measured
   * @return the matching exception
   */
  public static ApiException create(
      int statusCode, Map<String, List<String>> headers, String body, Clock clock) {
    switch (statusCode) {
      case 400:
        return new BadRequestException(headers, body);
      case 401:
        return new UnauthorizedException(headers, body);
      case 402:
        return new PaymentRequiredException(headers, body);
      case 403:
        return new ForbiddenException(headers, body);
      case 404:
        return new NotFoundException(headers, body);
      case 405:
        return new MethodNotAllowedException(headers, body);
      case 409:
        return new ConflictException(headers, body);
      case 422:
        return new UnprocessableEntityException(headers, body);
      case 429:
        return new RateLimitException(headers, body, RetryAfter.parse(headers, clock));
      default:
        if (statusCode >= 500 && statusCode <= 599) {
          return new ServerException(statusCode, headers, body);
        }
        return new ApiException(statusCode, headers, body);
    }
  }

  private static String message(int status, ErrorBody errorBody, String requestId) {
    StringBuilder sb = new StringBuilder().append(status);
    String type = errorBody == null ? null : errorBody.type();
    String msg = errorBody == null ? null : errorBody.message();
    if (type != null) {
      sb.append(' ').append(type);
    }
    sb.append(": ").append(msg != null ? msg : defaultMessage(status));
    if (requestId != null) {
      sb.append(" (request id ").append(requestId).append(')');
    }
    return sb.toString();
  }

  private static String defaultMessage(int status) {
    if (status >= 500) {
      return "server error";
    }
    if (status >= 400) {
      return "request failed";
    }
    return "unexpected status";
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status code, e.g. 404
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return an unmodifiable, case-insensitive map of header name to values
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a response header.
   *
   * @param name the header name, case-insensitive
   * @return the first value, or null when absent
   */
  public @Nullable String header(String name) {
    return HeaderMaps.first(headers, name);
  }

  /**
   * Returns the request id sent by the server.
   *
   * @return the value of {@code Request-Id} or {@code X-Request-Id}, or null
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /**
   * Returns the raw response body.
   *
   * @return the body as UTF-8 text, never null (empty when there was none)
   */
  public String body() {
    return body;
  }

  /**
   * Returns the parsed error body.
   *
   * @return the parsed error, or null when the body is not a JSON object
   */
  public @Nullable ErrorBody errorBody() {
    return errorBody;
  }
}
