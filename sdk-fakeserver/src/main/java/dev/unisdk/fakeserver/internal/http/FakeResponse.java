package dev.unisdk.fakeserver.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response the fake server will write. Immutable; {@link #withHeader} returns a copy.
 *
 * @param status HTTP status code
 * @param headers response headers (name as written on the wire)
 * @param body the body bytes (empty for none)
 */
public record FakeResponse(int status, Map<String, String> headers, byte[] body) {

  /** A JSON response. */
  public static FakeResponse json(int status, JsonNode node) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=utf-8");
    return new FakeResponse(status, headers, FakeJson.write(node));
  }

  /** A response without a body (e.g. 204). */
  public static FakeResponse empty(int status) {
    return new FakeResponse(status, Map.of(), new byte[0]);
  }

  /** A plain-text response. */
  public static FakeResponse text(int status, String text) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "text/plain; charset=utf-8");
    return new FakeResponse(status, headers, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy with one more (or a replaced) header. */
  public FakeResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new FakeResponse(status, copy, body);
  }

  /** A copy with another body, same status and headers. */
  public FakeResponse withBody(byte[] newBody) {
    return new FakeResponse(status, headers, newBody);
  }
}
