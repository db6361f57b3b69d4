/**
 * The Integrations (Unified.to-style) client: {@link dev.unisdk.integrations.IntegrationsClient}, the
 * integration catalogue, connections and the connect flow, the records of a connection
 * ({@link dev.unisdk.integrations.DataService}) and passthrough calls.
 */
@NullMarked
package dev.unisdk.integrations;

import org.jspecify.annotations.NullMarked;
