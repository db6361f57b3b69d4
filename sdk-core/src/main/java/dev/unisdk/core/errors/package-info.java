/**
 * Unchecked exceptions rooted at {@link dev.unisdk.core.errors.UnisdkException}: one
 * {@link dev.unisdk.core.errors.ApiException} subclass per documented HTTP status, plus connection,
 * timeout, invalid-response and client-side validation failures.
 */
@NullMarked
package dev.unisdk.core.errors;

import org.jspecify.annotations.NullMarked;
