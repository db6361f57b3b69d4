/**
 * The Apideck Unify conventions shared by the CRM and SMS clients: the header set
 * ({@link dev.unisdk.apideck.ApideckHeaders}), per-call Apideck options ({@link dev.unisdk.apideck.ApideckRequestOptions}),
 * the response envelopes ({@link dev.unisdk.apideck.ApideckResponse}, {@link dev.unisdk.apideck.ApideckListResponse}),
 * cursor paging, the error body and its types ({@link dev.unisdk.apideck.ApideckError},
 * {@link dev.unisdk.apideck.ApideckErrorType}) and webhook signatures ({@link dev.unisdk.apideck.ApideckWebhooks}).
 */
@NullMarked
package dev.unisdk.apideck;

import org.jspecify.annotations.NullMarked;
