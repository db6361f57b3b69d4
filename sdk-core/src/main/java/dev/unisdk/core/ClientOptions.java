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
 * write 30 s, call 60 s; {@link RetryPolicy#defaults()}; user agent {@code unisdk-java/<version>};
 * responses up to {@value #DEFAULT_MAX_RESPONSE_BYTES} bytes (8 MiB). Connection pool and dispatcher
 * sized for a server application: {@value #DEFAULT_MAX_IDLE_CONNECTIONS} idle connections kept
 * {@value #DEFAULT_KEEP_ALIVE_SECONDS} s, {@value #DEFAULT_MAX_REQUESTS} concurrent requests,
 * {@value #DEFAULT_MAX_REQUESTS_PER_HOST} per host. The base URL must be HTTPS unless its host is loopback.
 */
public final class ClientOptions {
  /** Default of {@link #maxResponseBytes()}: 8 MiB, about ten times the largest documented page. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;
  /** Default of {@link #maxIdleConnections()}. */
  public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 64;
  /** Default of {@link #keepAlive()}, in seconds. */
  public static final int DEFAULT_KEEP_ALIVE_SECONDS = 45;
  /** Default of {@link #maxRequests()}. */
  public static final int DEFAULT_MAX_REQUESTS = 128;
  /** Default of {@link #maxRequestsPerHost()}. */
  public static final int DEFAULT_MAX_REQUESTS_PER_HOST = 64;

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
  private final long maxResponseBytes;
  private final int maxIdleConnections;
  private final Duration keepAlive;
  private final int maxRequests;
  private final int maxRequestsPerHost;

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
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxIdleConnections = b.maxIdleConnections;
    this.keepAlive = b.keepAlive;
    this.maxRequests = b.maxRequests;
    this.maxRequestsPerHost = b.maxRequestsPerHost;
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
    b.maxResponseBytes = maxResponseBytes;
    b.maxIdleConnections = maxIdleConnections;
    b.keepAlive = keepAlive;
    b.maxRequests = maxRequests;
    b.maxRequestsPerHost = maxRequestsPerHost;
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

  /**
   * Returns the largest response body accepted, counted on the decoded bytes (after gzip). A larger
   * body fails the call with a {@link dev.unisdk.core.errors.ResponseTooLargeException} and its
   * connection is discarded. Error bodies are kept up to 64 KiB (the rest is dropped).
   *
   * @return the limit in bytes, {@value #DEFAULT_MAX_RESPONSE_BYTES} by default
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Returns how many idle connections the pool keeps. Read when the root client's OkHttp client is
   * created by unisdk; derived clients ({@code withOptions}, {@code withConsumerId}...) share that
   * pool; a user-supplied {@link #httpClient()} keeps its own.
   *
   * @return the idle connection count, {@value #DEFAULT_MAX_IDLE_CONNECTIONS} by default
   */
  public int maxIdleConnections() {
    return maxIdleConnections;
  }

  /**
   * Returns how long an idle pooled connection is kept (same sharing rules as
   * {@link #maxIdleConnections()}).
   *
   * @return the keep-alive, {@value #DEFAULT_KEEP_ALIVE_SECONDS} s by default
   */
  public Duration keepAlive() {
    return keepAlive;
  }

  /**
   * Returns how many requests run at once (async calls beyond it wait in the dispatcher's queue;
   * same sharing rules as {@link #maxIdleConnections()}).
   *
   * @return the limit, {@value #DEFAULT_MAX_REQUESTS} by default
   */
  public int maxRequests() {
    return maxRequests;
  }

  /**
   * Returns how many requests to one host run at once (same sharing rules as
   * {@link #maxIdleConnections()}).
   *
   * @return the limit, {@value #DEFAULT_MAX_REQUESTS_PER_HOST} by default
   */
  public int maxRequestsPerHost() {
    return maxRequestsPerHost;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy
        + ", userAgent=" + userAgent + ", defaultHeaders=" + defaultHeaders.keySet()
        + ", httpClient=" + (httpClient == null ? "owned" : "user-supplied")
        + ", idempotencyHeader=" + idempotencyHeader + ", maxResponseBytes=" + maxResponseBytes
        + ", maxIdleConnections=" + maxIdleConnections + ", keepAlive=" + keepAlive
        + ", maxRequests=" + maxRequests + ", maxRequestsPerHost=" + maxRequestsPerHost + "}";
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
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxIdleConnections = DEFAULT_MAX_IDLE_CONNECTIONS;
    private Duration keepAlive = Duration.ofSeconds(DEFAULT_KEEP_ALIVE_SECONDS);
    private int maxRequests = DEFAULT_MAX_REQUESTS;
    private int maxRequestsPerHost = DEFAULT_MAX_REQUESTS_PER_HOST;

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

    /**
     * Sets the largest response body accepted (decoded bytes, after gzip).
     *
     * @param bytes at least 1024
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new ValidationException("maxResponseBytes", "must be at least 1024 (was " + bytes + ")");
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Sets how many idle connections the pool keeps (see {@link ClientOptions#maxIdleConnections()}).
     *
     * @param count 0 to 10000
     * @return this builder
     */
    public Builder maxIdleConnections(int count) {
      this.maxIdleConnections = Checks.inRange(count, 0, 10000, "maxIdleConnections");
      return this;
    }

    /**
     * Sets how long an idle pooled connection is kept.
     *
     * @param keepAlive a positive duration
     * @return this builder
     */
    public Builder keepAlive(Duration keepAlive) {
      this.keepAlive = timeout(keepAlive, "keepAlive");
      return this;
    }

    /**
     * Sets how many requests run at once.
     *
     * @param count 1 to 10000
     * @return this builder
     */
    public Builder maxRequests(int count) {
      this.maxRequests = Checks.inRange(count, 1, 10000, "maxRequests");
      return this;
    }

    /**
     * Sets how many requests to one host run at once.
     *
     * @param count 1 to 10000
     * @return this builder
     */
    public Builder maxRequestsPerHost(int count) {
      this.maxRequestsPerHost = Checks.inRange(count, 1, 10000, "maxRequestsPerHost");
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
