package dev.unisdk.core.errors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parsed JSON error body of a failed response, read leniently: the error type comes from
 * {@code type_name}, {@code type} or {@code error}; the message from {@code message} or {@code info};
 * plus {@code detail} (any JSON) and {@code ref}. A nested {@code {"error": {...}}} object is also understood.
 */
public final class ErrorBody {
  private final String type;
  private final String message;
  private final JsonNode detail;
  private final String ref;
  private final JsonNode json;

  private ErrorBody(String type, String message, JsonNode detail, String ref, JsonNode json) {
    this.type = type;
    this.message = message;
    this.detail = detail;
    this.ref = ref;
    this.json = json;
  }

  /**
   * Parses an error body.
   *
   * @param body the raw response body
   * @return the parsed body, or null when the body is empty or not a JSON object
   */
  public static @Nullable ErrorBody parse(String body) {
    if (body == null || body.trim().isEmpty()) {
      return null;
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(body.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    JsonNode source = root;
    JsonNode error = root.get("error");
    if (error != null && error.isObject()) {
      source = error;
    }
    String type = firstText(source, "type_name", "type", "error");
    if (type == null && source != root) {
      type = firstText(root, "type_name", "type");
    }
    String message = firstText(source, "message", "info", "error_description");
    if (message == null && source != root) {
      message = firstText(root, "message", "info");
    }
    JsonNode detail = source.get("detail");
    if (detail == null && source != root) {
      detail = root.get("detail");
    }
    String ref = firstText(source, "ref");
    if (ref == null && source != root) {
      ref = firstText(root, "ref");
    }
    return new ErrorBody(type, message, detail == null || detail.isNull() ? null : detail, ref, root);
  }

  private static String firstText(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isValueNode() && !value.isNull()) {
        String text = value.asText();
        if (!text.trim().isEmpty()) {
          return text;
        }
      }
    }
    return null;
  }

  /**
   * Returns the error type.
   *
   * @return the error type, e.g. {@code "RequestValidationError"}, or null
   */
  public @Nullable String type() {
    return type;
  }

  /**
   * Returns the human-readable message.
   *
   * @return the message, or null
   */
  public @Nullable String message() {
    return message;
  }

  /**
   * Returns the error detail: a string or an object, as sent by the server.
   *
   * @return the detail node, or null when absent
   */
  public @Nullable JsonNode detail() {
    return detail;
  }

  /**
   * Returns the documentation reference.
   *
   * @return a link or reference to the error documentation, or null
   */
  public @Nullable String ref() {
    return ref;
  }

  /**
   * Returns the whole body as a JSON tree.
   *
   * @return the parsed body
   */
  public JsonNode json() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ErrorBody && json.equals(((ErrorBody) o).json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(json);
  }

  @Override
  public String toString() {
    return "ErrorBody{type=" + type + ", message=" + message + ", ref=" + ref + "}";
  }
}
