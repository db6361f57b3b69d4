/**
 * Traces and metrics of every unisdk operation through the OpenTelemetry API.
 *
 * <p>One line wires it: {@code ClientOptions.builder().operationListener(UnisdkTelemetry.create(openTelemetry))}.
 * Each operation becomes an {@code INTERNAL} span named by the operation (e.g. {@code crm.contacts.list})
 * with one {@code CLIENT} child span per HTTP attempt, attributes following the OpenTelemetry HTTP
 * client semantic conventions, the trace context injected into every attempt with the application's
 * propagators, and the {@code http.client.request.duration} histogram. No attribute carries a URL
 * query, a header value or a credential.
 */
@NullMarked
package dev.unisdk.opentelemetry;

import org.jspecify.annotations.NullMarked;
