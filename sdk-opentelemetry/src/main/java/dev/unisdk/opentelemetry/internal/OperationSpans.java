package dev.unisdk.opentelemetry.internal;

import static dev.unisdk.opentelemetry.TelemetryAttributes.ATTEMPTS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.ERROR_TYPE;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_REQUEST_METHOD;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_REQUEST_RESEND_COUNT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_RESPONSE_BODY_SIZE;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_RESPONSE_STATUS_CODE;
import static dev.unisdk.opentelemetry.TelemetryAttributes.OPERATION;
import static dev.unisdk.opentelemetry.TelemetryAttributes.REQUEST_ID;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_ATTEMPT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_DELAY_MS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_EVENT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_REASON;
import static dev.unisdk.opentelemetry.TelemetryAttributes.SERVER_ADDRESS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.SERVER_PORT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.URL_TEMPLATE;

import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.telemetry.AttemptEnd;
import dev.unisdk.core.telemetry.AttemptStart;
import dev.unisdk.core.telemetry.OperationEnd;
import dev.unisdk.core.telemetry.OperationInfo;
import dev.unisdk.core.telemetry.OperationObserver;
import dev.unisdk.core.telemetry.RetryScheduled;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spans and measurements of one operation: the operation span, the span of the attempt in flight,
 * the histograms. Methods are synchronized (events of one operation may arrive on different threads,
 * and a cancellation may race with an attempt ending) and idempotent at the end. Not API.
 */
