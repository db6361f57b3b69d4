package dev.unisdk.core.spi;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RequestOptions;

import dev.unisdk.core.internal.BytesRequestBody;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Redaction;
import dev.unisdk.core.internal.RetryRules;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** An {@link ApiRequest} turned into an OkHttp request, with its retry budget and safety. */
final class PreparedRequest {
  private static final byte[] EMPTY = new byte[0];
  private static final MediaType JSON = MediaType.get(ApiRequest.JSON_MEDIA_TYPE);

  final Request request;
  final int maxRetries;
  /** Whether the request may be sent twice: idempotent method or idempotency key. */
  final boolean safe;
  /** The per-attempt call timeout, or null for the client's. */
  final Duration timeout;
  /** {@code METHOD redacted-url}, for messages and logs; built on first use (most requests never need it). */
  private String description;

  private PreparedRequest(Request request, int maxRetries, boolean safe, Duration timeout) {
    this.request = request;
    this.maxRetries = maxRetries;
    this.safe = safe;
    this.timeout = timeout;
  }

  /** {@code METHOD redacted-url}, for messages and logs. */
  String description() {
    String d = description;
    if (d == null) {
      d = request.method() + " " + Redaction.url(request.url());
      description = d;
    }
    return d;
  }

  /**
   * Builds the OkHttp request: base URL plus encoded segments, query (per-call options replace
   * same-named parameters), headers (defaults, then request, then per-call options, then the
   * idempotency key), and the body, one-shot when the request is not safe to repeat.
   */
  static PreparedRequest of(ClientOptions options, ApiRequest request) {
    Checks.notNull(request, "request");
    RequestOptions ro = request.options();
    HttpUrl.Builder url = options.baseUrl().newBuilder();
    for (String segment : request.pathSegments()) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, String> q : request.query()) {
      if (!ro.queryParams().containsKey(q.getKey())) {
        url.addQueryParameter(q.getKey(), q.getValue());
      }
    }
    for (Map.Entry<String, List<String>> q : entries(ro.queryParams())) {
      for (String value : q.getValue()) {
        url.addQueryParameter(q.getKey(), value);
      }
    }
    Request.Builder b = new Request.Builder().url(url.build());
    b.header("User-Agent", options.userAgent());
    b.header("Accept", "application/json");
    for (Map.Entry<String, String> h : entries(options.defaultHeaders())) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : request.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : entries(ro.headers())) {
      b.header(h.getKey(), h.getValue());
    }
    if (ro.idempotencyKey() != null) {
      b.header(options.idempotencyHeader(), ro.idempotencyKey());
    }
    boolean safe = RetryRules.idempotentMethod(request.method()) || ro.idempotencyKey() != null
        || request.safeToRetry();
    // one-shot bodies stop OkHttp from replaying a request that is not safe to repeat
    RequestBody body = null;
    if (request.hasBody()) {
      body = new BytesRequestBody(request.bodyNoCopy(), mediaType(request.contentType()), !safe);
    } else if (requiresBody(request.method())) {
      body = new BytesRequestBody(EMPTY, null, !safe);
    }
    b.method(request.method(), body);
    int maxRetries = ro.maxRetries() != null ? ro.maxRetries() : options.retryPolicy().maxRetries();
    return new PreparedRequest(b.build(), maxRetries, safe, ro.timeout());
  }

  /** Parses a media type, except the usual JSON one (parsing costs a regex match per request). */
  private static MediaType mediaType(String contentType) {
    return ApiRequest.JSON_MEDIA_TYPE.equals(contentType) ? JSON : MediaType.get(contentType);
  }

  /** The entries, without allocating an iterator for the usual empty map. */
  private static <K, V> Iterable<Map.Entry<K, V>> entries(Map<K, V> map) {
    return map.isEmpty() ? Collections.<Map.Entry<K, V>>emptyList() : map.entrySet();
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }
}
