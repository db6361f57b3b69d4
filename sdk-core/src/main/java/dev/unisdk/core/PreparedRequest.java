package dev.unisdk.core;

import dev.unisdk.core.internal.BytesRequestBody;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Redaction;
import dev.unisdk.core.internal.RetryRules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** An {@link ApiRequest} turned into an OkHttp request, with its retry budget and safety. */
final class PreparedRequest {
  private static final byte[] EMPTY = new byte[0];

  final Request request;
  final int maxRetries;
  /** Whether the request may be sent twice: idempotent method or idempotency key. */
  final boolean safe;
  /** The per-attempt call timeout, or null for the client's. */
  final Duration timeout;
  /** {@code METHOD redacted-url}, for messages and logs. */
  final String description;

  private PreparedRequest(Request request, int maxRetries, boolean safe, Duration timeout) {
    this.request = request;
    this.maxRetries = maxRetries;
    this.safe = safe;
    this.timeout = timeout;
    this.description = request.method() + " " + Redaction.url(request.url());
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
    for (Map.Entry<String, List<String>> q : ro.queryParams().entrySet()) {
      for (String value : q.getValue()) {
        url.addQueryParameter(q.getKey(), value);
      }
    }
    Request.Builder b = new Request.Builder().url(url.build());
    b.header("User-Agent", options.userAgent());
    b.header("Accept", "application/json");
    for (Map.Entry<String, String> h : options.defaultHeaders().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : request.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : ro.headers().entrySet()) {
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
      body = new BytesRequestBody(request.bodyNoCopy(), MediaType.get(request.contentType()), !safe);
    } else if (requiresBody(request.method())) {
      body = new BytesRequestBody(EMPTY, null, !safe);
    }
    b.method(request.method(), body);
    int maxRetries = ro.maxRetries() != null ? ro.maxRetries() : options.retryPolicy().maxRetries();
    return new PreparedRequest(b.build(), maxRetries, safe, ro.timeout());
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }
}
