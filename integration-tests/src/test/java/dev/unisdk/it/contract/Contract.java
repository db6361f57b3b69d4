package dev.unisdk.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.json.Json;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.fakeserver.FakeServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/** Shared helpers of the contract tests: spec examples, client options and JSON comparison. */
final class Contract {
  /** The consumer the CRM and SMS tests act for. */
  static final String CONSUMER = "contract-consumer";

  private Contract() {}

  /** Options for a client against the fake: no retries (a test sees the first answer), short timeouts. */
  /** A CRM client for {@link #CONSUMER} on the fake's Apideck credentials, without retries. */
  static CrmClient crm(FakeServer server) {
    return CrmClient.builder().apiKey(server.apideck().apiKey()).appId(server.apideck().appId())
        .consumerId(CONSUMER).baseUrl(server.baseUrl()).options(options(server.baseUrl())).build();
  }

  static ClientOptions options(String baseUrl) {
    return ClientOptions.builder().baseUrl(baseUrl).retryPolicy(RetryPolicy.none())
        .connectTimeout(java.time.Duration.ofSeconds(5)).readTimeout(java.time.Duration.ofSeconds(10))
        .build();
  }

  /** Reads a file of {@code specs/examples} (the API documents' own examples). */
  static String example(String relative) {
    Path dir = Paths.get("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("specs").resolve("examples").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        try {
          return Files.readString(candidate);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("specs/examples/" + relative + " not found above " + Paths.get("").toAbsolutePath());
  }

  /** Deserializes a spec example into an SDK model with the SDK's own mapper. */
  static <T> T exampleAs(String relative, Class<T> type) {
    try {
      return Json.mapper().readValue(example(relative), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON the SDK writes for a request body (read-only fields skipped). */
  static JsonNode requestJson(Object body) {
    try {
      return Json.mapper().readTree(Json.requestWriter().writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON text. */
  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON of a model as the SDK reads it back (all fields). */
  static JsonNode modelJson(Object model) {
    return Json.mapper().valueToTree(model);
  }

  /**
   * Asserts that every member of {@code expected} is in {@code actual} with an equal value: objects
   * recursively, arrays element by element with equal size, numbers by value (10.5 == 10.50).
   */
  static void assertJsonContains(JsonNode expected, JsonNode actual, String path) {
    if (expected.isObject()) {
      assertThat(actual.isObject()).as("%s is an object in %s", path, actual).isTrue();
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode a = actual.get(e.getKey());
        if (a == null) {
          fail("%s.%s was sent as %s but is missing from %s", path, e.getKey(), e.getValue(), actual);
        }
        assertJsonContains(e.getValue(), a, path + "." + e.getKey());
      }
    } else if (expected.isArray()) {
      assertThat(actual.isArray()).as("%s is an array: %s", path, actual).isTrue();
      assertThat(actual.size()).as("%s size", path).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertJsonContains(expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else if (expected.isNumber() && actual.isNumber()) {
      assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
    } else if (isDateTime(expected) && isDateTime(actual)) {
      assertThat(OffsetDateTime.parse(actual.textValue()).toInstant()).as(path)
          .isEqualTo(OffsetDateTime.parse(expected.textValue()).toInstant());
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  private static boolean isDateTime(JsonNode n) {
    if (!n.isTextual() || n.textValue().length() < 16 || n.textValue().charAt(10) != 'T') {
      return false;
    }
    try {
      OffsetDateTime.parse(n.textValue());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
