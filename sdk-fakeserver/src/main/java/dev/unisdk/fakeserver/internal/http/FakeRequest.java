package dev.unisdk.fakeserver.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the fake server received it. Immutable.
 *
 * @param method upper-case HTTP method
 * @param path the raw (still percent-encoded) path, without query
 * @param segments the decoded path segments ("/crm/contacts/a%2Fb" gives ["crm", "contacts", "a/b"])
 * @param query decoded query parameters in arrival order; names like {@code filter[name]} kept verbatim
 * @param headers header values keyed by lower-case name
 * @param body the raw body bytes (empty array when none)
 * @param pathParams values captured by the route pattern ({@code {id}}), decoded
 */
public record FakeRequest(
    String method,
    String path,
    List<String> segments,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body,
    Map<String, String> pathParams) {

  /** First value of a header (case-insensitive name), or null. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** First value of a query parameter, or null. */
  public String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** A path parameter captured by the route, or null. */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** True when the request carries a non-empty body. */
  public boolean hasBody() {
    return body.length > 0;
  }

  /**
   * Parses the body as JSON.
   *
   * @throws MalformedJsonException when the body is not well-formed JSON
   */
  public JsonNode json() {
    return FakeJson.parse(body);
  }

  /** Returns a copy with the route's captured path parameters. */
  public FakeRequest withPathParams(Map<String, String> params) {
    return new FakeRequest(method, path, segments, query, headers, body, Map.copyOf(params));
  }
}
