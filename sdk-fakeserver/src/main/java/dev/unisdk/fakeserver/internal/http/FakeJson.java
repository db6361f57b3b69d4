package dev.unisdk.fakeserver.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The fake server's own JSON: Jackson's tree model only, never the SDK's model classes. */
public final class FakeJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private FakeJson() {}

  /** Thrown when a request body is not well-formed JSON. */
  public static final class MalformedJsonException extends RuntimeException {
    MalformedJsonException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Parses bytes; throws {@link MalformedJsonException} on bad JSON. */
  public static JsonNode parse(byte[] bytes) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new MalformedJsonException("empty body", null);
      }
      return node;
    } catch (IOException e) {
      throw new MalformedJsonException("malformed JSON: " + (e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()), e);
    }
  }

  /** Serializes a tree to UTF-8 bytes. */
  public static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty array node. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** The shared mapper (thread-safe). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
