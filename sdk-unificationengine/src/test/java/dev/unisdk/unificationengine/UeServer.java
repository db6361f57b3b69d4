package dev.unisdk.unificationengine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer on 127.0.0.1 with a client pointed at it; every wait is bounded. */
final class UeServer implements AutoCloseable {
  static final String APP_KEY = "8481eeb9c8304ce0a5e3cb58489868f4";
  static final String APP_SECRET = "app-secret-4cc366b8be84a072";
  static final String USER_KEY = "e9759590-54ef-4cd3-a01c-cb2241ddd812";
  static final String USER_SECRET = "1aee1a25-e0c4-4036-a8fd-4d41adc8611b";
  static final String FB_TOKEN =
      "CAADJsdsdds00BAAPX5siAhzZCUZBOGD2pFJngc2wGDb7RRyUzvYVe5EAT5fUvZAmB4OYpmcPPiHzsJJ8zLUYTgGhjBKOOsa0wj5kTBXWXWKOxrCrGp4uLL48CkkMNjmmTPlEirOOwSlKiX4VV2yfmoRgDZBQ9MsFC5yZC4xDL9YrdedTZBQpFN2";

  final MockWebServer server = new MockWebServer();
  final UnificationEngineClient client;

  UeServer() {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    client = UnificationEngineClient.builder()
        .appKey(APP_KEY)
        .appSecret(APP_SECRET)
        .options(options())
        .build();
  }

  ClientOptions options() {
    return ClientOptions.builder()
        .baseUrl(server.url("/").toString())
        .retryPolicy(RetryPolicy.none())
        .callTimeout(Duration.ofSeconds(5))
        .build();
  }

  UserSession me() {
    return client.asUser(UeUser.of(USER_KEY, USER_SECRET));
  }

  void enqueue(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setHeader("Request-Id", "req-" + status)
        .setBody(body));
  }

  void enqueueOk(String body) {
    enqueue(200, body);
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(r).as("a request reached the server").isNotNull();
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String fixture(String name) {
    try (InputStream in = UeServer.class.getResourceAsStream("/fixtures/" + name)) {
      assertThat(in).as("fixture " + name).isNotNull();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    try {
      server.shutdown();
    } catch (IOException ignored) {
      // best effort
    }
  }
}
