package dev.unisdk.core.spi;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.RedirectException;
import dev.unisdk.core.errors.ResponseTooLargeException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.HeaderMaps;
import dev.unisdk.core.internal.Hosts;
import dev.unisdk.core.internal.RetryAfter;
import dev.unisdk.core.internal.RetryAfterGuard;
import dev.unisdk.core.internal.RetryRules;
import dev.unisdk.core.telemetry.AttemptEnd;
import dev.unisdk.core.telemetry.AttemptStart;
import dev.unisdk.core.telemetry.OperationEnd;
import dev.unisdk.core.telemetry.OperationInfo;
import dev.unisdk.core.telemetry.OperationListener;
import dev.unisdk.core.telemetry.OperationObserver;
import dev.unisdk.core.telemetry.RetryScheduled;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decisions of one call, shared by the sync and the async driver: what to send, whether a
 * redirect is followed, whether and when to retry, how a response or failure ends the call, and the
 * listener events. The drivers only move bytes and wait. Not thread-safe: the steps of one call run
 * one after the other (the async driver hands them over through OkHttp and the retry scheduler).
 */
final class Operation<T> {
  private static final Logger LOG = LoggerFactory.getLogger(Operation.class);

  /** Error bodies are kept up to this size; the rest is dropped with the connection. */
  static final int ERROR_BODY_CAP = 64 * 1024;
  /** Redirect hops followed within one attempt. */
  static final int MAX_REDIRECTS = 5;

  /** What the driver does after a step. */
  enum Step {
    /** Send {@link #next()} (a new attempt or a redirect hop). */
    SEND,
    /** Wait {@link #delay()}, then call {@link #nextAttempt()} and send. */
    WAIT,
    /** The call ended: {@link #result()} or {@link #failure()}. */
    DONE
  }

  private final Transport transport;
  private final ClientOptions options;
  private final ApiRequest request;
  private final PreparedRequest prepared;
  private final ResponseDecoder<T> decoder;
  private final CallHooks hooks;
  /** Null when no listener is set: then no event object is ever created. */
  private final OperationObserver observer;
  private final long startNanos;
  private long attemptStartNanos;
  private boolean ended;

  private int attempt;
  private int hops;
  private List<HttpUrl> visited;
  private Request next;
  private Duration delay;
  private ApiResponse<T> result;
  private Throwable failure;

  Operation(Transport transport, ApiRequest request, PreparedRequest prepared,
      ResponseDecoder<T> decoder, CallHooks hooks) {
    this.transport = transport;
    this.options = transport.options();
    this.request = request;
    this.prepared = prepared;
    this.decoder = decoder;
    this.hooks = hooks == null ? CallHooks.NONE : hooks;
    OperationListener listener = options.operationListener();
    if (listener == OperationListener.NONE) {
      this.observer = null;
      this.startNanos = 0;
    } else {
      this.startNanos = System.nanoTime();
      this.observer = started(listener, request, prepared.request.url());
    }
  }

  String description() {
    return prepared.description();
  }

  Request next() {
    return next;
  }

  Duration delay() {
    return delay;
  }

  ApiResponse<T> result() {
    return result;
  }

  Throwable failure() {
    return failure;
  }

  /** The per-attempt call timeout, or null for the client's. */
  Duration timeout() {
    return prepared.timeout;
  }

  /** Prepares the first attempt. */
  Request firstAttempt() {
    attempt = 1;
    return attemptRequest();
  }

  /** Prepares the next attempt after a wait. */
  Request nextAttempt() {
    attempt++;
    return attemptRequest();
  }

  private Request attemptRequest() {
    transport.checkOpen();
    hops = 0;
    visited = null;
    Request r = prepared.request;
    if (observer != null) {
      attemptStartNanos = System.nanoTime();
      Headers added = new Headers(attempt);
      try {
        observer.attemptStarted(added);
      } catch (RuntimeException e) {
        listenerFailed("attemptStarted", e);
      }
      if (added.names != null) {
        Request.Builder b = r.newBuilder();
        for (int i = 0; i < added.names.size(); i++) {
          b.header(added.names.get(i), added.values.get(i));
        }
        r = b.build();
      }
    }
    next = r;
    return r;
  }

