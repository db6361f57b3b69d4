/** Implementation of {@code dev.unisdk.opentelemetry}; not API, may change in any release. */
@NullMarked
package dev.unisdk.opentelemetry.internal;

import org.jspecify.annotations.NullMarked;
