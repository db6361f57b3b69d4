package dev.unisdk.opentelemetry;

import static dev.unisdk.opentelemetry.TelemetryAttributes.ATTEMPTS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.ERROR_TYPE;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_REQUEST_METHOD;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_REQUEST_RESEND_COUNT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_RESPONSE_BODY_SIZE;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_RESPONSE_STATUS_CODE;
import static dev.unisdk.opentelemetry.TelemetryAttributes.OPERATION;
import static dev.unisdk.opentelemetry.TelemetryAttributes.PAGE_HAS_NEXT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.PAGE_ITEMS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.PAGE_NUMBER;
import static dev.unisdk.opentelemetry.TelemetryAttributes.REQUEST_ID;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_ATTEMPT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_DELAY_MS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_REASON;
import static dev.unisdk.opentelemetry.TelemetryAttributes.SERVER_ADDRESS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.SERVER_PORT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.URL_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.telemetry.AttemptEnd;
import dev.unisdk.core.telemetry.OperationEnd;
import dev.unisdk.core.telemetry.OperationInfo;
import dev.unisdk.core.telemetry.OperationObserver;
import dev.unisdk.core.telemetry.PageInfo;
import dev.unisdk.core.telemetry.RetryScheduled;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnisdkTelemetryTest {
  private static final OperationInfo GET_CONTACT =
      new OperationInfo("crm.contacts.get", "GET", "/crm/contacts/{id}", "unify.apideck.com", 443);
  private static final OperationInfo LIST_CONTACTS =
      new OperationInfo("crm.contacts.list", "GET", "/crm/contacts", "unify.apideck.com", 443);
  private static final Set<AttributeKey<?>> ALLOWED = new HashSet<>(Arrays.asList(OPERATION, HTTP_REQUEST_METHOD,
      SERVER_ADDRESS, SERVER_PORT, URL_TEMPLATE, HTTP_RESPONSE_STATUS_CODE, ERROR_TYPE, HTTP_REQUEST_RESEND_COUNT,
      HTTP_RESPONSE_BODY_SIZE, REQUEST_ID, ATTEMPTS));

  private final TelemetryHarness otel = new TelemetryHarness();
  private final UnisdkTelemetry listener = UnisdkTelemetry.create(otel.sdk);

  @AfterEach
  void close() {
    otel.close();
  }

  @Test
  @SuppressWarnings("try") // the scope only makes the parent span current
  void aSuccessfulOperationIsAnInternalSpanWithOneClientAttemptSpanAndPropagatesItsContext() {
    Span parent = otel.sdk.getTracer("test").spanBuilder("user-work").startSpan();
    RecordingAttempt attempt = new RecordingAttempt(1);
    try (Scope ignored = parent.makeCurrent()) {
      OperationObserver op = listener.operationStarted(GET_CONTACT);
      op.attemptStarted(attempt);
      op.attemptEnded(new AttemptEnd(1, 200, Duration.ofMillis(120), "req-1", 512, null));
      op.operationEnded(new OperationEnd(1, Duration.ofMillis(130), null));
    }
    parent.end();

    SpanData operation = otel.span("crm.contacts.get");
    SpanData http = otel.span("GET /crm/contacts/{id}");
    assertThat(operation.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(operation.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(operation.getAttributes().get(OPERATION)).isEqualTo("crm.contacts.get");
    assertThat(operation.getAttributes().get(URL_TEMPLATE)).isEqualTo("/crm/contacts/{id}");
    assertThat(operation.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
    assertThat(operation.getAttributes().get(REQUEST_ID)).isEqualTo("req-1");
    assertThat(operation.getAttributes().get(ATTEMPTS)).isEqualTo(1L);
    assertThat(operation.getAttributes().get(ERROR_TYPE)).isNull();

    assertThat(http.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(http.getParentSpanId()).isEqualTo(operation.getSpanId());
    assertThat(http.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
    assertThat(http.getAttributes().get(HTTP_REQUEST_METHOD)).isEqualTo("GET");
    assertThat(http.getAttributes().get(SERVER_ADDRESS)).isEqualTo("unify.apideck.com");
    assertThat(http.getAttributes().get(SERVER_PORT)).isEqualTo(443L);
    assertThat(http.getAttributes().get(URL_TEMPLATE)).isEqualTo("/crm/contacts/{id}");
    assertThat(http.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
    assertThat(http.getAttributes().get(HTTP_RESPONSE_BODY_SIZE)).isEqualTo(512L);
    assertThat(http.getAttributes().get(REQUEST_ID)).isEqualTo("req-1");
    assertThat(http.getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isNull();
    assertThat(http.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

    assertThat(attempt.headers).containsOnlyKeys("traceparent");
    assertThat(attempt.headers.get("traceparent"))
        .as("W3C traceparent of the attempt span, sampled (the random-trace-id flag may be set too)")
        .matches("00-" + http.getTraceId() + "-" + http.getSpanId() + "-0[13]");

    HistogramPointData request = single(otel.histogram(TelemetryAttributes.REQUEST_DURATION_METRIC));
    assertThat(request.getCount()).isEqualTo(1);
    assertThat(request.getSum()).isEqualTo(0.12, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(request.getBoundaries()).containsExactlyElementsOf(
        dev.unisdk.opentelemetry.internal.Instruments.DURATION_BUCKETS);
    assertThat(request.getAttributes().get(OPERATION)).isEqualTo("crm.contacts.get");
    assertThat(request.getAttributes().get(HTTP_REQUEST_METHOD)).isEqualTo("GET");
    assertThat(request.getAttributes().get(SERVER_ADDRESS)).isEqualTo("unify.apideck.com");
    assertThat(request.getAttributes().get(SERVER_PORT)).isEqualTo(443L);
    assertThat(request.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
    assertThat(request.getAttributes().get(ERROR_TYPE)).isNull();
    assertThat(request.getAttributes().get(REQUEST_ID)).as("request id is not a metric attribute").isNull();
    assertThat(otel.metric(TelemetryAttributes.REQUEST_DURATION_METRIC).getUnit()).isEqualTo("s");

    HistogramPointData operationPoint = single(otel.histogram(TelemetryAttributes.OPERATION_DURATION_METRIC));
    assertThat(operationPoint.getSum()).isEqualTo(0.13, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(operationPoint.getAttributes().get(OPERATION)).isEqualTo("crm.contacts.get");
    assertOnlyAllowedAttributes();
  }

  @Test
  void aRetried503GivesTwoAttemptSpansARetryEventAndASuccessfulOperation() {
    RecordingAttempt first = new RecordingAttempt(1);
    RecordingAttempt second = new RecordingAttempt(2);
    OperationObserver op = listener.operationStarted(LIST_CONTACTS);
    op.attemptStarted(first);
    op.attemptEnded(new AttemptEnd(1, 503, Duration.ofMillis(20), "req-a", 80,
        ApiException.create(503, Collections.emptyMap(), "{}")));
    op.retryScheduled(new RetryScheduled(2, "status 503", Duration.ofMillis(500)));
    op.attemptStarted(second);
    op.attemptEnded(new AttemptEnd(2, 200, Duration.ofMillis(30), "req-b", 900, null));
    op.operationEnded(new OperationEnd(2, Duration.ofMillis(560), null));

    SpanData operation = otel.span("crm.contacts.list");
    List<SpanData> attempts = otel.spans("GET /crm/contacts");
    assertThat(attempts).hasSize(2).allSatisfy(a -> {
      assertThat(a.getParentSpanId()).isEqualTo(operation.getSpanId());
      assertThat(a.getKind()).isEqualTo(SpanKind.CLIENT);
    });
    SpanData failed = attempts.get(0);
    SpanData retried = attempts.get(1);
    assertThat(failed.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(503L);
    assertThat(failed.getAttributes().get(ERROR_TYPE)).isEqualTo("503");
    assertThat(failed.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(failed.getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isNull();
    assertThat(retried.getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isEqualTo(1L);
    assertThat(retried.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
    assertThat(retried.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(first.headers.get("traceparent")).contains(failed.getSpanId());
    assertThat(second.headers.get("traceparent")).contains(retried.getSpanId());

    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(operation.getAttributes().get(ATTEMPTS)).isEqualTo(2L);
    assertThat(operation.getAttributes().get(REQUEST_ID)).isEqualTo("req-b");
    assertThat(operation.getAttributes().get(ERROR_TYPE)).isNull();
    EventData retry = single(operation.getEvents());
    assertThat(retry.getName()).isEqualTo(TelemetryAttributes.RETRY_EVENT);
    assertThat(retry.getAttributes().get(RETRY_REASON)).isEqualTo("status 503");
    assertThat(retry.getAttributes().get(RETRY_DELAY_MS)).isEqualTo(500L);
    assertThat(retry.getAttributes().get(RETRY_ATTEMPT)).isEqualTo(2L);

    List<HistogramPointData> points = otel.histogram(TelemetryAttributes.REQUEST_DURATION_METRIC);
    assertThat(points).extracting(p -> p.getAttributes().get(HTTP_RESPONSE_STATUS_CODE))
        .containsExactlyInAnyOrder(503L, 200L);
    assertThat(points).filteredOn(p -> p.getAttributes().get(HTTP_RESPONSE_STATUS_CODE) == 503L)
        .singleElement().satisfies(p -> assertThat(p.getAttributes().get(ERROR_TYPE)).isEqualTo("503"));
    assertThat(single(otel.histogram(TelemetryAttributes.OPERATION_DURATION_METRIC)).getAttributes().get(ERROR_TYPE))
        .isNull();
    assertOnlyAllowedAttributes();
  }

  @Test
  void a429ThatStaysRateLimitedEndsTheOperationInErrorWithTheRetryAfterDelayInTheEvent() {
    OperationObserver op = listener.operationStarted(LIST_CONTACTS);
    op.attemptStarted(new RecordingAttempt(1));
    op.attemptEnded(new AttemptEnd(1, 429, Duration.ofMillis(5), "req-1", 60, null));
    op.retryScheduled(new RetryScheduled(2, "status 429", Duration.ofSeconds(2)));
    op.attemptStarted(new RecordingAttempt(2));
    RateLimitException limited = new RateLimitException(Collections.emptyMap(), "{}", Duration.ofSeconds(2));
    op.attemptEnded(new AttemptEnd(2, 429, Duration.ofMillis(5), "req-2", 60, limited));
    op.operationEnded(new OperationEnd(2, Duration.ofMillis(2011), limited));

    SpanData operation = otel.span("crm.contacts.list");
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(operation.getAttributes().get(ERROR_TYPE)).isEqualTo("429");
    assertThat(operation.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(429L);
    assertThat(single(operation.getEvents()).getAttributes().get(RETRY_DELAY_MS)).isEqualTo(2000L);
    assertThat(otel.spans("GET /crm/contacts")).hasSize(2)
        .allSatisfy(a -> assertThat(a.getAttributes().get(ERROR_TYPE)).isEqualTo("429"));
    HistogramPointData opPoint = single(otel.histogram(TelemetryAttributes.OPERATION_DURATION_METRIC));
    assertThat(opPoint.getAttributes().get(ERROR_TYPE)).isEqualTo("429");
    assertThat(opPoint.getSum()).isEqualTo(2.011, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void a404IsAnErrorOnBothSpansWithoutRetry() {
    NotFoundException notFound = new NotFoundException(Collections.emptyMap(), "{}");
    OperationObserver op = listener.operationStarted(GET_CONTACT);
    op.attemptStarted(new RecordingAttempt(1));
    op.attemptEnded(new AttemptEnd(1, 404, Duration.ofMillis(5), "req-404", 70, notFound));
    op.operationEnded(new OperationEnd(1, Duration.ofMillis(6), new CompletionException(notFound)));

    SpanData operation = otel.span("crm.contacts.get");
    SpanData http = otel.span("GET /crm/contacts/{id}");
    assertThat(operation.getAttributes().get(ERROR_TYPE)).as("CompletionException unwrapped").isEqualTo("404");
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(operation.getEvents()).isEmpty();
    assertThat(operation.getAttributes().get(REQUEST_ID)).isEqualTo("req-404");
    assertThat(http.getAttributes().get(ERROR_TYPE)).isEqualTo("404");
    assertThat(http.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void aTransportFailureHasTheExceptionClassAsErrorTypeAndNoStatus() {
    SocketTimeoutException timeout = new SocketTimeoutException("timeout");
    OperationObserver op = listener.operationStarted(GET_CONTACT);
    op.attemptStarted(new RecordingAttempt(1));
    op.attemptEnded(new AttemptEnd(1, 0, Duration.ofSeconds(1), null, -1, timeout));
    op.operationEnded(new OperationEnd(1, Duration.ofSeconds(1), new dev.unisdk.core.errors.TimeoutException(
        "read timed out", timeout)));

    SpanData http = otel.span("GET /crm/contacts/{id}");
    assertThat(http.getAttributes().get(ERROR_TYPE)).isEqualTo("java.net.SocketTimeoutException");
    assertThat(http.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isNull();
    assertThat(http.getAttributes().get(HTTP_RESPONSE_BODY_SIZE)).isNull();
    assertThat(otel.span("crm.contacts.get").getAttributes().get(ERROR_TYPE))
        .isEqualTo("dev.unisdk.core.errors.TimeoutException");
    assertThat(single(otel.histogram(TelemetryAttributes.REQUEST_DURATION_METRIC)).getAttributes()
        .get(HTTP_RESPONSE_STATUS_CODE)).isNull();
  }

  @Test
  void aCancelledAsyncCallEndsTheAttemptInFlightAndTheOperationAndIgnoresLateEvents() throws Exception {
    OperationObserver op = listener.operationStarted(GET_CONTACT);
    Thread other = new Thread(() -> op.attemptStarted(new RecordingAttempt(1)));
    other.start();
    other.join(5_000);
    op.operationEnded(new OperationEnd(1, Duration.ofMillis(50), new CancellationException()));
    op.attemptEnded(new AttemptEnd(1, 200, Duration.ofMillis(60), "late", 10, null));
    op.operationEnded(new OperationEnd(1, Duration.ofMillis(70), null));

    assertThat(otel.finishedSpans()).hasSize(2);
    SpanData operation = otel.span("crm.contacts.get");
    SpanData http = otel.span("GET /crm/contacts/{id}");
    assertThat(operation.getAttributes().get(ERROR_TYPE)).isEqualTo("java.util.concurrent.CancellationException");
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(http.getAttributes().get(ERROR_TYPE)).isEqualTo("java.util.concurrent.CancellationException");
    assertThat(http.getParentSpanId()).isEqualTo(operation.getSpanId());
    assertThat(http.getAttributes().get(REQUEST_ID)).isNull();
    assertThat(otel.histogram(TelemetryAttributes.REQUEST_DURATION_METRIC)).as("late attempt end ignored").isEmpty();
    assertThat(single(otel.histogram(TelemetryAttributes.OPERATION_DURATION_METRIC)).getCount()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("try") // the scope only makes the parent span current
  void aPagedListIsOneOperationSpanPerPageAndPageEventsOnTheCallersSpan() {
    Span parent = otel.sdk.getTracer("test").spanBuilder("sync-contacts").startSpan();
    try (Scope ignored = parent.makeCurrent()) {
      for (int page = 1; page <= 3; page++) {
        OperationObserver op = listener.operationStarted(LIST_CONTACTS);
        op.attemptStarted(new RecordingAttempt(1));
        op.attemptEnded(new AttemptEnd(1, 200, Duration.ofMillis(10), "req-p" + page, 100, null));
        op.operationEnded(new OperationEnd(1, Duration.ofMillis(10), null));
        listener.pageFetched(new PageInfo("crm.contacts.list", page, page == 3 ? 1 : 20, page < 3));
      }
    }
    parent.end();

    SpanData user = otel.span("sync-contacts");
    assertThat(otel.spans("crm.contacts.list")).hasSize(3)
        .allSatisfy(s -> assertThat(s.getParentSpanId()).isEqualTo(user.getSpanId()))
        .extracting(s -> s.getAttributes().get(REQUEST_ID)).containsExactly("req-p1", "req-p2", "req-p3");
    assertThat(user.getEvents()).hasSize(3).allSatisfy(e -> {
      assertThat(e.getName()).isEqualTo(TelemetryAttributes.PAGE_EVENT);
      assertThat(e.getAttributes().get(OPERATION)).isEqualTo("crm.contacts.list");
    });
    assertThat(user.getEvents()).extracting(e -> e.getAttributes().get(PAGE_NUMBER)).containsExactly(1L, 2L, 3L);
    assertThat(user.getEvents()).extracting(e -> e.getAttributes().get(PAGE_ITEMS)).containsExactly(20L, 20L, 1L);
    assertThat(user.getEvents()).extracting(e -> e.getAttributes().get(PAGE_HAS_NEXT))
        .containsExactly(true, true, false);
    assertThat(single(otel.histogram(TelemetryAttributes.OPERATION_DURATION_METRIC)).getCount()).isEqualTo(3);
  }

  @Test
  void aPageWithoutARecordingSpanIsIgnored() {
    assertThatCode(() -> listener.pageFetched(new PageInfo("crm.contacts.list", 1, 5, false)))
        .doesNotThrowAnyException();
    assertThat(otel.finishedSpans()).isEmpty();
  }

  @Test
  void aThrowingPropagatorCostsTheHeaderButNeitherTheCallNorTheSpans() {
    TextMapPropagator broken = new TextMapPropagator() {
      @Override
      public Collection<String> fields() {
        return Collections.singletonList("traceparent");
      }

      @Override
      public <C> void inject(Context context, C carrier, TextMapSetter<C> setter) {
        throw new IllegalStateException("broken propagator");
      }

      @Override
      public <C> Context extract(Context context, C carrier, TextMapGetter<C> getter) {
        return context;
      }
    };
    try (TelemetryHarness brokenOtel = new TelemetryHarness(broken)) {
      UnisdkTelemetry telemetry = UnisdkTelemetry.create(brokenOtel.sdk);
      RecordingAttempt attempt = new RecordingAttempt(1);
      OperationObserver op = telemetry.operationStarted(GET_CONTACT);
      assertThatCode(() -> op.attemptStarted(attempt)).doesNotThrowAnyException();
      op.attemptEnded(new AttemptEnd(1, 200, Duration.ofMillis(1), "r", 1, null));
      op.operationEnded(new OperationEnd(1, Duration.ofMillis(1), null));

      assertThat(attempt.headers).isEmpty();
      assertThat(brokenOtel.finishedSpans()).extracting(SpanData::getName)
          .containsExactlyInAnyOrder("crm.contacts.get", "GET /crm/contacts/{id}");
    }
  }

  @Test
  void aNoopOpenTelemetryRecordsNothingAndThrowsNothing() {
    UnisdkTelemetry noop = UnisdkTelemetry.create(io.opentelemetry.api.OpenTelemetry.noop());
    RecordingAttempt attempt = new RecordingAttempt(1);
    OperationObserver op = noop.operationStarted(GET_CONTACT);
    op.attemptStarted(attempt);
    op.retryScheduled(new RetryScheduled(2, "status 503", Duration.ofMillis(1)));
    op.attemptEnded(new AttemptEnd(1, 503, Duration.ofMillis(1), null, -1, null));
    op.operationEnded(new OperationEnd(1, Duration.ofMillis(1), null));
    noop.pageFetched(new PageInfo("crm.contacts.list", 1, 0, false));

    assertThat(attempt.headers).isEmpty();
  }

  @Test
  void anUnknownMethodIsReportedAsOtherAndTheListenerWiresIntoClientOptions() {
    OperationObserver op = listener.operationStarted(
        new OperationInfo("x.y.z", "PURGE", "/x", "127.0.0.1", 8080));
    op.operationEnded(new OperationEnd(0, Duration.ZERO, null));
    assertThat(otel.span("x.y.z").getAttributes().get(HTTP_REQUEST_METHOD)).isEqualTo("_OTHER");

    ClientOptions options = ClientOptions.builder().operationListener(listener).build();
    assertThat(options.operationListener()).isSameAs(listener);
    assertThat(listener.toString()).isEqualTo("UnisdkTelemetry");
  }

  @Test
  void concurrentOperationsOnOneListenerKeepTheirAttemptsApart() throws Exception {
    int threads = 4;
    int perThread = 50;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            OperationObserver op = listener.operationStarted(GET_CONTACT);
            op.attemptStarted(new RecordingAttempt(1));
            op.attemptEnded(new AttemptEnd(1, 200, Duration.ofMillis(1), "t" + thread + "-" + i, 1, null));
            op.operationEnded(new OperationEnd(1, Duration.ofMillis(1), null));
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<SpanData> operations = otel.spans("crm.contacts.get");
    assertThat(operations).hasSize(threads * perThread);
    java.util.Map<String, String> requestIdByOperation = new java.util.HashMap<>();
    for (SpanData op : operations) {
      requestIdByOperation.put(op.getSpanId(), op.getAttributes().get(REQUEST_ID));
    }
    List<SpanData> attempts = otel.spans("GET /crm/contacts/{id}");
    assertThat(attempts).hasSize(threads * perThread).allSatisfy(a -> assertThat(a.getAttributes().get(REQUEST_ID))
        .isEqualTo(requestIdByOperation.get(a.getParentSpanId())));
    assertThat(single(otel.histogram(TelemetryAttributes.REQUEST_DURATION_METRIC)).getCount())
        .isEqualTo(threads * perThread);
  }

  private void assertOnlyAllowedAttributes() {
    for (SpanData span : otel.finishedSpans()) {
      assertThat(span.getAttributes().asMap().keySet()).as("attributes of %s", span.getName()).isSubsetOf(ALLOWED);
    }
    for (MetricData metric : otel.metrics.collectAllMetrics()) {
      List<Set<AttributeKey<?>>> keys = metric.getHistogramData().getPoints().stream()
          .map(p -> p.getAttributes().asMap().keySet()).collect(Collectors.toList());
      assertThat(keys).allSatisfy(k -> assertThat(k).isSubsetOf(ALLOWED).doesNotContain(REQUEST_ID));
    }
  }

  private static <T> T single(Collection<T> items) {
    assertThat(items).hasSize(1);
    return items.iterator().next();
  }
}
