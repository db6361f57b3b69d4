package dev.unisdk.it.otel;

import dev.unisdk.opentelemetry.TelemetryAttributes;
import dev.unisdk.opentelemetry.UnisdkTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An OpenTelemetry SDK recording into memory (spans exported synchronously when they end, metrics on
 * demand, W3C trace context) and the {@link UnisdkTelemetry} listener recording into it.
 */
final class OtelRecorder implements AutoCloseable {
  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
      .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
      .build();
  final UnisdkTelemetry listener = UnisdkTelemetry.create(sdk);

  List<SpanData> finished() {
    return spans.getFinishedSpanItems();
  }

  /** The finished operation spans (INTERNAL, recorded by unisdk), in the order they ended. */
  List<SpanData> operations() {
    return filter(s -> s.getKind() == SpanKind.INTERNAL && isUnisdk(s));
  }

  /** The finished attempt spans (CLIENT), in the order they ended. */
  List<SpanData> attempts() {
    return filter(s -> s.getKind() == SpanKind.CLIENT && isUnisdk(s));
  }

  /** The attempt spans whose parent is {@code operation}. */
  List<SpanData> attemptsOf(SpanData operation) {
    return filter(s -> s.getKind() == SpanKind.CLIENT && s.getParentSpanId().equals(operation.getSpanId()));
  }

  /** Waits (bounded) until a span matching {@code p} has ended; fails the test otherwise. */
  SpanData await(Predicate<SpanData> p, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (SpanData s : finished()) {
        if (p.test(s)) {
          return s;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no matching span ended within " + timeout + "; ended: " + finished());
  }

  /** Every point of the histogram {@code name} collected now. */
  List<HistogramPointData> histogram(String name) {
    List<HistogramPointData> points = new ArrayList<>();
    for (MetricData m : metrics.collectAllMetrics()) {
      if (m.getName().equals(name)) {
        points.addAll(m.getHistogramData().getPoints());
      }
    }
    return points;
  }

  /** Every attribute set recorded anywhere: span attributes, span event attributes, metric points. */
  List<Attributes> allAttributes() {
    List<Attributes> all = new ArrayList<>();
    for (SpanData s : finished()) {
      all.add(s.getAttributes());
      s.getEvents().forEach(e -> all.add(e.getAttributes()));
    }
    for (MetricData m : metrics.collectAllMetrics()) {
      m.getData().getPoints().forEach(p -> all.add(p.getAttributes()));
    }
    return all;
  }

  private List<SpanData> filter(Predicate<SpanData> p) {
    List<SpanData> out = new ArrayList<>();
    for (SpanData s : finished()) {
      if (p.test(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean isUnisdk(SpanData s) {
    return TelemetryAttributes.INSTRUMENTATION_NAME.equals(s.getInstrumentationScopeInfo().getName());
  }

  @Override
  public void close() {
    sdk.close();
  }
}
