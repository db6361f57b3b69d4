package dev.unisdk.opentelemetry;

import dev.unisdk.core.SdkVersion;
import dev.unisdk.core.telemetry.OperationInfo;
import dev.unisdk.core.telemetry.OperationListener;
import dev.unisdk.core.telemetry.OperationObserver;
import dev.unisdk.core.telemetry.PageInfo;
import dev.unisdk.opentelemetry.internal.OperationSpans;
import dev.unisdk.opentelemetry.internal.Instruments;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OperationListener} that turns unisdk operation events into OpenTelemetry spans and
 * metrics. Wire it once in the client options:
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .operationListener(UnisdkTelemetry.create(openTelemetry))
 *     .build();
 * }</pre>
 *
 * <p>What it records:
 * <ul>
 *   <li>one {@code INTERNAL} span per operation, named by the operation ({@code crm.contacts.list}),
 *       child of the context current when the call was made, with {@code unisdk.operation},
 *       {@code http.request.method}, {@code server.address}, {@code server.port}, {@code url.template},
 *       the last {@code http.response.status_code} and {@code unisdk.request_id}, {@code unisdk.attempts},
 *       and {@code error.type} plus status ERROR when the caller receives an exception; an
 *       {@code unisdk.retry} event per scheduled retry (reason, delay, next attempt number);</li>
 *   <li>one {@code CLIENT} span per HTTP attempt, child of the operation span and named
 *       {@code "{method} {url.template}"}, with the HTTP client semantic convention attributes
 *       ({@code http.request.resend_count} on retries) and {@code unisdk.request_id}; the trace
 *       context of that span is injected into the attempt's headers by the application's propagators
 *       ({@code OpenTelemetry.getPropagators()}, W3C {@code traceparent} with the usual setup);</li>
 *   <li>the {@code http.client.request.duration} histogram (seconds, semantic convention buckets) per
 *       HTTP attempt, as the conventions define it, and {@code unisdk.client.operation.duration} per
 *       operation (retries and their delays included), both with {@code unisdk.operation};</li>
 *   <li>an {@code unisdk.page} event on the caller's current span for each page a paginator fetched.</li>
 * </ul>
 *
 * <p>No attribute holds a full URL, a query string, a header value or a credential: only the
 * operation name, method, host, port, path template, status, request id and exception class names.
 * Thread-safe; one instance may serve any number of clients.
 */
public final class UnisdkTelemetry implements OperationListener {
  private static final Logger LOG = LoggerFactory.getLogger(UnisdkTelemetry.class);

  private final Instruments instruments;

  private UnisdkTelemetry(OpenTelemetry openTelemetry) {
    this.instruments = new Instruments(openTelemetry, SdkVersion.VERSION);
  }

  /**
   * Creates the listener recording through {@code openTelemetry} (its tracer provider, meter provider
   * and propagators).
   *
   * @param openTelemetry the application's OpenTelemetry, e.g. {@code GlobalOpenTelemetry.get()} or an
   *     {@code OpenTelemetrySdk}
   * @return the listener, to pass to {@code ClientOptions.Builder.operationListener(..)}
   */
  public static UnisdkTelemetry create(OpenTelemetry openTelemetry) {
    return new UnisdkTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  /**
   * Starts the operation span; called by the SDK.
   *
   * @param operation the operation starting
   * @return the observer recording its attempts, retries and end
   */
  @Override
  public OperationObserver operationStarted(OperationInfo operation) {
    return OperationSpans.start(instruments, operation, Context.current());
  }

  /**
   * Adds an {@code unisdk.page} event to the span current on the calling thread, if it records;
   * called by the SDK's paginators.
   *
   * @param page the page fetched
   */
  @Override
  public void pageFetched(PageInfo page) {
    try {
      Span current = Span.current();
      if (current.isRecording()) {
        current.addEvent(TelemetryAttributes.PAGE_EVENT, Attributes.builder()
            .put(TelemetryAttributes.OPERATION, page.operationName())
            .put(TelemetryAttributes.PAGE_NUMBER, (long) page.pageNumber())
            .put(TelemetryAttributes.PAGE_ITEMS, (long) page.itemCount())
            .put(TelemetryAttributes.PAGE_HAS_NEXT, page.hasNext())
            .build());
      }
    } catch (RuntimeException e) {
      LOG.debug("could not record a page event", e);
    }
  }

  @Override
  public String toString() {
    return "UnisdkTelemetry";
  }
}
