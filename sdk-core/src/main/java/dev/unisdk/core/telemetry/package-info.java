/**
 * Operation events: what an SDK call did, for tracing and metrics, without any dependency.
 *
 * <p>Set an {@link dev.unisdk.core.telemetry.OperationListener} with
 * {@code ClientOptions.Builder.operationListener(..)}. The pipeline calls it at named points of every
 * operation, sync and async alike. A listener that throws never breaks a call (the exception is logged
 * at DEBUG and ignored). With no listener set, no event object is allocated.
 */
@NullMarked
package dev.unisdk.core.telemetry;

import org.jspecify.annotations.NullMarked;
