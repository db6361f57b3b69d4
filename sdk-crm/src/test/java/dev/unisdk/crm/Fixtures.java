package dev.unisdk.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** The documented JSON examples of specs/examples/crm, and JSON comparison helpers. */
final class Fixtures {
  private static final Path DIR = Paths.get("..", "specs", "examples", "crm");

  private Fixtures() {}

  static String text(String name) {
    try {
      return new String(Files.readAllBytes(DIR.resolve(name)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T model(String name, Class<T> type) {
    try {
      return Json.mapper().readValue(text(name), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a MockWebServer on the loopback address. */
  static MockWebServer startServer() throws IOException {
    MockWebServer server = new MockWebServer();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    return server;
  }

  /** A client builder with the test credentials, pointed at the server, without retries. */
  static CrmClient.Builder clientFor(MockWebServer server) {
    return CrmClient.builder().apiKey("sk_test_123").appId("app-xyz").consumerId("test-consumer")
        .options(ClientOptions.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none()).build());
  }

  /** Takes the next recorded request, failing when none arrives within 5 seconds. */
  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("request sent").isNotNull();
    return r;
  }

  static MockResponse response(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setHeader("Request-Id", "req-" + status).setBody(body);
  }

  /**
   * Asserts two JSON documents are the same data: same members and array order, numbers equal by
   * value, and date-times equal as instants (2020-09-30T07:43:32.000Z equals 2020-09-30T07:43:32Z).
   */
  static void assertSameJson(JsonNode actual, JsonNode expected, String path) {
    if (expected.isNumber() && actual.isNumber()) {
      assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
      return;
    }
    if (expected.isTextual() && actual.isTextual() && !expected.asText().equals(actual.asText())) {
      assertThat(instant(actual.asText())).as(path + " (date-time)").isNotNull()
          .isEqualTo(instant(expected.asText()));
      return;
    }
    assertThat(actual.getNodeType()).as(path).isEqualTo(expected.getNodeType());
    if (expected.isObject()) {
      assertThat(fieldNames(actual)).as(path + " members").isEqualTo(fieldNames(expected));
      Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        assertSameJson(actual.get(e.getKey()), e.getValue(), path + "." + e.getKey());
      }
    } else if (expected.isArray()) {
      assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSameJson(actual.get(i), expected.get(i), path + "[" + i + "]");
      }
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  private static java.util.Set<String> fieldNames(JsonNode node) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static java.time.Instant instant(String s) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static BigDecimal decimal(String s) {
    return new BigDecimal(s);
  }
}
