package dev.unisdk.core;

import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Redaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Per-request overrides: timeout, retry count, extra headers and query parameters, idempotency key.
 * Immutable; combine client-level and call-level options with {@link #merge(RequestOptions, RequestOptions)}.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<String, List<String>> queryParams;
  private final String idempotencyKey;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(b.headers);
    this.headers = Collections.unmodifiableMap(h);
    LinkedHashMap<String, List<String>> q = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : b.queryParams.entrySet()) {
      q.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    this.queryParams = Collections.unmodifiableMap(q);
    this.idempotencyKey = b.idempotencyKey;
  }

  /**
   * Returns the empty options (no override).
   *
   * @return options that change nothing
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.headers.putAll(headers);
    for (Map.Entry<String, List<String>> e : queryParams.entrySet()) {
      b.queryParams.put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    b.idempotencyKey = idempotencyKey;
    return b;
  }

  /**
   * Combines two option sets; {@code b} wins for every value it sets (a header or query parameter
   * named in {@code b} replaces the one of the same name in {@code a}).
   *
   * @param a the base options (e.g. per-client), may be null
   * @param b the overriding options (e.g. per-call), may be null
   * @return the merged options
   */
  public static RequestOptions merge(RequestOptions a, RequestOptions b) {
    if (a == null || a == NONE) {
      return b == null ? NONE : b;
    }
    if (b == null || b == NONE) {
      return a;
    }
    Builder m = a.toBuilder();
    if (b.timeout != null) {
      m.timeout = b.timeout;
    }
    if (b.maxRetries != null) {
      m.maxRetries = b.maxRetries;
    }
    m.headers.putAll(b.headers);
    for (Map.Entry<String, List<String>> e : b.queryParams.entrySet()) {
      m.queryParams.put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    if (b.idempotencyKey != null) {
      m.idempotencyKey = b.idempotencyKey;
    }
    return m.build();
  }

  /**
   * Returns the per-request call timeout (the whole call, including reading the body).
   *
   * @return the timeout, or null to use the client's
   */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /**
   * Returns the per-request retry count.
   *
   * @return the retry count, or null to use the client's retry policy
   */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the extra headers.
   *
   * @return an unmodifiable, case-insensitive map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the extra query parameters.
   *
   * @return an unmodifiable map of name to values, in insertion order
   */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /**
   * Returns the idempotency key.
   *
   * @return the key, or null; a request with a key is safe to retry
   */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RequestOptions)) {
      return false;
    }
    RequestOptions that = (RequestOptions) o;
    return Objects.equals(timeout, that.timeout)
        && Objects.equals(maxRetries, that.maxRetries)
        && headers.equals(that.headers)
        && queryParams.equals(that.queryParams)
        && Objects.equals(idempotencyKey, that.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeout, maxRetries, headers, queryParams, idempotencyKey);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RequestOptions{");
    sb.append("timeout=").append(timeout).append(", maxRetries=").append(maxRetries);
    sb.append(", headers={");
    String sep = "";
    for (Map.Entry<String, String> e : headers.entrySet()) {
      sb.append(sep).append(e.getKey()).append('=');
      sb.append(Redaction.looksSecret(e.getKey()) || "authorization".equalsIgnoreCase(e.getKey())
          || "cookie".equalsIgnoreCase(e.getKey()) ? Redaction.MASK : e.getValue());
      sep = ", ";
    }
    sb.append("}, queryParams={");
    sep = "";
    for (Map.Entry<String, List<String>> e : queryParams.entrySet()) {
      sb.append(sep).append(e.getKey()).append('=');
      sb.append(Redaction.looksSecret(e.getKey()) ? Redaction.MASK : e.getValue());
      sep = ", ";
    }
    sb.append("}, idempotencyKey=").append(idempotencyKey).append('}');
    return sb.toString();
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> queryParams = new LinkedHashMap<>();
    private String idempotencyKey;

    private Builder() {}

    /**
     * Sets the call timeout for this request (each attempt gets the full timeout).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Checks.positive(timeout, "timeout");
      return this;
    }

    /**
     * Overrides the client's retry count for this request.
     *
     * @param maxRetries 0 to 10
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Checks.inRange(maxRetries, 0, 10, "maxRetries");
      return this;
    }

    /**
     * Sets a header, replacing one of the same name.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Checks.headerName(name), Checks.headerValue(name, value));
      return this;
    }

    /**
     * Adds a query parameter; repeated names are sent repeatedly. A null value is skipped.
     *
     * @param name the parameter name
     * @param value the value, or null to skip
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      Checks.notBlank(name, "query parameter name");
      if (value != null) {
        queryParams.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
      return this;
    }

    /**
     * Sets the idempotency key, sent in the client's idempotency header (default {@code Idempotency-Key}).
     * A request with a key is retried even when its method is not idempotent.
     *
     * @param idempotencyKey the key
     * @return this builder
     */
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = Checks.headerValue("idempotencyKey", Checks.notBlank(idempotencyKey, "idempotencyKey"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
