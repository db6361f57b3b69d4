package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import java.util.Locale;

/**
 * An Apideck error answer, thrown inside a handler and turned into the documented error body:
 * {@code {"status_code","error","type_name","message","detail","ref"}}.
 */
final class ApideckError extends RuntimeException {
  private static final String REF = "https://developers.apideck.com/errors#";

  private final int status;
  private final String typeName;
  private final JsonNode detail;

  ApideckError(int status, String typeName, String message, JsonNode detail) {
    super(message, null, false, false);
    this.status = status;
    this.typeName = typeName;
    this.detail = detail;
  }

  static ApideckError validation(String detail) {
    return new ApideckError(422, "RequestValidationError", "Invalid request body", TextNode.valueOf(detail));
  }

  static ApideckError badRequest(String detail) {
    return new ApideckError(400, "RequestValidationError", "Invalid request", TextNode.valueOf(detail));
  }

  static ApideckError unauthorized(String detail) {
    return new ApideckError(401, "UnauthorizedError", "Unauthorized Request", TextNode.valueOf(detail));
  }

  static ApideckError notFound(String resource, String id) {
    return new ApideckError(404, "EntityNotFoundError", "Unknown Resource",
        TextNode.valueOf("Could not find " + resource + " with id '" + id + "'"));
  }

  static ApideckError invalidCursor(String detail) {
    return new ApideckError(400, "InvalidCursorError", "Invalid cursor", TextNode.valueOf(detail));
  }

  static ApideckError unsupportedFilter(String detail) {
    return new ApideckError(400, "UnsupportedFiltersError", "Unsupported filters", TextNode.valueOf(detail));
  }

  static ApideckError unsupportedSort(String detail) {
    return new ApideckError(400, "UnsupportedSortFieldError", "Unsupported sort field", TextNode.valueOf(detail));
  }

  int status() {
    return status;
  }

  String typeName() {
    return typeName;
  }

  JsonNode detail() {
    return detail;
  }

  /** The documented error body. */
  ObjectNode body() {
    ObjectNode body = FakeJson.object();
    body.put("status_code", status);
    body.put("error", reason(status));
    body.put("type_name", typeName);
    body.put("message", getMessage());
    body.set("detail", detail);
    body.put("ref", REF + typeName.toLowerCase(Locale.ROOT));
    return body;
  }

  FakeResponse toResponse() {
    return FakeResponse.json(status, body());
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 402 -> "Payment Required";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
