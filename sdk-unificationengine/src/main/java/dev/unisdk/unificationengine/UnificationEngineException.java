package dev.unisdk.unificationengine;

import dev.unisdk.core.errors.ApiException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * UnificationEngine reported a failure with one of its error codes. The service delivers errors in two
 * ways, and both end here: as an HTTP 200 response whose JSON body carries {@code status != 200}, or as
 * a non-2xx HTTP status whose code (or body {@code status}) is a documented UnificationEngine code.
 *
 * <p>It extends core's {@link ApiException}, so one {@code catch (ApiException e)} handles every failure
 * the server reported: {@link #statusCode()} is the HTTP status (200 for errors delivered in the body),
 * {@link #code()} the UnificationEngine code, {@link #info()} the server's text, and {@link #requestId()},
 * {@link #headers()} and {@link #body()} come from the response. Known codes have subclasses (e.g.
 * {@link ConnectionNotFoundException} for 411); other codes use this class (open fallback).
 */
public class UnificationEngineException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String info;
  private final String message;

  /**
   * Creates a failure; prefer {@link #create(int, String, int, Map, String)}, which picks the subclass.
   *
   * @param code the UnificationEngine error code, e.g. 411
   * @param info the server's {@code info} text, may be null
   * @param httpStatus the HTTP status of the response (200 when the error came in the body)
   * @param headers the response headers
   * @param body the raw response body
   */
  public UnificationEngineException(
      int code, String info, int httpStatus, Map<String, List<String>> headers, String body) {
    super(httpStatus, headers, body);
    this.code = code;
    this.info = info;
    this.message = ErrorMessages.describe(code, info, httpStatus, requestId());
  }

  /**
   * Creates the exception matching a UnificationEngine error code, e.g. {@link UserNotFoundException}
   * for 414, or this class for an undocumented code.
   *
   * @param code the UnificationEngine error code
   * @param info the server's {@code info} text, may be null
   * @param httpStatus the HTTP status of the response
   * @param headers the response headers
   * @param body the raw response body
   * @return the matching exception
   */
  public static UnificationEngineException create(
      int code, String info, int httpStatus, Map<String, List<String>> headers, String body) {
    switch (code) {
      case NoReceiversException.CODE:
        return new NoReceiversException(info, httpStatus, headers, body);
      case ConnectionNotFoundException.CODE:
        return new ConnectionNotFoundException(info, httpStatus, headers, body);
      case ConnectorNotFoundException.CODE:
        return new ConnectorNotFoundException(info, httpStatus, headers, body);
      case UserNotFoundException.CODE:
        return new UserNotFoundException(info, httpStatus, headers, body);
      case FeatureNotSupportedException.CODE:
        return new FeatureNotSupportedException(info, httpStatus, headers, body);
      case RequestErrorsException.CODE:
        return new RequestErrorsException(info, httpStatus, headers, body);
      case InternalErrorException.CODE:
        return new InternalErrorException(info, httpStatus, headers, body);
      default:
        return new UnificationEngineException(code, info, httpStatus, headers, body);
    }
  }

  /**
   * Tells whether a code has its own exception type.
   *
   * @param code a UnificationEngine error code
   * @return true for 410, 411, 413, 414, 415, 505 and 1000
   */
  public static boolean isDocumentedCode(int code) {
    switch (code) {
      case NoReceiversException.CODE:
      case ConnectionNotFoundException.CODE:
      case ConnectorNotFoundException.CODE:
      case UserNotFoundException.CODE:
      case FeatureNotSupportedException.CODE:
      case RequestErrorsException.CODE:
      case InternalErrorException.CODE:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the UnificationEngine error code.
   *
   * @return the code, e.g. 411 (the body's {@code status}, or the HTTP status when the body had none)
   */
  public int code() {
    return code;
  }

  /**
   * Returns the server's description of the error.
   *
   * @return the {@code info} text, or null when the response had none
   */
  public @Nullable String info() {
    return info;
  }

  @Override
  public String getMessage() {
    return message;
  }
}
