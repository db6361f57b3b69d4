package dev.unisdk.fakeserver;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the fake server received it, with every credential masked: the values of
 * {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} and API-key/token/secret-like
 * headers, secret-like JSON fields and query parameters, and the user-info part of URIs in the body
 * ({@code user://KEY:SECRET@} becomes {@code user://****@}). Immutable.
 *
 * @param requestId the {@code Request-Id} the server answered with
 * @param method upper-case HTTP method
 * @param path the raw path, without query
 * @param query decoded query parameters in arrival order (secret-like values masked)
 * @param headers masked header values keyed by lower-case name
 * @param body the body as UTF-8 text with secrets masked ("" when none)
 * @param operation the operation name of the matched route (e.g. {@code crm.contacts.add}), or null
 *     when no route matched
 * @param receivedAt when the request arrived, by the server's clock
 */
public record RecordedRequest(
    String requestId,
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body,
    String operation,
    Instant receivedAt) {

  /** Copies the collections. */
  public RecordedRequest {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** The first value of a header (case-insensitive), or null. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The first value of a query parameter, or null. */
  public String queryParam(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
