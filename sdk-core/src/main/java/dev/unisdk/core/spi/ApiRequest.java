package dev.unisdk.core.spi;

import dev.unisdk.core.RequestOptions;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.json.Json;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request relative to the client's base URL. Each path segment is percent-encoded as one
 * segment, so an id such as {@code ../users} or {@code a/b?c} can never change the path. Immutable.
 */
public final class ApiRequest {
  /** The media type of JSON bodies (JSON is UTF-8 by definition, RFC 8259). */
  public static final String JSON_MEDIA_TYPE = "application/json";

  private final String method;
  private final List<String> pathSegments;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String contentType;
  private final RequestOptions options;
  private final boolean safeToRetry;
  private final String operation;
  private final String urlTemplate;

  /** An empty case-insensitive map (a lookup by any name finds nothing, as before). */
  private static final Map<String, String> NO_HEADERS =
      Collections.unmodifiableMap(new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER));

  private ApiRequest(Builder b) {
    this.method = b.method;
    // unmodifiable snapshots; the shared empty ones cost nothing (most requests have no query)
    this.pathSegments = b.pathSegments.isEmpty()
        ? Collections.<String>emptyList() : Collections.unmodifiableList(new ArrayList<>(b.pathSegments));
    this.query = b.query.isEmpty()
        ? Collections.<Map.Entry<String, String>>emptyList() : Collections.unmodifiableList(new ArrayList<>(b.query));
    this.headers = b.headers.isEmpty()
        ? NO_HEADERS : Collections.unmodifiableMap(new TreeMap<>((java.util.SortedMap<String, String>) b.headers));
    this.body = b.body;
    this.contentType = b.contentType;
    this.options = b.options;
    this.safeToRetry = b.safeToRetry;
    this.operation = b.operation;
    this.urlTemplate = b.urlTemplate;
  }

  /**
   * Returns the stable operation name given to listeners, {@code <api>.<resource>.<action>}.
   *
   * @return e.g. {@code crm.contacts.list}, or null when not set (listeners then see
   *     {@code http.<method>})
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the path template with ids as placeholders, given to listeners.
   *
   * @return e.g. {@code /crm/contacts/{id}}, or null when not set (listeners then see the path)
   */
  public String urlTemplate() {
    return urlTemplate;
  }

  /**
   * Tells whether the caller declared this request safe to repeat whatever its method (for example a
   * read-only POST). GET, HEAD, PUT, DELETE, OPTIONS and requests with an idempotency key are safe anyway.
   *
   * @return true when declared safe to repeat
   */
  public boolean safeToRetry() {
    return safeToRetry;
  }

  /**
   * Starts a request.
   *
   * @param method GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS (case-insensitive)
   * @return a builder
   */
  public static Builder builder(String method) {
    return new Builder(method);
  }

  /**
   * Returns the HTTP method.
   *
   * @return the upper-case method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path segments appended to the base URL, unencoded.
   *
   * @return the segments
   */
  public List<String> pathSegments() {
    return pathSegments;
  }

  /**
   * Returns the query parameters in order; names may repeat.
   *
   * @return name/value pairs
   */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /**
   * Returns the request-specific headers.
   *
   * @return an unmodifiable case-insensitive map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Tells whether the request has a body.
   *
   * @return true when a body was set
   */
  public boolean hasBody() {
    return body != null;
  }

  /**
   * Returns a copy of the serialized body.
   *
   * @return the body bytes, or null when there is none
   */
  public byte[] body() {
    return body == null ? null : body.clone();
  }

  byte[] bodyNoCopy() {
    return body;
  }

  /**
   * Returns the body's media type.
   *
   * @return the content type, or null when there is no body
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Returns the per-request options.
   *
   * @return the options, never null
   */
  public RequestOptions options() {
    return options;
  }

  /**
   * Returns a builder holding this request.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(method);
    b.pathSegments.addAll(pathSegments);
    b.query.addAll(query);
    b.headers.putAll(headers);
    b.body = body;
    b.contentType = contentType;
    b.options = options;
    b.safeToRetry = safeToRetry;
    b.operation = operation;
    b.urlTemplate = urlTemplate;
    return b;
  }

  @Override
  public String toString() {
    return "ApiRequest{" + method + " /" + String.join("/", pathSegments)
        + (query.isEmpty() ? "" : " query=" + query.size()) + (body == null ? "" : " body=" + body.length + "B")
        + "}";
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final List<String> pathSegments = new ArrayList<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body;
    private String contentType;
    private RequestOptions options = RequestOptions.none();
    private boolean safeToRetry;
    private String operation;
    private String urlTemplate;

    private Builder(String method) {
      String m = Checks.notBlank(method, "method").trim().toUpperCase(Locale.ROOT);
      switch (m) {
        case "GET":
        case "POST":
        case "PUT":
        case "PATCH":
        case "DELETE":
        case "HEAD":
        case "OPTIONS":
          this.method = m;
          break;
        default:
          throw new ValidationException("method", "unsupported HTTP method " + m);
      }
    }

    /**
     * Appends path segments; each is encoded as exactly one segment.
     *
     * @param segments the raw segments, e.g. {@code "crm", "contacts", id}
     * @return this builder
     * @throws ValidationException when a segment is null, empty, {@code "."} or {@code ".."}
     */
    public Builder pathSegments(String... segments) {
      Checks.notNull(segments, "pathSegments");
      for (String s : segments) {
        pathSegment(s);
      }
      return this;
    }

    /**
     * Appends one path segment.
     *
     * @param segment the raw segment
     * @return this builder
     * @throws ValidationException when the segment is null, empty, {@code "."} or {@code ".."}
     */
    public Builder pathSegment(String segment) {
      if (segment == null) {
        throw new ValidationException("path", "a path segment must not be null");
      }
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new ValidationException(
            "path", "a path segment must not be empty, \".\" or \"..\" (was \"" + segment + "\")");
      }
      pathSegments.add(segment);
      return this;
    }

    /**
     * Adds a query parameter; repeated names are allowed; a null value is skipped.
     *
     * @param name the name
     * @param value the value, or null to skip
     * @return this builder
     */
    public Builder query(String name, String value) {
      Checks.notBlank(name, "query parameter name");
      if (value != null) {
        query.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
      }
      return this;
    }

    /**
     * Adds a query parameter from a number, boolean or other value ({@code String.valueOf}); null is skipped.
     *
     * @param name the name
     * @param value the value, or null to skip
     * @return this builder
     */
    public Builder query(String name, Object value) {
      return query(name, value == null ? null : String.valueOf(value));
    }

    /**
     * Sets a header, replacing one of the same name.
     *
     * @param name the header name
     * @param value the value; null removes the header
     * @return this builder
     * @throws ValidationException when the name or value is not a valid header
     */
    public Builder header(String name, String value) {
      Checks.headerName(name);
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, Checks.headerValue(name, value));
      }
      return this;
    }

    /**
     * Sets a JSON body, serialized with {@link Json#requestWriter()} (read-only fields omitted).
     *
     * @param value the body object
     * @return this builder
     * @throws ValidationException when the value cannot be serialized
     */
    public Builder jsonBody(Object value) {
      Checks.notNull(value, "body");
      try {
        this.body = Json.requestWriter().writeValueAsBytes(value);
      } catch (JsonProcessingException e) {
        throw new ValidationException(
            "body", "cannot be serialized to JSON: " + e.getOriginalMessage());
      }
      this.contentType = JSON_MEDIA_TYPE;
      return this;
    }

    /**
     * Sets a pre-serialized body.
     *
     * @param bytes the body
     * @param contentType its media type
     * @return this builder
     */
    public Builder body(byte[] bytes, String contentType) {
      this.body = Checks.notNull(bytes, "body").clone();
      this.contentType = Checks.notBlank(contentType, "contentType");
      return this;
    }

    /**
     * Sets the per-request options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(RequestOptions options) {
      this.options = options == null ? RequestOptions.none() : options;
      return this;
    }

    /**
     * Declares the request safe to repeat whatever its method, so retries apply to it as to a GET. Use
     * only for requests without side effects (e.g. a read-only POST such as a list or info call).
     *
     * @param safe true when repeating the request cannot change server state
     * @return this builder
     */
    public Builder safeToRetry(boolean safe) {
      this.safeToRetry = safe;
      return this;
    }

    /**
     * Names the operation for listeners (tracing, metrics): a stable, low-cardinality name.
     *
     * @param name {@code <api>.<resource>.<action>}, e.g. {@code crm.contacts.get}; null to unset
     * @return this builder
     */
    public Builder operation(String name) {
      this.operation = name == null ? null : Checks.notBlank(name, "operation");
      return this;
    }

    /**
     * Sets the path template for listeners: the path with every id replaced by a placeholder.
     *
     * @param template e.g. {@code /crm/contacts/{id}}; null to unset
     * @return this builder
     */
    public Builder urlTemplate(String template) {
      this.urlTemplate = template == null ? null : Checks.notBlank(template, "urlTemplate");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
