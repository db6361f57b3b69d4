/**
 * The Apideck CRM 10.3.6 + SMS 10.8.1 fake, written from the API documents and INDEX.md.
 *
 * <ul>
 *   <li>Routes: {@code /crm/{companies,contacts,leads,opportunities,pipelines,notes,users,activities}} and
 *       {@code /sms/messages}, each list (GET), add (POST), get (GET /{id}), update (PATCH /{id}) and
 *       delete (DELETE /{id}); operation names {@code crm.contacts.list|add|get|update|delete}.
 *   <li>Auth: {@code Authorization: Bearer <apiKey>}, {@code x-apideck-app-id}, {@code x-apideck-consumer-id};
 *       anything missing or wrong is 401 {@code UnauthorizedError} (the document lists missing header
 *       parameters among its causes).
 *   <li>State: in memory per (consumer id, service id, resource); without {@code x-apideck-service-id}
 *       CRM uses {@code salesforce} and SMS {@code twilio}. Tables are seeded on first touch.
 *   <li>Bodies ({@link dev.unisdk.fakeserver.internal.apideck.Resources}): unknown, read-only, wrongly
 *       typed, out-of-enum or (on create) missing required fields are 422 {@code RequestValidationError}
 *       naming the field; malformed JSON is 400. PATCH changes only the fields sent; {@code null} clears.
 *   <li>Lists: {@code limit} 1..200 (default 20), signed keyset {@code cursor}s, documented
 *       {@code filter[...]}/{@code sort[...]} only, {@code fields} projection, {@code raw}, {@code pass_through[...]}.
 *   <li>Webhooks: the 18 CRM events, signed over the canonical (key-sorted) body, to a loopback URL.
 * </ul>
 */
package dev.unisdk.fakeserver.internal.apideck;
