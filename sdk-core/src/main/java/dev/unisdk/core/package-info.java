/**
 * The unisdk HTTP core, shared by every unisdk client: {@link dev.unisdk.core.ClientOptions},
 * {@link dev.unisdk.core.spi.Transport} (retries, async calls, logging), {@link dev.unisdk.core.spi.ApiRequest} /
 * {@link dev.unisdk.core.ApiResponse}, and lazy pagination with {@link dev.unisdk.core.PagedIterable}.
 * It knows no provider and no resource. Android-safe (API 26+).
 */
@NullMarked
package dev.unisdk.core;

import org.jspecify.annotations.NullMarked;
