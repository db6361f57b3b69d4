package dev.unisdk.opentelemetry;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** An OpenTelemetry SDK recording into memory: finished spans and collected metrics. */
final class TelemetryHarness implements AutoCloseable {
  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  final OpenTelemetrySdk sdk;

  TelemetryHarness() {
    this(W3CTraceContextPropagator.getInstance());
  }

  TelemetryHarness(TextMapPropagator propagator) {
    sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
        .setPropagators(ContextPropagators.create(propagator))
        .build();
  }

  List<SpanData> finishedSpans() {
    return spans.getFinishedSpanItems();
  }

  SpanData span(String name) {
    List<SpanData> named = finishedSpans().stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
    if (named.size() != 1) {
      throw new AssertionError("expected one span named " + name + ", got " + finishedSpans());
    }
    return named.get(0);
  }

  List<SpanData> spans(String name) {
    return finishedSpans().stream().filter(s -> s.getName().equals(name)).collect(Collectors.toList());
  }

  /** The points of a histogram collected now; empty when it recorded nothing. */
  List<HistogramPointData> histogram(String name) {
    Collection<MetricData> all = metrics.collectAllMetrics();
    List<HistogramPointData> points = new ArrayList<>();
    for (MetricData m : all) {
      if (m.getName().equals(name)) {
        points.addAll(m.getHistogramData().getPoints());
      }
    }
    return points;
  }

  MetricData metric(String name) {
    return metrics.collectAllMetrics().stream().filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  @Override
  public void close() {
    sdk.close();
  }
}
