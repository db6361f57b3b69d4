package dev.unisdk.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every HTTP attempt to the {@code dev.unisdk.http} logger. DEBUG: method, redacted URL,
 * status, duration, request id. TRACE: redacted headers and the first {@value #MAX_BODY_BYTES}
 * bytes of bodies, with secret-looking JSON members and URI user info masked. Internal.
 */
public final class HttpLogging implements Interceptor {
  /** Bodies are logged up to this many bytes. */
  public static final int MAX_BODY_BYTES = 4096;

  private static final Logger LOG = LoggerFactory.getLogger("dev.unisdk.http");

  private final Redaction redaction;

  /**
   * Creates the interceptor.
   *
   * @param redaction decides which header values are masked
   */
  public HttpLogging(Redaction redaction) {
    this.redaction = redaction;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String method = request.method();
    String url = Redaction.url(request.url());
    LOG.debug("--> {} {}", method, url);
    if (LOG.isTraceEnabled()) {
      LOG.trace("--> {} {} headers: {}", method, url, headers(request.headers()));
      if (request.body() != null) {
        LOG.trace("--> {} {} body: {}", method, url, safely(() -> Redaction.body(body(request.body()))));
      }
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      LOG.debug("<-- {} {} failed after {} ms: {}", method, url, elapsed(start), e.toString());
      throw e;
    }
    String requestId = response.header("Request-Id");
    if (requestId == null) {
      requestId = response.header("X-Request-Id");
    }
    LOG.debug("<-- {} {} {} ({} ms, request id {})",
        response.code(), method, url, elapsed(start), requestId);
    if (LOG.isTraceEnabled()) {
      LOG.trace("<-- {} {} headers: {}", method, url, headers(response.headers()));
      okhttp3.ResponseBody body = response.body();
      long declared = body == null ? 0 : body.contentLength();
      if (declared > MAX_BODY_BYTES) {
        // peeking would wait for bytes a lying server never sends; the size is all we log
        LOG.trace("<-- {} {} body: (not logged: {} bytes declared)", method, url, declared);
      } else {
        String text = new String(response.peekBody(MAX_BODY_BYTES).bytes(), StandardCharsets.UTF_8);
        LOG.trace("<-- {} {} body: {}", method, url, safely(() -> Redaction.body(text)));
      }
    }
    return response;
  }

  /** Renders a body for the log; logging never fails a call, whatever the body holds. */
  private static String safely(BodyText text) {
    try {
      return text.render();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return "(body not logged: " + e.getClass().getSimpleName() + ")";
    }
  }

  /** A body rendering that may fail. */
  private interface BodyText {
    String render() throws IOException;
  }

  private static long elapsed(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  private String headers(Headers headers) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      String name = headers.name(i);
      sb.append(name).append('=').append(redaction.headerValue(name, headers.value(i)));
    }
    return sb.append('}').toString();
  }

  private static String body(RequestBody body) throws IOException {
    Buffer buffer = new Buffer();
    if (body instanceof BytesRequestBody) {
      buffer.write(((BytesRequestBody) body).bytes());
    } else if (body.isOneShot() || body.isDuplex()) {
      return "(not logged: one-shot body)";
    } else {
      body.writeTo(buffer);
    }
    long size = buffer.size();
    String text = buffer.readString(Math.min(size, MAX_BODY_BYTES), StandardCharsets.UTF_8);
    return size > MAX_BODY_BYTES ? text + "... (" + size + " bytes)" : text;
  }
}
