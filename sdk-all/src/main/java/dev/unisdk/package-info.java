/**
 * One root client over every unisdk client: start with {@link dev.unisdk.Unisdk}. The
 * per-module clients ({@code CrmClient}, {@code SmsClient}, {@code IntegrationsClient},
 * {@code UnificationEngineClient}) stay usable on their own.
 */
package dev.unisdk;
