/**
 * Authentication as OkHttp interceptors: {@link dev.unisdk.core.auth.BearerAuth},
 * {@link dev.unisdk.core.auth.BasicAuth} and {@link dev.unisdk.core.auth.HeaderAuth}. Credentials may
 * come from suppliers (rotation) and never appear in {@code toString()} or logs.
 */
@NullMarked
package dev.unisdk.core.auth;

import org.jspecify.annotations.NullMarked;
