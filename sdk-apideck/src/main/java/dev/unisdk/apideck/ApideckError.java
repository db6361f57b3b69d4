package dev.unisdk.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.ErrorBody;
import dev.unisdk.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A typed view of the Apideck error body carried by an {@link ApiException}:
 * {@code {"status_code":400,"error":"Bad Request","type_name":"RequestValidationError","message":"...",
 * "detail":"..." or {...},"ref":"https://..."}}.
 *
 * <pre>{@code
 * try {
 *   crm.contacts().get(id);
 * } catch (NotFoundException e) {
 *   ApideckError error = ApideckError.of(e);
 *   if (ApideckErrorType.ENTITY_NOT_FOUND_ERROR.equals(error.type())) { ... }
 * }
 * }</pre>
 */
public final class ApideckError {
  private final ApiException exception;
  private final ErrorBody body;

  private ApideckError(ApiException exception) {
    this.exception = exception;
    this.body = exception.errorBody();
  }

  /**
   * Reads the Apideck error of an API exception.
   *
   * @param exception the exception thrown by a call
   * @return the view, never null (its members are null when the body was not an Apideck error)
   */
  public static ApideckError of(ApiException exception) {
    return new ApideckError(Checks.notNull(exception, "exception"));
  }

  /**
   * Finds the Apideck error in a throwable or its causes, e.g. the {@code CompletionException} of an
   * async call.
   *
   * @param throwable any throwable, may be null
   * @return the view of the first {@link ApiException} in the cause chain, or null when there is none
   */
  public static @Nullable ApideckError find(Throwable throwable) {
    Throwable t = throwable;
    for (int depth = 0; t != null && depth < 16; depth++) {
      if (t instanceof ApiException) {
        return new ApideckError((ApiException) t);
      }
      t = t.getCause();
    }
    return null;
  }

  /**
   * Returns the error type ({@code type_name}).
   *
   * @return the type, or null when the body has none
   */
  public @Nullable ApideckErrorType type() {
    // only type_name: the core's lenient ErrorBody.type() falls back to "error", the HTTP reason text
    JsonNode json = body == null ? null : body.json();
    JsonNode name = json == null ? null : json.get("type_name");
    if (name == null || !name.isValueNode() || name.isNull() || name.asText().trim().isEmpty()) {
      return null;
    }
    return ApideckErrorType.of(name.asText());
  }

  /**
   * Tells whether the error has the given type.
   *
   * @param type the type to compare with
   * @return true when {@link #type()} equals {@code type}
   */
  public boolean is(ApideckErrorType type) {
    ApideckErrorType t = type();
    return t != null && t.equals(type);
  }

  /**
   * Returns the human-readable message.
   *
   * @return {@code message}, or null
   */
  public @Nullable String message() {
    return body == null ? null : body.message();
  }

  /**
   * Returns the detail: a string, or an object such as a connector's original response.
   *
   * @return {@code detail} as JSON, or null when absent
   */
  public @Nullable JsonNode detail() {
    return body == null ? null : body.detail();
  }

  /**
   * Returns the detail as text: the string itself, or the JSON text of an object.
   *
   * @return the detail text, or null when absent
   */
  public @Nullable String detailText() {
    JsonNode d = detail();
    if (d == null) {
      return null;
    }
    return d.isValueNode() ? d.asText() : d.toString();
  }

  /**
   * Returns the link to the documentation of the error type.
   *
   * @return {@code ref}, or null
   */
  public @Nullable String ref() {
    return body == null ? null : body.ref();
  }

  /**
   * Returns the HTTP reason text of the body, e.g. {@code "Bad Request"}.
   *
   * @return {@code error}, or null
   */
  public @Nullable String error() {
    JsonNode json = body == null ? null : body.json();
    JsonNode error = json == null ? null : json.get("error");
    return error != null && error.isTextual() ? error.asText() : null;
  }

  /**
   * Returns {@code status_code} of the body, or the HTTP status when the body has none.
   *
   * @return the status code
   */
  public int statusCode() {
    JsonNode json = body == null ? null : body.json();
    JsonNode status = json == null ? null : json.get("status_code");
    if (status != null && status.canConvertToInt() && status.isIntegralNumber()) {
      return status.intValue();
    }
    return exception.statusCode();
  }

  /**
   * Returns the request id of the failed response.
   *
   * @return the request id, or null
   */
  public @Nullable String requestId() {
    return exception.requestId();
  }

  /**
   * Returns the exception this view reads.
   *
   * @return the exception
   */
  public ApiException exception() {
    return exception;
  }

  @Override
  public String toString() {
    return "ApideckError{statusCode=" + statusCode() + ", type=" + type() + ", message=" + message()
        + ", ref=" + ref() + ", requestId=" + requestId() + "}";
  }
}
