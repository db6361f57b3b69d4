package dev.unisdk.opentelemetry.internal;

import dev.unisdk.opentelemetry.TelemetryAttributes;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The tracer, histograms and propagator one {@code UnisdkTelemetry} records with. Not API. */
public final class Instruments {
  /** Bucket boundaries the HTTP semantic conventions advise for {@code http.client.request.duration}. */
  public static final List<Double> DURATION_BUCKETS = Collections.unmodifiableList(Arrays.asList(
      0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0));

  final Tracer tracer;
  final DoubleHistogram requestDuration;
  final DoubleHistogram operationDuration;
  final TextMapPropagator propagator;

  /**
   * Creates the instruments.
   *
   * @param openTelemetry where to record
   * @param version the instrumentation version (the unisdk version)
   */
  public Instruments(OpenTelemetry openTelemetry, String version) {
    this.tracer = openTelemetry.tracerBuilder(TelemetryAttributes.INSTRUMENTATION_NAME)
        .setInstrumentationVersion(version).build();
    Meter meter = openTelemetry.meterBuilder(TelemetryAttributes.INSTRUMENTATION_NAME)
        .setInstrumentationVersion(version).build();
    this.requestDuration = meter.histogramBuilder(TelemetryAttributes.REQUEST_DURATION_METRIC)
        .setUnit("s")
        .setDescription("Duration of HTTP client requests.")
        .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
        .build();
    this.operationDuration = meter.histogramBuilder(TelemetryAttributes.OPERATION_DURATION_METRIC)
        .setUnit("s")
        .setDescription("Duration of unisdk operations, every attempt and retry delay included.")
        .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
        .build();
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }
}
