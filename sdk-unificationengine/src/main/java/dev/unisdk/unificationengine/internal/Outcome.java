package dev.unisdk.unificationengine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.unificationengine.UnificationEngineException;

/**
 * The {@code status}/{@code info} pair every UnificationEngine body carries, and whether it means
 * success. Rules: a present {@code status} decides (200 = success). Without one, an {@code info} that
 * starts with a number (e.g. {@code "411 Connection not found"}, {@code "200 OK"}) decides; otherwise the
 * call succeeded (the HTTP status was 2xx and {@code info} reads e.g. {@code "OK"}).
 */
public final class Outcome {
  /** The success code. */
  public static final int OK = 200;

  private final int code;
  private final String info;

  private Outcome(int code, String info) {
    this.code = code;
    this.info = info;
  }

  /**
   * Reads an outcome from decoded fields.
   *
   * @param status the {@code status} field, may be null
   * @param info the {@code info} field, may be null
   * @return the outcome
   */
  public static Outcome of(Integer status, String info) {
    if (status != null) {
      return new Outcome(status, info);
    }
    Integer leading = leadingCode(info);
    return new Outcome(leading == null ? OK : leading, info);
  }

  /**
   * Reads an outcome from a JSON object, leniently: {@code status} may be a number or numeric text.
   *
   * @param json the body, may be null
   * @return the outcome, or null when the node is not an object with {@code status} or {@code info}
   */
  public static Outcome of(JsonNode json) {
    if (json == null || !json.isObject() || !(json.has("status") || json.has("info"))) {
      return null;
    }
    JsonNode infoNode = json.get("info");
    String info = infoNode != null && infoNode.isValueNode() && !infoNode.isNull() ? infoNode.asText() : null;
    JsonNode s = json.get("status");
    Integer status = null;
    if (s != null && s.isIntegralNumber() && s.canConvertToInt()) {
      status = s.intValue();
    } else if (s != null && s.isTextual()) {
      status = leadingCode(s.textValue());
    }
    return of(status, info);
  }

  private static Integer leadingCode(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    int end = 0;
    while (end < t.length() && end < 9 && Character.isDigit(t.charAt(end))) {
      end++;
    }
    if (end == 0 || (end < t.length() && Character.isLetterOrDigit(t.charAt(end)))) {
      return null;
    }
    return Integer.valueOf(t.substring(0, end));
  }

  /**
   * Tells whether the outcome is a success.
   *
   * @return true for code 200
   */
  public boolean ok() {
    return code == OK;
  }

  /**
   * Returns the code.
   *
   * @return 200 on success, else the service error code
   */
  public int code() {
    return code;
  }

  /**
   * Returns the info text.
   *
   * @return the text, may be null
   */
  public String info() {
    return info;
  }

  /**
   * Builds the exception for a failed outcome read from a 2xx response.
   *
   * @param raw the response
   * @return the typed exception
   */
  public UnificationEngineException toException(RawResponse raw) {
    return UnificationEngineException.create(
        code, info, raw.statusCode(), raw.headers(), raw.bodyString());
  }
}
