/**
 * One root client over every unisdk client: start with {@link dev.unisdk.Unisdk}. The
 * per-module clients ({@code CrmClient}, {@code SmsClient}, {@code IntegrationsClient},
 * {@code UnificationEngineClient}) stay usable on their own.
 */
@NullMarked
package dev.unisdk;

import org.jspecify.annotations.NullMarked;
