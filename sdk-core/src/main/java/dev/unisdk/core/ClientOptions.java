package dev.unisdk.core;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Hosts;
import dev.unisdk.core.telemetry.OperationListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Immutable client configuration, built once. Defaults are never infinite: connect 10 s, read 30 s,
 * write 30 s, call 60 s; {@link RetryPolicy#defaults()}; user agent {@code unisdk-java/<version>}.
 * The base URL must be HTTPS unless its host is loopback.
 */
public final class ClientOptions {
  private final HttpUrl baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final String userAgent;
  private final Map<String, String> defaultHeaders;
  private final OkHttpClient httpClient;
  private final Sleeper sleeper;
  private final Clock clock;
  private final String idempotencyHeader;
  private final Set<String> sensitiveHeaders;
  private final OperationListener operationListener;

  private ClientOptions(Builder b) {
    this.baseUrl = b.baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.userAgent = b.userAgent;
    TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(b.defaultHeaders);
    this.defaultHeaders = Collections.unmodifiableMap(headers);
    this.httpClient = b.httpClient;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.idempotencyHeader = b.idempotencyHeader;
    TreeSet<String> sensitive = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sensitive.addAll(b.sensitiveHeaders);
    this.sensitiveHeaders = Collections.unmodifiableSet(sensitive);
    this.operationListener = b.operationListener;
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a builder
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
    b.baseUrl = baseUrl;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.retryPolicy = retryPolicy;
    b.userAgent = userAgent;
    b.defaultHeaders.putAll(defaultHeaders);
    b.httpClient = httpClient;
    b.operationListener = operationListener;
    b.sleeper = sleeper;
    b.clock = clock;
    b.idempotencyHeader = idempotencyHeader;
    b.sensitiveHeaders.addAll(sensitiveHeaders);
    return b;
  }

  /**
   * Returns the base URL every request path is appended to, or null when not set: each client then
   * uses its service's documented base URL (so options holding only timeouts or retries can be shared).
   *
   * @return the base URL, or null
   */
  public @Nullable HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the connect timeout.
   *
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the read timeout (between bytes).
   *
   * @return the read timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns the write timeout (between bytes).
   *
   * @return the write timeout
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * Returns the whole-call timeout of one attempt.
   *
   * @return the call timeout
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Returns the retry policy.
   *
   * @return the retry policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the {@code User-Agent} sent with every request.
   *
   * @return the user agent
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Returns the headers added to every request.
   *
   * @return an unmodifiable case-insensitive map
   */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /**
   * Returns the user-supplied OkHttp client.
   *
   * @return the client to derive from, or null when unisdk creates and owns its own
   */
  public @Nullable OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * Returns the sleeper used between synchronous retries.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns the clock (used to read HTTP-date {@code Retry-After}).
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the header that carries {@link RequestOptions#idempotencyKey()}.
   *
   * @return the header name, {@code Idempotency-Key} by default
   */
  public String idempotencyHeader() {
    return idempotencyHeader;
  }

  /**
   * Returns extra header names whose values are always redacted in logs.
   *
   * @return an unmodifiable case-insensitive set
   */
  public Set<String> sensitiveHeaders() {
    return sensitiveHeaders;
  }

  /**
   * Returns the listener of operation events.
   *
   * @return the listener, {@link OperationListener#NONE} unless set
   */
  public OperationListener operationListener() {
    return operationListener;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy
        + ", userAgent=" + userAgent + ", defaultHeaders=" + defaultHeaders.keySet()
        + ", httpClient=" + (httpClient == null ? "owned" : "user-supplied")
        + ", idempotencyHeader=" + idempotencyHeader + "}";
  }

  /** Builds {@link ClientOptions}. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgent = SdkVersion.USER_AGENT;
    private final Map<String, String> defaultHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private OkHttpClient httpClient;
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private String idempotencyHeader = "Idempotency-Key";
    private final Set<String> sensitiveHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private OperationListener operationListener = OperationListener.NONE;

    private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    private Builder() {}

    /**
     * Sets the base URL. It must be HTTPS unless the host is loopback (127.0.0.0/8, ::1, localhost).
     *
     * @param baseUrl an absolute http(s) URL, e.g. {@code https://unify.apideck.com}
     * @return this builder
     * @throws ValidationException when the URL is malformed or not HTTPS on a non-loopback host
     */
    public Builder baseUrl(String baseUrl) {
      Checks.notBlank(baseUrl, "baseUrl");
      HttpUrl url = HttpUrl.parse(baseUrl.trim());
      if (url == null) {
        throw new ValidationException("baseUrl", "is not an absolute http or https URL");
      }
      return baseUrl(url);
    }

    /**
     * Sets the base URL. It must be HTTPS unless the host is loopback.
     *
     * @param baseUrl the base URL
     * @return this builder
     * @throws ValidationException when the URL is not HTTPS on a non-loopback host
     */
    public Builder baseUrl(HttpUrl baseUrl) {
      Checks.notNull(baseUrl, "baseUrl");
      if (!baseUrl.isHttps() && !Hosts.isLoopback(baseUrl.host())) {
        throw new ValidationException(
            "baseUrl", "must use https (plain http is only allowed for loopback hosts)");
      }
      if (!baseUrl.username().isEmpty() || !baseUrl.password().isEmpty()) {
        throw new ValidationException(
            "baseUrl", "must not contain credentials; use an auth interceptor");
      }
      if (baseUrl.query() != null || baseUrl.fragment() != null) {
        throw new ValidationException("baseUrl", "must not have a query or fragment");
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the connect timeout.
     *
     * @param timeout a positive duration, at most {@code Integer.MAX_VALUE} milliseconds (24.8 days)
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout.
     *
     * @param timeout a positive duration, at most {@code Integer.MAX_VALUE} milliseconds (24.8 days)
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the write timeout.
     *
     * @param timeout a positive duration, at most {@code Integer.MAX_VALUE} milliseconds (24.8 days)
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the whole-call timeout of one attempt.
     *
     * @param timeout a positive duration, at most {@code Integer.MAX_VALUE} milliseconds (24.8 days)
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param retryPolicy the policy; {@link RetryPolicy#none()} disables retries
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.notNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets the {@code User-Agent}.
     *
     * @param userAgent the user agent
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Checks.headerValue("userAgent", Checks.notBlank(userAgent, "userAgent"));
      return this;
    }

    /**
     * Adds a header sent with every request, replacing one of the same name.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      defaultHeaders.put(Checks.headerName(name), Checks.headerValue(name, value));
      return this;
    }

    /**
     * Removes a default header.
     *
     * @param name the header name
     * @return this builder
     */
    public Builder removeDefaultHeader(String name) {
      defaultHeaders.remove(name);
      return this;
    }

    /**
     * Uses an existing OkHttp client: unisdk derives from it with {@code newBuilder()}, sharing its
     * connection pool and dispatcher, and never shuts it down.
     *
     * @param httpClient the client, or null to let unisdk own one
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /**
     * Sets the sleeper used between retries (a test seam).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.notNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the clock (a test seam).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /**
     * Sets the header that carries the idempotency key.
     *
     * @param name the header name, {@code Idempotency-Key} by default
     * @return this builder
     */
    public Builder idempotencyHeader(String name) {
      this.idempotencyHeader = Checks.headerName(name);
      return this;
    }

    /**
     * Registers a header whose value is always redacted in logs.
     *
     * @param name the header name
     * @return this builder
     */
    public Builder sensitiveHeader(String name) {
      sensitiveHeaders.add(Checks.notBlank(name, "sensitiveHeader"));
      return this;
    }

    /**
     * Sets the listener that sees every operation, attempt, retry and page (tracing, metrics).
     *
     * @param listener the listener; {@link OperationListener#NONE} to switch events off
     * @return this builder
     */
    public Builder operationListener(OperationListener listener) {
      this.operationListener = java.util.Objects.requireNonNull(listener, "operationListener");
      return this;
    }

    /** OkHttp holds timeouts as int milliseconds and refuses longer ones when the transport is built. */
    private static Duration timeout(Duration timeout, String name) {
      Checks.positive(timeout, name);
      if (timeout.compareTo(MAX_TIMEOUT) > 0) {
        throw new ValidationException(name, "must be at most " + MAX_TIMEOUT.toMillis() + " ms (was " + timeout + ")");
      }
      return timeout;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ClientOptions build() {
      return new ClientOptions(this);
    }
  }
}
