/**
 * The call layer that client modules build on: {@link dev.unisdk.core.spi.Transport} (the one call
 * pipeline), {@link dev.unisdk.core.spi.ApiRequest}, {@link dev.unisdk.core.spi.RawResponse},
 * {@link dev.unisdk.core.spi.ResponseDecoder} and the paging fetchers.
 *
 * <p>Applications use the clients ({@code CrmClient}, {@code Unisdk}, ...) and never need this
 * package; it is public so that provider modules and extensions can share one pipeline. It follows the
 * same compatibility rules as the rest of the public API.
 */
@NullMarked
package dev.unisdk.core.spi;

import org.jspecify.annotations.NullMarked;
