package dev.unisdk.core.spi;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.ClientOptions;

import dev.unisdk.core.auth.HeaderAuth;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.GuardedInterceptor;
import dev.unisdk.core.internal.HeaderMaps;
import dev.unisdk.core.internal.Hosts;
import dev.unisdk.core.internal.HttpLogging;
import dev.unisdk.core.internal.Redaction;
import dev.unisdk.core.internal.RedirectHeaderGuard;
import dev.unisdk.core.internal.RetryAfter;
import dev.unisdk.core.internal.RetryRules;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
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
 * only when its connection failed before anything was sent, and its body is marked one-shot so OkHttp
 * never replays it either. For safe requests OkHttp's own recovery still applies (it may replay once,
 * immediately, after a stale pooled connection or a bare 408).
 */
public final class Transport implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

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
        .connectTimeout(millis(options.connectTimeout()), TimeUnit.MILLISECONDS)
        .readTimeout(millis(options.readTimeout()), TimeUnit.MILLISECONDS)
        .writeTimeout(millis(options.writeTimeout()), TimeUnit.MILLISECONDS)
        .callTimeout(millis(options.callTimeout()), TimeUnit.MILLISECONDS)
        .followSslRedirects(false)
        .connectionSpecs(connectionSpecs(options.baseUrl()));
    List<String> credentialHeaders = new ArrayList<>();
    for (Interceptor interceptor : auth) {
      b.addInterceptor(new GuardedInterceptor(interceptor));
      if (interceptor instanceof HeaderAuth) {
        credentialHeaders.addAll(((HeaderAuth) interceptor).headerNames());
      }
    }
    sensitive.addAll(credentialHeaders);
    if (!credentialHeaders.isEmpty()) {
      // a redirect to another origin must not carry them (OkHttp only drops Authorization)
      b.addNetworkInterceptor(new RedirectHeaderGuard(options.baseUrl(), credentialHeaders));
    }
    b.addInterceptor(new GuardedInterceptor(new HttpLogging(new Redaction(sensitive))));
    return b.build();
  }

  /**
   * A positive timeout in whole milliseconds, at least 1: OkHttp reads 0 as "no timeout", so a
   * sub-millisecond timeout must never round down to it.
   */
  private static long millis(Duration timeout) {
    return Math.max(1, timeout.toMillis());
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
    for (Interceptor i : auth) {
      Checks.notNull(i, "auth");
    }
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
    PreparedRequest p = PreparedRequest.of(options, request);
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
        throw ResponseReader.failure(e, p.description());
      }
      if (retry < p.maxRetries && p.safe && RetryRules.retryableStatus(response.code())) {
        Duration delay = retryDelay(retry + 1, response);
        response.close();
        retry++;
        sleep(p, retry, delay, "status " + response.code());
        continue;
      }
      byte[] body;
      try {
        body = ResponseReader.readBody(response);
      } catch (IOException e) {
        // the response started but the body was cut or stalled: the request was received, so only a
        // request that is safe to repeat is sent again
        if (retry < p.maxRetries && p.safe && !call.isCanceled() && RetryRules.retryableFailure(e, true)) {
          retry++;
          sleep(p, retry, options.retryPolicy().delayFor(retry, null), e.toString());
          continue;
        }
        throw ResponseReader.failure(e, ResponseReader.bodyFailureDescription(p.description()));
      }
      return ResponseReader.interpret(response, body, decoder, options.clock());
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
    PreparedRequest p;
    try {
      Checks.notNull(decoder, "decoder");
      p = PreparedRequest.of(options, request);
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

  Call newCall(PreparedRequest p) {
    Call call = client.newCall(p.request);
    if (p.timeout != null) {
      call.timeout().timeout(millis(p.timeout), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  Duration retryDelay(int retryNumber, okhttp3.Response response) {
    Duration retryAfter = RetryAfter.parse(HeaderMaps.of(response.headers()), options.clock());
    return options.retryPolicy().delayFor(retryNumber, retryAfter);
  }

  void logRetry(PreparedRequest p, int retry, Duration delay, String reason) {
    LOG.debug("Retrying {} in {} ms (retry {} of {}) after {}",
        p.description(), delay.toMillis(), retry, p.maxRetries, reason);
  }

  private void sleep(PreparedRequest p, int retry, Duration delay, String reason) {
    logRetry(p, retry, delay, reason);
    try {
      options.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(p.description() + " interrupted while waiting to retry", e);
    }
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
      if (options.baseUrl() == null) {
        throw new ValidationException("baseUrl", "must be set");
      }
      Shared shared = options.httpClient() != null
          ? new Shared(options.httpClient(), false)
          : new Shared(new OkHttpClient(), true);
      return new Transport(options, auth, shared, true);
    }
  }
}
