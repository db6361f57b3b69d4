package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeRequest;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import dev.unisdk.fakeserver.internal.http.Router;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Calls the Apideck fake through the Router with FakeRequest objects, as the HTTP server will. */
final class FakeCalls {
  static final String KEY = "sk_test_123";
  static final String APP = "app-1";
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);

  final ApideckFake fake;
  final Router router = new Router();
  String consumer = "consumer-a";
  String service;

  FakeCalls(int seeded) {
    this(new ApideckSettings(KEY, APP, 7L, seeded, CLOCK, null));
  }

  FakeCalls(ApideckSettings settings) {
    this.fake = new ApideckFake(settings);
    fake.register(router);
  }

  /** An answer: status, headers, parsed body. */
  record Answer(int status, Map<String, String> headers, JsonNode body) {
    JsonNode data() {
      return body.get("data");
    }

    String typeName() {
      return body.path("type_name").asText(null);
    }
  }

  Answer get(String pathAndQuery) {
    return call("GET", pathAndQuery, null, defaultHeaders());
  }

  Answer post(String path, String json) {
    return call("POST", path, json, defaultHeaders());
  }

  Answer patch(String path, String json) {
    return call("PATCH", path, json, defaultHeaders());
  }

  Answer delete(String path) {
    return call("DELETE", path, null, defaultHeaders());
  }

  Map<String, String> defaultHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Authorization", "Bearer " + KEY);
    h.put("x-apideck-app-id", APP);
    h.put("x-apideck-consumer-id", consumer);
    if (service != null) {
      h.put("x-apideck-service-id", service);
    }
    h.put("Host", "127.0.0.1:8080");
    return h;
  }

  Answer call(String method, String pathAndQuery, String json, Map<String, String> headers) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    List<String> segments = new ArrayList<>();
    for (String s : path.substring(1).split("/")) {
      segments.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
    }
    Map<String, List<String>> hs = new LinkedHashMap<>();
    headers.forEach((k, v) -> hs.put(k.toLowerCase(Locale.ROOT), List.of(v)));
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    Router.Match match = router.match(method, segments);
    if (match == null) {
      throw new AssertionError("no route for " + method + " " + path);
    }
    FakeRequest request = new FakeRequest(method, path, segments, query, hs, body, Map.of()).withPathParams(match.params());
    FakeResponse response = match.handler().handle(request);
    JsonNode parsed = response.body().length == 0 ? null : FakeJson.parse(response.body());
    return new Answer(response.status(), response.headers(), parsed);
  }

  /** The operation name the router registered for a method and path. */
  String operation(String method, String path) {
    return router.match(method, Arrays.asList(path.substring(1).split("/"))).operation();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Follows next cursors from the first page; returns every id seen, in order. */
  List<String> allIds(String resourcePath, String extraQuery, int limit) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 1000; pages++) {
      String url = resourcePath + "?limit=" + limit + (extraQuery.isEmpty() ? "" : "&" + extraQuery)
          + (cursor == null ? "" : "&cursor=" + enc(cursor));
      Answer a = get(url);
      if (a.status() != 200) {
        throw new AssertionError("page failed: " + a.body());
      }
      a.data().forEach(r -> ids.add(r.get("id").asText()));
      JsonNode next = a.body().path("meta").path("cursors").path("next");
      if (next.isNull()) {
        return ids;
      }
      cursor = next.asText();
    }
    throw new AssertionError("paging did not end");
  }
}
