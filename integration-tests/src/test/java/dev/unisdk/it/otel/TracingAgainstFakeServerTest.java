package dev.unisdk.it.otel;

import static dev.unisdk.opentelemetry.TelemetryAttributes.ATTEMPTS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.ERROR_TYPE;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_REQUEST_METHOD;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_REQUEST_RESEND_COUNT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.HTTP_RESPONSE_STATUS_CODE;
import static dev.unisdk.opentelemetry.TelemetryAttributes.OPERATION;
import static dev.unisdk.opentelemetry.TelemetryAttributes.PAGE_ITEMS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.PAGE_NUMBER;
import static dev.unisdk.opentelemetry.TelemetryAttributes.REQUEST_ID;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_DELAY_MS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.RETRY_REASON;
import static dev.unisdk.opentelemetry.TelemetryAttributes.SERVER_ADDRESS;
import static dev.unisdk.opentelemetry.TelemetryAttributes.SERVER_PORT;
import static dev.unisdk.opentelemetry.TelemetryAttributes.URL_TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.it.support.Clients;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.opentelemetry.TelemetryAttributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real CRM client, wired to OpenTelemetry in one line, against the fake server: the spans, span
 * events, propagated trace context and histograms of a success, a retried 503, a 429 with
 * Retry-After, a 404, a cancelled async call and a paged list.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TracingAgainstFakeServerTest {
  private static final String CONSUMER = "otel-consumer";

  @RegisterExtension
  static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(17).recordsPerResource(5));

  FakeServer server;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final OtelRecorder otel = new OtelRecorder();
  private CrmClient crm;
  private String contactId;

  @BeforeEach
  void setUp() {
    try (CrmClient untraced = Clients.crm(server, sleeper, CONSUMER)) {
      contactId = untraced.contacts().list().firstPage().items().get(0).id();
    }
    server.requests().clear();
    ClientOptions options = Clients.options(server, sleeper).toBuilder()
        .operationListener(otel.listener)    // the one line
        .build();
    crm = Clients.crm(options, CONSUMER);
  }

  @AfterEach
  void tearDown() {
    crm.close();
    otel.close();
  }

  @Test
  void aSuccessIsAnOperationSpanWithOneClientSpanWhoseContextReachesTheServer() {
    Contact contact = crm.contacts().get(contactId);

    assertThat(contact.id()).isEqualTo(contactId);
    SpanData operation = single(otel.operations());
    SpanData attempt = single(otel.attempts());
    RecordedRequest received = server.requests().last();
    assertThat(operation.getName()).isEqualTo("crm.contacts.get");
    assertThat(operation.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(operation.getAttributes().get(ATTEMPTS)).isEqualTo(1L);
    assertThat(operation.getAttributes().get(REQUEST_ID)).isEqualTo(received.requestId());
    assertThat(attempt.getParentSpanId()).isEqualTo(operation.getSpanId());
    assertThat(attempt.getName()).isEqualTo("GET /crm/contacts/{id}");
    assertThat(attempt.getAttributes().get(HTTP_REQUEST_METHOD)).isEqualTo("GET");
    assertThat(attempt.getAttributes().get(SERVER_ADDRESS)).isEqualTo("127.0.0.1");
    assertThat(attempt.getAttributes().get(SERVER_PORT)).isEqualTo((long) server.port());
    assertThat(attempt.getAttributes().get(URL_TEMPLATE)).isEqualTo("/crm/contacts/{id}").doesNotContain(contactId);
    assertThat(attempt.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
    assertThat(attempt.getAttributes().get(REQUEST_ID)).isEqualTo(received.requestId());
    assertThat(attempt.getAttributes().get(ERROR_TYPE)).isNull();
    assertThat(received.header("traceparent"))
        .matches("00-" + attempt.getTraceId() + "-" + attempt.getSpanId() + "-0[13]");

    HistogramPointData point = single(otel.histogram(TelemetryAttributes.REQUEST_DURATION_METRIC));
    assertThat(point.getCount()).isEqualTo(1);
    assertThat(point.getAttributes().get(OPERATION)).isEqualTo("crm.contacts.get");
    assertThat(point.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
    assertThat(point.getAttributes().get(SERVER_PORT)).isEqualTo((long) server.port());
    assertThat(single(otel.histogram(TelemetryAttributes.OPERATION_DURATION_METRIC)).getCount()).isEqualTo(1);
  }

  @Test
  void aRetried503IsTwoClientSpansUnderOneSuccessfulOperationWithARetryEvent() {
    server.faults().add(Fault.status(503).times(1));

    crm.contacts().get(contactId);

    SpanData operation = single(otel.operations());
    List<SpanData> attempts = otel.attemptsOf(operation);
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0).getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(503L);
    assertThat(attempts.get(0).getAttributes().get(ERROR_TYPE)).isEqualTo("503");
    assertThat(attempts.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attempts.get(0).getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isNull();
    assertThat(attempts.get(1).getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(200L);
    assertThat(attempts.get(1).getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).isEqualTo(1L);
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(operation.getAttributes().get(ATTEMPTS)).isEqualTo(2L);
    EventData retry = single(operation.getEvents());
    assertThat(retry.getName()).isEqualTo(TelemetryAttributes.RETRY_EVENT);
    assertThat(retry.getAttributes().get(RETRY_REASON)).contains("503");
    assertThat(retry.getAttributes().get(RETRY_DELAY_MS)).isEqualTo(sleeper.delays().get(0).toMillis());
    // each attempt carried its own span's context
    List<RecordedRequest> received = server.requests().of("crm.contacts.get");
    assertThat(received).hasSize(2);
    assertThat(received.get(0).header("traceparent")).contains(attempts.get(0).getSpanId());
    assertThat(received.get(1).header("traceparent")).contains(attempts.get(1).getSpanId());
    assertThat(otel.histogram(TelemetryAttributes.REQUEST_DURATION_METRIC))
        .extracting(p -> p.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).containsExactlyInAnyOrder(503L, 200L);
  }

  @Test
  void a429WithRetryAfterRecordsTheServersDelayAndEndsInErrorWhenItPersists() {
    server.faults().add(Fault.status(429).withRetryAfterSeconds(1).times(3));

    Throwable t = catchThrowable(() -> crm.contacts().get(contactId));

    assertThat(t).isInstanceOf(RateLimitException.class);
    SpanData operation = single(otel.operations());
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(operation.getAttributes().get(ERROR_TYPE)).isEqualTo("429");
    assertThat(operation.getAttributes().get(ATTEMPTS)).isEqualTo(3L);
    assertThat(operation.getEvents()).hasSize(2)
        .allSatisfy(e -> assertThat(e.getAttributes().get(RETRY_DELAY_MS)).isEqualTo(1000L));
    assertThat(otel.attemptsOf(operation)).hasSize(3)
        .allSatisfy(a -> assertThat(a.getAttributes().get(ERROR_TYPE)).isEqualTo("429"))
        .extracting(a -> a.getAttributes().get(HTTP_REQUEST_RESEND_COUNT)).containsExactly(null, 1L, 2L);
    assertThat(single(otel.histogram(TelemetryAttributes.OPERATION_DURATION_METRIC)).getAttributes().get(ERROR_TYPE))
        .isEqualTo("429");
  }

  @Test
  void a404IsAnErrorWithoutRetry() {
    Throwable t = catchThrowable(() -> crm.contacts().get("no-such-contact"));

    assertThat(t).isInstanceOf(NotFoundException.class);
    SpanData operation = single(otel.operations());
    SpanData attempt = single(otel.attemptsOf(operation));
    assertThat(operation.getAttributes().get(ERROR_TYPE)).isEqualTo("404");
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(operation.getEvents()).isEmpty();
    assertThat(attempt.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isEqualTo(404L);
    assertThat(attempt.getAttributes().get(URL_TEMPLATE)).isEqualTo("/crm/contacts/{id}");
    assertThat(attempt.getAttributes().get(REQUEST_ID)).isEqualTo(server.requests().last().requestId());
    assertThat(single(otel.histogram(TelemetryAttributes.REQUEST_DURATION_METRIC)).getAttributes().get(ERROR_TYPE))
        .isEqualTo("404");
  }

  @Test
  void aCancelledAsyncCallEndsItsSpansAsCancelled() throws Exception {
    server.faults().add(Fault.latency(Duration.ofSeconds(3)));

    CompletableFuture<Contact> future = crm.contacts().getAsync(contactId);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server.requests().count("crm.contacts.get") == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(future.cancel(true)).isTrue();

    SpanData operation = otel.await(s -> s.getName().equals("crm.contacts.get"), Duration.ofSeconds(5));
    assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(operation.getAttributes().get(ERROR_TYPE)).isEqualTo("java.util.concurrent.CancellationException");
    SpanData attempt = otel.await(s -> s.getKind() == SpanKind.CLIENT, Duration.ofSeconds(5));
    assertThat(attempt.getParentSpanId()).isEqualTo(operation.getSpanId());
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attempt.getAttributes().get(ERROR_TYPE)).isNotNull();
    assertThat(attempt.getAttributes().get(HTTP_RESPONSE_STATUS_CODE)).isNull();
    assertThat(operation.getEvents()).as("a cancelled call schedules no retry").isEmpty();
  }

  @Test
  void aPagedListIsOneOperationSpanPerPageUnderTheCallersSpan() {
    SpanData user = listInsideAUserSpan();

    List<SpanData> pages = otel.operations();
    assertThat(pages).hasSize(3).allSatisfy(p -> {
      assertThat(p.getName()).isEqualTo("crm.contacts.list");
      assertThat(p.getParentSpanId()).isEqualTo(user.getSpanId());
      assertThat(p.getTraceId()).isEqualTo(user.getTraceId());
      assertThat(otel.attemptsOf(p)).singleElement()
          .satisfies(a -> assertThat(a.getAttributes().get(URL_TEMPLATE)).isEqualTo("/crm/contacts"));
    });
    assertThat(pages).extracting(p -> p.getAttributes().get(REQUEST_ID)).doesNotHaveDuplicates();
    assertThat(single(otel.histogram(TelemetryAttributes.OPERATION_DURATION_METRIC)).getCount()).isEqualTo(3);
  }

  @Test
  void aPagedListAddsOnePageEventPerPageToTheCallersSpan() {
    SpanData user = listInsideAUserSpan();

    List<EventData> pageEvents = user.getEvents().stream()
        .filter(e -> e.getName().equals(TelemetryAttributes.PAGE_EVENT)).toList();
    assertThat(pageEvents).extracting(e -> e.getAttributes().get(PAGE_NUMBER)).containsExactly(1L, 2L, 3L);
    assertThat(pageEvents).extracting(e -> e.getAttributes().get(PAGE_ITEMS)).containsExactly(2L, 2L, 1L);
    assertThat(pageEvents).allSatisfy(e -> assertThat(e.getAttributes().get(OPERATION)).isEqualTo("crm.contacts.list"));
  }

  /** Lists the 5 seeded contacts, 2 a page, inside an application span; returns that span. */
  @SuppressWarnings("try") // the scope only makes the user span current
  private SpanData listInsideAUserSpan() {
    Span work = otel.sdk.getTracer("app").spanBuilder("sync-contacts").startSpan();
    long count;
    try (Scope ignored = work.makeCurrent()) {
      count = crm.contacts().list(ContactListParams.builder().limit(2).build()).stream().count();
    } finally {
      work.end();
    }
    assertThat(count).isEqualTo(5);
    return otel.finished().stream().filter(s -> s.getName().equals("sync-contacts")).findFirst().orElseThrow();
  }

  private static <T> T single(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
