package dev.unisdk.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.Unisdk;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.fakeserver.FakeServerExtension;
import dev.unisdk.opentelemetry.UnisdkTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** README: "Tracing and metrics (OpenTelemetry)", run on the fake server with in-memory exporters. */
@ExtendWith(FakeServerExtension.class)
class TelemetrySnippetsTest {

  static void tracedRootClient(String apiKey, String appId, String baseUrl, SpanExporter spanExporter,
      MetricReader metricReader) {
    OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spanExporter))   // e.g. an OTLP exporter
            .build())
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metricReader).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();

    try (Unisdk unisdk = Unisdk.builder()
        .apideck(apiKey, appId, "acme")
        .apideckBaseUrl(baseUrl)
        .options(Unisdk.optionsBuilder()
            .operationListener(UnisdkTelemetry.create(openTelemetry))   // the one line
            .build())
        .build()) {
      unisdk.crm().contacts().list().stream().limit(3).forEach(c -> System.out.println(c.name()));
    }
  }

  @Test
  void theSnippetTracesEachOperationWithItsAttempts(FakeServer server) {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    InMemoryMetricReader metrics = InMemoryMetricReader.create();

    tracedRootClient(server.apideck().apiKey(), server.apideck().appId(), server.baseUrl(), spans, metrics);

    SpanData operation = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.INTERNAL)
        .findFirst().orElseThrow(() -> new AssertionError("no operation span: " + spans.getFinishedSpanItems()));
    assertThat(operation.getName()).isEqualTo("crm.contacts.list");
    assertThat(spans.getFinishedSpanItems()).anySatisfy(s -> {
      assertThat(s.getKind()).isEqualTo(SpanKind.CLIENT);
      assertThat(s.getParentSpanId()).isEqualTo(operation.getSpanId());
    });
    assertThat(metrics.collectAllMetrics()).anySatisfy(m -> assertThat(m.getName())
        .isEqualTo("http.client.request.duration"));
  }
}
