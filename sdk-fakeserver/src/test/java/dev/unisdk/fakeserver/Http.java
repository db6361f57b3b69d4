package dev.unisdk.fakeserver;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A tiny JSON-over-HTTP test client: every call returns status, headers and parsed body. */
final class Http implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).build();
  private final String baseUrl;
  private final Map<String, String> headers = new HashMap<>();

  record Result(int status, Map<String, String> headers, String text) {
    JsonNode json() {
      return FakeJson.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  Http(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Http header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Http without(String name) {
    headers.remove(name);
    return this;
  }

  Result get(String path) {
    return call("GET", path, null);
  }

  Result delete(String path) {
    return call("DELETE", path, null);
  }

  Result post(String path, String json) {
    return call("POST", path, json);
  }

  Result call(String method, String path, String json) {
    Request.Builder b = new Request.Builder().url(baseUrl + path)
        .method(method, json == null ? null : RequestBody.create(json, JSON));
    headers.forEach(b::header);
    try (Response r = client.newCall(b.build()).execute()) {
      Map<String, String> h = new HashMap<>();
      r.headers().forEach(p -> h.put(p.getFirst().toLowerCase(java.util.Locale.ROOT), p.getSecond()));
      return new Result(r.code(), h, r.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