public final class OperationSpans implements OperationObserver {
  private static final Logger LOG = LoggerFactory.getLogger(OperationSpans.class);
  private static final Set<String> KNOWN_METHODS = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
      "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH")));
  private static final TextMapSetter<AttemptStart> HEADER_SETTER = (carrier, key, value) -> {
    if (carrier != null) {
      carrier.header(key, value);
    }
  };

  private final Instruments instruments;
  private final OperationInfo info;
  private final String method;
  private final Span operationSpan;
  private final Context operationContext;
  private final long startNanos;
  private @Nullable Span attemptSpan;
  private int attemptNumber;
  private int lastStatus;
  private @Nullable String lastRequestId;
  private boolean ended;

  private OperationSpans(Instruments instruments, OperationInfo info, Span operationSpan, Context operationContext) {
    this.instruments = instruments;
    this.info = info;
    this.method = method(info.method());
    this.operationSpan = operationSpan;
    this.operationContext = operationContext;
    this.startNanos = System.nanoTime();
  }

  /**
   * Starts the operation span as a child of {@code parent}.
   *
   * @param instruments where to record
   * @param info the operation
   * @param parent the context current when the call was made
   * @return the observer of the operation's further events
   */
  public static OperationSpans start(Instruments instruments, OperationInfo info, Context parent) {
    Span span = instruments.tracer.spanBuilder(info.name())
        .setSpanKind(SpanKind.INTERNAL)
        .setParent(parent)
        .setAllAttributes(common(info, method(info.method())).build())
        .startSpan();
    return new OperationSpans(instruments, info, span, parent.with(span));
  }

  @Override
  public synchronized void attemptStarted(AttemptStart attempt) {
    if (ended) {
      return;
    }
    endOpenAttempt(null);
    attemptNumber = attempt.attemptNumber();
    AttributesBuilder attributes = common(info, method);
    if (attemptNumber > 1) {
      attributes.put(HTTP_REQUEST_RESEND_COUNT, (long) (attemptNumber - 1));
    }
    Span span = instruments.tracer.spanBuilder(spanName())
        .setSpanKind(SpanKind.CLIENT)
        .setParent(operationContext)
        .setAllAttributes(attributes.build())
        .startSpan();
    attemptSpan = span;
    try {
      instruments.propagator.inject(operationContext.with(span), attempt, HEADER_SETTER);
    } catch (RuntimeException e) {
      // a broken propagator costs the trace header, never the call
      LOG.debug("trace context propagator failed; attempt {} of {} sent without it", attemptNumber, info.name(), e);
    }
  }

  @Override
  public synchronized void attemptEnded(AttemptEnd end) {
    if (ended) {
      return;
    }
    int status = end.statusCode();
    if (status > 0) {
      lastStatus = status;
    }
    if (end.requestId() != null) {
      lastRequestId = end.requestId();
    }
    String errorType = attemptErrorType(status, end.error());
    Span span = attemptSpan;
    attemptSpan = null;
    if (span != null) {
      if (status > 0) {
        span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) status);
      }
      if (end.requestId() != null) {
        span.setAttribute(REQUEST_ID, end.requestId());
      }
      if (end.responseBytes() >= 0) {
        span.setAttribute(HTTP_RESPONSE_BODY_SIZE, end.responseBytes());
      }
      if (errorType != null) {
        span.setAttribute(ERROR_TYPE, errorType);
        span.setStatus(StatusCode.ERROR, errorType);
      }
      span.end();
    }
    instruments.requestDuration.record(seconds(end.duration()), metricAttributes(status, errorType).build(),
        operationContext);
  }

  @Override
  public synchronized void retryScheduled(RetryScheduled retry) {
    if (ended) {
      return;
    }
    operationSpan.addEvent(RETRY_EVENT, Attributes.builder()
        .put(RETRY_REASON, retry.reason())
        .put(RETRY_DELAY_MS, retry.delay().toMillis())
        .put(RETRY_ATTEMPT, (long) retry.nextAttemptNumber())
        .put(HTTP_REQUEST_RESEND_COUNT, (long) (retry.nextAttemptNumber() - 1))
        .build());
  }

  @Override
  public synchronized void operationEnded(OperationEnd end) {
    if (ended) {
      return;
    }
    Throwable error = unwrapNullable(end.error());
    String errorType = operationErrorType(error);
    endOpenAttempt(errorType);
    ended = true;
    if (lastStatus > 0) {
      operationSpan.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) lastStatus);
    }
    if (lastRequestId != null) {
      operationSpan.setAttribute(REQUEST_ID, lastRequestId);
    }
    operationSpan.setAttribute(ATTEMPTS, (long) Math.max(end.attempts(), attemptNumber));
    if (errorType != null) {
      operationSpan.setAttribute(ERROR_TYPE, errorType);
      operationSpan.setStatus(StatusCode.ERROR, errorType);
    }
    operationSpan.end();
    double seconds = end.duration().isZero() || end.duration().isNegative()
        ? (System.nanoTime() - startNanos) / 1e9 : seconds(end.duration());
    instruments.operationDuration.record(seconds, metricAttributes(lastStatus, errorType).build(), operationContext);
  }

  /** Ends an attempt span the pipeline did not end (a cancellation while the attempt was in flight). */
  private void endOpenAttempt(@Nullable String errorType) {
    Span span = attemptSpan;
    if (span == null) {
      return;
    }
    attemptSpan = null;
    String type = errorType == null ? "_OTHER" : errorType;
    span.setAttribute(ERROR_TYPE, type);
    span.setStatus(StatusCode.ERROR, type);
    span.end();
  }

  private String spanName() {
    return method + " " + info.urlTemplate();
  }

  private AttributesBuilder metricAttributes(int status, @Nullable String errorType) {
    AttributesBuilder b = common(info, method);
    if (status > 0) {
      b.put(HTTP_RESPONSE_STATUS_CODE, (long) status);
    }
    if (errorType != null) {
      b.put(ERROR_TYPE, errorType);
    }
    return b;
  }

  private static AttributesBuilder common(OperationInfo info, String method) {
    AttributesBuilder b = Attributes.builder()
        .put(OPERATION, info.name())
        .put(HTTP_REQUEST_METHOD, method)
        .put(SERVER_ADDRESS, info.serverAddress())
        .put(URL_TEMPLATE, info.urlTemplate());
    if (info.serverPort() > 0) {
      b.put(SERVER_PORT, (long) info.serverPort());
    }
    return b;
  }

  /** The conventions' method value: a known method as is, anything else {@code _OTHER}. */
  static String method(String method) {
    String upper = method.toUpperCase(java.util.Locale.ROOT);
    return KNOWN_METHODS.contains(upper) ? upper : "_OTHER";
  }

  /**
   * The conventions' {@code error.type} of one attempt: the status for 4xx/5xx, else the failure's
   * class name, else none.
   */
  static @Nullable String attemptErrorType(int status, @Nullable Throwable error) {
    if (status >= 400) {
      return Integer.toString(status);
    }
    return error == null ? null : unwrap(error).getClass().getName();
  }

  /** The {@code error.type} of an operation: the HTTP status of an API error, else the class name. */
  static @Nullable String operationErrorType(@Nullable Throwable error) {
    if (error == null) {
      return null;
    }
    if (error instanceof ApiException) {
      int status = ((ApiException) error).statusCode();
      if (status >= 400) {
        return Integer.toString(status);
      }
    }
    return error.getClass().getName();
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static @Nullable Throwable unwrapNullable(@Nullable Throwable error) {
    return error == null ? null : unwrap(error);
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }
}