  /** A response arrived for {@link #next()} (headers read, body not yet). */
  Step onResponse(Response received, Call call) {
    Response response = RetryAfterGuard.restore(received);
    int code = response.code();
    if (code >= 300 && code < 400 && code != 304) {
      return redirect(response);
    }
    if (retryLeft() && RetryRules.retryableStatus(code)
        && (prepared.safe || hooks.refused(request, code))) {
      Map<String, List<String>> headers = HeaderMaps.of(response.headers());
      Duration retryAfter = RetryAfter.parse(headers, options.clock());
      RetryPolicy policy = options.retryPolicy();
      if (policy.honours(retryAfter)) {
        response.close();
        attemptEnded(code, HeaderMaps.requestId(headers), -1, null);
        return retry(policy.delayFor(attempt, retryAfter), "status " + code);
      }
    }
    boolean success = response.isSuccessful();
    byte[] body;
    try {
      body = readBody(response, call, success);
    } catch (IOException e) {
      // the response started but the body was cut or stalled: the request was received, so only a
      // request that is safe to repeat is sent again
      return failed(e, call, true);
    }
    RawResponse raw = new RawResponse(code, response.headers(), body);
    if (body == null) {
      ResponseTooLargeException e = new ResponseTooLargeException(
          prepared.description() + " returned a body larger than maxResponseBytes ("
              + options.maxResponseBytes() + " bytes, counted after decompression); status " + code,
          code, options.maxResponseBytes());
      attemptEnded(code, raw.requestId(), -1, e);
      return fail(e);
    }
    if (!success) {
      ApiException e = ApiException.create(code, raw.headers(), raw.bodyString(), options.clock());
      attemptEnded(code, raw.requestId(), body.length, e);
      return fail(e);
    }
    T value;
    try {
      value = ResponseReader.decode(raw, decoder);
    } catch (RuntimeException e) {
      attemptEnded(code, raw.requestId(), body.length, e);
      return fail(e);
    }
    attemptEnded(code, raw.requestId(), body.length, null);
    result = ApiResponse.of(raw, value);
    return Step.DONE;
  }

  /** Sending {@link #next()} failed before a response (or while reading its body). */
  Step onFailure(IOException e, Call call) {
    return failed(e, call, false);
  }

  private Step failed(IOException e, Call call, boolean bodyStarted) {
    RuntimeException mapped = ResponseReader.failure(e, bodyStarted
        ? ResponseReader.bodyFailureDescription(prepared.description()) : prepared.description());
    attemptEnded(0, null, -1, mapped);
    boolean retryable = bodyStarted
        ? prepared.safe && RetryRules.retryableFailure(e, true)
        : RetryRules.retryableFailure(e, prepared.safe);
    if (retryLeft() && !call.isCanceled() && !transport.isClosed() && retryable) {
      return retry(options.retryPolicy().delayFor(attempt, null), e.getClass().getSimpleName());
    }
    return fail(mapped);
  }

  /** Ends the call with a failure, mapped by the provider's hooks. */
  Step fail(Throwable t) {
    Throwable f = t;
    if (t instanceof RuntimeException) {
      try {
        f = hooks.mapError(request, (RuntimeException) t);
        if (f == null) {
          f = t;
        }
      } catch (RuntimeException hookFailure) {
        f = hookFailure;
      }
    }
    failure = f;
    return Step.DONE;
  }

  private boolean retryLeft() {
    return attempt <= prepared.maxRetries;
  }

  private Step retry(Duration wait, String reason) {
    delay = wait;
    LOG.debug("Retrying {} in {} ms (retry {} of {}) after {}",
        prepared.description(), wait.toMillis(), attempt, prepared.maxRetries, reason);
    if (observer != null) {
      try {
        observer.retryScheduled(new RetryScheduled(attempt + 1, reason, wait));
      } catch (RuntimeException e) {
        listenerFailed("retryScheduled", e);
      }
    }
    return Step.WAIT;
  }

