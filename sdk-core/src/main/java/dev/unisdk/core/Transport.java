package dev.unisdk.core;

import dev.unisdk.core.auth.HeaderAuth;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.GuardedInterceptor;
import dev.unisdk.core.internal.Hosts;
import dev.unisdk.core.internal.HttpLogging;
import dev.unisdk.core.internal.Redaction;
import dev.unisdk.core.internal.RetryAfter;
import dev.unisdk.core.internal.RetryRules;
import dev.unisdk.core.internal.RetryScheduler;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.TlsVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s: one per client, thread-safe. Layers, outermost first: retry (in the
 * calling thread, or scheduled for async calls), auth interceptors, logging, OkHttp.
 *
 * <p>Every request carries {@code User-Agent}, {@code Accept: application/json} and the default
 * headers; a body carries its {@code Content-Type}. Only TLS 1.2+ is spoken; cleartext only to loopback hosts.
 *
 * <p>Retries: connection failures and statuses 408, 429, 500, 502, 503, 504, honouring {@code
 * Retry-After} / {@code retry-after-ms} (capped), only for requests safe to repeat: GET, HEAD, PUT,
 * DELETE, OPTIONS, or any request with an idempotency key. A request of another method is retried
 * only when its connection failed before anything was sent.
 */
public final class Transport implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final byte[] EMPTY = new byte[0];

  private final ClientOptions options;
  private final List<Interceptor> auth;
  private final Shared shared;
  private final boolean root;
  private final OkHttpClient client;

  /** The OkHttp client the transport tree derives from, and whether we own it. */
  private static final class Shared {
    final OkHttpClient base;
    final boolean owned;

    Shared(OkHttpClient base, boolean owned) {
      this.base = base;
      this.owned = owned;
    }
  }

  private Transport(ClientOptions options, List<Interceptor> auth, Shared shared, boolean root) {
    this.options = options;
    this.auth = Collections.unmodifiableList(new ArrayList<>(auth));
    this.shared = shared;
    this.root = root;
    this.client = buildClient(options, this.auth, shared.base);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static OkHttpClient buildClient(
      ClientOptions options, List<Interceptor> auth, OkHttpClient base) {
    List<String> sensitive = new ArrayList<>(options.sensitiveHeaders());
    OkHttpClient.Builder b = base.newBuilder()
        .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(options.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .followSslRedirects(false)
        .connectionSpecs(connectionSpecs(options.baseUrl()));
    for (Interceptor interceptor : auth) {
      b.addInterceptor(new GuardedInterceptor(interceptor));
      if (interceptor instanceof HeaderAuth) {
        sensitive.addAll(((HeaderAuth) interceptor).headerNames());
      }
    }
    b.addInterceptor(new GuardedInterceptor(new HttpLogging(new Redaction(sensitive))));
    return b.build();
  }

  private static List<ConnectionSpec> connectionSpecs(HttpUrl baseUrl) {
    ConnectionSpec tls = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
        .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)
        .build();
    if (Hosts.isLoopback(baseUrl.host())) {
      return Arrays.asList(tls, ConnectionSpec.CLEARTEXT);
    }
    return Collections.singletonList(tls);
  }

  /**
   * Returns the options this transport was built with.
   *
   * @return the options
   */
  public ClientOptions options() {
    return options;
  }

  /**
   * Returns the auth interceptors.
   *
   * @return the interceptors, in order
   */
  public List<Interceptor> auth() {
    return auth;
  }

  /** The OkHttp client requests go through (for tests in this package). */
  OkHttpClient httpClient() {
    return client;
  }

  /**
   * Derives a transport with changed options; it shares the connection pool and dispatcher.
   *
   * @param change edits a copy of the options
   * @return the derived transport
   */
  public Transport withOptions(Consumer<ClientOptions.Builder> change) {
    Checks.notNull(change, "change");
    ClientOptions.Builder b = options.toBuilder();
    change.accept(b);
    ClientOptions changed = b.build();
    Shared s = changed.httpClient() == options.httpClient()
        ? shared
        : new Shared(changed.httpClient() == null ? shared.base : changed.httpClient(), false);
    return new Transport(changed, auth, s, false);
  }

  /**
   * Derives a transport with other credentials (e.g. another consumer); it shares the connection pool
   * and dispatcher.
   *
   * @param auth the auth interceptors replacing the current ones
   * @return the derived transport
   */
  public Transport withAuth(Interceptor... auth) {
    Checks.notNull(auth, "auth");
    return new Transport(options, Arrays.asList(auth), shared, false);
  }

  /**
   * Sends a request and decodes the response, retrying as the policy allows, in the calling thread.
   *
   * @param request the request
   * @param decoder decodes a 2xx body
   * @param <T> the decoded type
   * @return the decoded value with status and headers
   * @throws dev.unisdk.core.errors.ApiException for a non-2xx status (after retries)
   * @throws dev.unisdk.core.errors.ConnectionException on a network failure
   * @throws dev.unisdk.core.errors.TimeoutException when a timeout expires
   * @throws dev.unisdk.core.errors.InvalidResponseException when a 2xx body cannot be decoded
   */
  public <T> ApiResponse<T> execute(ApiRequest request, ResponseDecoder<T> decoder) {
    Checks.notNull(decoder, "decoder");
    Prepared p = prepare(request);
    int retry = 0;
    while (true) {
      Call call = newCall(p);
      okhttp3.Response response;
      try {
        response = call.execute();
      } catch (IOException e) {
        if (retry < p.maxRetries && !call.isCanceled() && RetryRules.retryableFailure(e, p.safe)) {
          retry++;
          sleep(p, retry, options.retryPolicy().delayFor(retry, null), e.toString());
          continue;
        }
        throw ResponseReader.failure(e, p.description);
      }
      if (retry < p.maxRetries && p.safe && RetryRules.retryableStatus(response.code())) {
        Duration delay = retryDelay(retry + 1, response);
        response.close();
        retry++;
        sleep(p, retry, delay, "status " + response.code());
        continue;
      }
      try (okhttp3.Response r = response) {
        return ResponseReader.read(r, decoder, p.description, options.clock());
      }
    }
  }

  /**
   * Sends a request asynchronously on OkHttp's dispatcher; retries are scheduled, never slept on a
   * thread. Cancelling the returned future cancels the in-flight call and any pending retry.
   *
   * @param request the request
   * @param decoder decodes a 2xx body (on an OkHttp thread)
   * @param <T> the decoded type
   * @return a future completed with the response, or exceptionally with the same exceptions as
   *     {@link #execute(ApiRequest, ResponseDecoder)}
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, ResponseDecoder<T> decoder) {
    Prepared p;
    try {
      Checks.notNull(decoder, "decoder");
      p = prepare(request);
    } catch (RuntimeException e) {
      CompletableFuture<ApiResponse<T>> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    AsyncExchange<T> exchange = new AsyncExchange<>(this, p, decoder);
    exchange.start();
    return exchange.future();
  }

  /**
   * Releases what this transport owns: when unisdk created the OkHttp client, closing the root
   * transport (the one built by {@link Builder#build()}) shuts down its dispatcher threads and idle
   * connections. Derived transports and user-supplied clients are never shut down.
   */
  @Override
  public void close() {
    if (root && shared.owned) {
      shared.base.dispatcher().executorService().shutdown();
      shared.base.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "Transport{baseUrl=" + options.baseUrl() + ", auth=" + auth + "}";
  }

  // --- internals shared with AsyncExchange ---------------------------------------------------

  /** A request turned into OkHttp form, with its retry budget. */
  static final class Prepared {
    final Request request;
    final int maxRetries;
    final boolean safe;
    final Duration timeout;
    final String description;

    Prepared(Request request, int maxRetries, boolean safe, Duration timeout) {
      this.request = request;
      this.maxRetries = maxRetries;
      this.safe = safe;
      this.timeout = timeout;
      this.description = request.method() + " " + Redaction.url(request.url());
    }
  }

  Prepared prepare(ApiRequest request) {
    Checks.notNull(request, "request");
    RequestOptions ro = request.options();
    HttpUrl.Builder url = options.baseUrl().newBuilder();
    for (String segment : request.pathSegments()) {
      url.addPathSegment(segment);
    }
    for (Map.Entry<String, String> q : request.query()) {
      if (!ro.queryParams().containsKey(q.getKey())) {
        url.addQueryParameter(q.getKey(), q.getValue());
      }
    }
    for (Map.Entry<String, List<String>> q : ro.queryParams().entrySet()) {
      for (String value : q.getValue()) {
        url.addQueryParameter(q.getKey(), value);
      }
    }
    Request.Builder b = new Request.Builder().url(url.build());
    b.header("User-Agent", options.userAgent());
    b.header("Accept", "application/json");
    for (Map.Entry<String, String> h : options.defaultHeaders().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : request.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, String> h : ro.headers().entrySet()) {
      b.header(h.getKey(), h.getValue());
    }
    if (ro.idempotencyKey() != null) {
      b.header(options.idempotencyHeader(), ro.idempotencyKey());
    }
    RequestBody body = null;
    if (request.hasBody()) {
      body = RequestBody.create(request.bodyNoCopy(), MediaType.get(request.contentType()));
    } else if (requiresBody(request.method())) {
      body = RequestBody.create(EMPTY, null);
    }
    b.method(request.method(), body);
    int maxRetries = ro.maxRetries() != null ? ro.maxRetries() : options.retryPolicy().maxRetries();
    boolean safe = RetryRules.idempotentMethod(request.method()) || ro.idempotencyKey() != null;
    return new Prepared(b.build(), maxRetries, safe, ro.timeout());
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  Call newCall(Prepared p) {
    Call call = client.newCall(p.request);
    if (p.timeout != null) {
      call.timeout().timeout(p.timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  Duration retryDelay(int retryNumber, okhttp3.Response response) {
    Duration retryAfter =
        RetryAfter.parse(dev.unisdk.core.internal.HeaderMaps.of(response.headers()), options.clock());
    return options.retryPolicy().delayFor(retryNumber, retryAfter);
  }

  void logRetry(Prepared p, int retry, Duration delay, String reason) {
    LOG.debug("Retrying {} in {} ms (retry {} of {}) after {}",
        p.description, delay.toMillis(), retry, p.maxRetries, reason);
  }

  private void sleep(Prepared p, int retry, Duration delay, String reason) {
    logRetry(p, retry, delay, reason);
    try {
      options.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(p.description + " interrupted while waiting to retry", e);
    }
  }

  ClientOptions opts() {
    return options;
  }

  static boolean isSystemSleeper(Sleeper sleeper) {
    return sleeper == Sleeper.system();
  }

  static java.util.concurrent.ScheduledExecutorService scheduler() {
    return RetryScheduler.get();
  }

  static UnisdkException unexpected(String description, Throwable t) {
    return new UnisdkException(description + " failed unexpectedly: " + t, t);
  }

  /** Builds a {@link Transport}. */
  public static final class Builder {
    private ClientOptions options;
    private final List<Interceptor> auth = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the client options (required).
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(ClientOptions options) {
      this.options = Checks.notNull(options, "options");
      return this;
    }

    /**
     * Adds auth interceptors, applied in order to every request.
     *
     * @param interceptors e.g. {@code BearerAuth.of(token)}
     * @return this builder
     */
    public Builder auth(Interceptor... interceptors) {
      Checks.notNull(interceptors, "auth");
      for (Interceptor i : interceptors) {
        auth.add(Checks.notNull(i, "auth"));
      }
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return the transport
     */
    public Transport build() {
      Checks.notNull(options, "options");
      Shared shared = options.httpClient() != null
          ? new Shared(options.httpClient(), false)
          : new Shared(new OkHttpClient(), true);
      return new Transport(options, auth, shared, true);
    }
  }
}
