/**
 * Client of the UnificationEngine API v2: {@link dev.unisdk.unificationengine.UnificationEngineClient}
 * (users, app credentials) and {@link dev.unisdk.unificationengine.UserSession} (connections, addresses,
 * messages, user credentials), with the typed {@link dev.unisdk.unificationengine.UnificationEngineException}s.
 * Wire models are in {@code dev.unisdk.unificationengine.model}.
 */
@NullMarked
package dev.unisdk.unificationengine;

import org.jspecify.annotations.NullMarked;