  private Step redirect(Response response) {
    int code = response.code();
    Request current = next;
    String method = current.method();
    String location = response.header("Location");
    HttpUrl target = location == null ? null : current.url().resolve(location);
    String reason = null;
    if (!method.equals("GET") && !method.equals("HEAD")) {
      reason = "a " + method + " request is never redirected (that could turn a write into a read)";
    } else if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308) {
      reason = "status " + code + " is not a redirect the SDK follows";
    } else if (target == null) {
      reason = "missing or unusable Location header";
    } else if (!target.isHttps()
        && !(Hosts.isLoopback(current.url().host()) && Hosts.isLoopback(target.host()))) {
      reason = "a redirect to cleartext HTTP is never followed";
    } else if (hops >= MAX_REDIRECTS) {
      reason = "more than " + MAX_REDIRECTS + " redirects";
    } else if (seen(target, current.url())) {
      reason = "redirect loop";
    }
    if (reason != null) {
      Map<String, List<String>> headers = HeaderMaps.of(response.headers());
      response.close();
      RedirectException e = new RedirectException(code, headers, "", reason);
      attemptEnded(code, e.requestId(), -1, e);
      return fail(e);
    }
    response.close();
    hops++;
    next = current.newBuilder().url(target).build();
    return Step.SEND;
  }

  private boolean seen(HttpUrl target, HttpUrl current) {
    if (visited == null) {
      visited = new ArrayList<>(MAX_REDIRECTS + 1);
    }
    visited.add(current);
    return visited.contains(target);
  }

  /**
   * Reads the body: a success up to {@code maxResponseBytes} (null when larger), an error body up to
   * {@link #ERROR_BODY_CAP} (truncated). A body not read to its end discards its connection.
   */
  private byte[] readBody(Response response, Call call, boolean success) throws IOException {
    try (Response r = response) {
      ResponseBody body = r.body();
      if (body == null) {
        return new byte[0];
      }
      long limit = success ? options.maxResponseBytes() : ERROR_BODY_CAP;
      byte[] bytes = ResponseReader.readBounded(body, limit, !success);
      if (bytes == null || bytes.length == limit) {
        // not read to its end (or possibly not): never return this connection to the pool
        call.cancel();
      }
      return bytes;
    }
  }

  // ---------------------------------------------------------------- events

  private static OperationObserver started(OperationListener listener, ApiRequest request, HttpUrl url) {
    String template = request.urlTemplate();
    if (template == null) {
      template = "/" + String.join("/", request.pathSegments());
    }
    String name = request.operation() != null
        ? request.operation() : "http." + request.method().toLowerCase(Locale.ROOT);
    try {
      OperationObserver o = listener.operationStarted(
          new OperationInfo(name, request.method(), template, url.host(), url.port()));
      return o == null ? OperationObserver.NONE : o;
    } catch (RuntimeException e) {
      listenerFailed("operationStarted", e);
      return OperationObserver.NONE;
    }
  }

  private void attemptEnded(int status, String requestId, long bytes, Throwable error) {
    if (observer == null) {
      return;
    }
    try {
      observer.attemptEnded(new AttemptEnd(attempt, status,
          Duration.ofNanos(System.nanoTime() - attemptStartNanos), requestId, bytes, error));
    } catch (RuntimeException e) {
      listenerFailed("attemptEnded", e);
    }
  }

  /**
   * Fires {@code operationEnded} once, whatever ends the call first (result, failure, cancellation).
   *
   * @param error the exception the caller receives, or null on success
   */
  void end(Throwable error) {
    if (observer == null) {
      return;
    }
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
    }
    try {
      observer.operationEnded(
          new OperationEnd(attempt, Duration.ofNanos(System.nanoTime() - startNanos), error));
    } catch (RuntimeException e) {
      listenerFailed("operationEnded", e);
    }
  }

  private static void listenerFailed(String event, RuntimeException e) {
    LOG.debug("Operation listener failed in {}; ignored", event, e);
  }

  /** The headers a listener adds to one attempt. */
  private static final class Headers implements AttemptStart {
    private final int number;
    List<String> names;
    List<String> values;

    Headers(int number) {
      this.number = number;
    }

    @Override
    public int attemptNumber() {
      return number;
    }

    @Override
    public void header(String name, String value) {
      Checks.headerName(name);
      Checks.headerValue(name, value);
      if (names == null) {
        names = new ArrayList<>(2);
        values = new ArrayList<>(2);
      }
      names.add(name);
      values.add(value);
    }
  }
}
