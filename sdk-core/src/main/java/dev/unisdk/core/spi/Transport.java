package dev.unisdk.core.spi;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.ClientOptions;

import dev.unisdk.core.auth.HeaderAuth;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.GuardedInterceptor;
import dev.unisdk.core.internal.Hosts;
import dev.unisdk.core.internal.HttpLogging;
import dev.unisdk.core.internal.Redaction;
import dev.unisdk.core.internal.CredentialGuard;
import dev.unisdk.core.internal.RetryAfterGuard;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Request;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.TlsVersion;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link ApiRequest}s: one per client, thread-safe. Every request of every client, sync and
 * async, goes through one pipeline with one retry decision and one error mapping; provider rules
 * plug in as {@link CallHooks}. Layers: the pipeline (retries, redirects, size limit, listener
 * events), auth interceptors, logging, OkHttp.
 *
 * <p>Every request carries {@code User-Agent}, {@code Accept: application/json} and the default
 * headers; a body carries its {@code Content-Type}. Only TLS 1.2+ is spoken; cleartext only to
 * loopback hosts.
 *
 * <p>Retries belong to the SDK alone (OkHttp's own retries, redirects and authenticator are off): a
 * request is sent at most {@code 1 + maxRetries} times. Retried: connection failures and statuses
 * 408, 429, 500, 502, 503, 504, waiting {@code Retry-After} / {@code retry-after-ms} when given (a
 * longer wait than {@link dev.unisdk.core.RetryPolicy#maxRetryAfter()} fails the call at once), only
 * for requests safe to repeat: GET, HEAD, PUT, DELETE, OPTIONS, requests with an idempotency key or
 * marked {@link ApiRequest.Builder#safeToRetry(boolean)}, and statuses a provider's
 * {@link CallHooks#refused} declares refusals. Another request is retried only when its connection
 * failed before anything was sent.
 *
 * <p>Redirects: followed by the SDK for GET and HEAD only, at most 5 hops, never to cleartext HTTP
 * (unless both ends are loopback), without any credential or sensitive header when the origin
 * changes; anything else is a {@link dev.unisdk.core.errors.RedirectException}. Response bodies are
 * limited to {@link ClientOptions#maxResponseBytes()} ({@link
 * dev.unisdk.core.errors.ResponseTooLargeException}). A closed transport refuses every call with an
 * {@link IllegalStateException} and sends nothing.
 */
public final class Transport implements Closeable {
  private final ClientOptions options;
  private final List<Interceptor> auth;
  private final Shared shared;
  private final boolean root;
  private final OkHttpClient client;
  /** Shared by the root transport and every transport derived from it. */
  private final AtomicBoolean closed;

  /** The OkHttp client the transport tree derives from, and whether we own it. */
  private static final class Shared {
    final OkHttpClient base;
    final boolean owned;

    Shared(OkHttpClient base, boolean owned) {
      this.base = base;
      this.owned = owned;
    }
  }

  private Transport(
      ClientOptions options, List<Interceptor> auth, Shared shared, boolean root, AtomicBoolean closed) {
    this.options = options;
    this.auth = Collections.unmodifiableList(new ArrayList<>(auth));
    this.shared = shared;
    this.root = root;
    this.closed = closed;
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
        // the SDK alone follows redirects and retries (see the class doc)
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .authenticator(Authenticator.NONE)
        .connectionSpecs(connectionSpecs(options.baseUrl(), options.httpClient() == null ? null : base));
    List<String> credentialHeaders = new ArrayList<>();
    for (Interceptor interceptor : auth) {
      b.addInterceptor(new GuardedInterceptor(interceptor));
      if (interceptor instanceof HeaderAuth) {
        credentialHeaders.addAll(((HeaderAuth) interceptor).headerNames());
      }
    }
    sensitive.addAll(credentialHeaders);
    // a redirect hop to another origin carries no credential nor sensitive header
    List<String> guarded = new ArrayList<>(credentialHeaders);
    guarded.addAll(options.sensitiveHeaders());
    b.addNetworkInterceptor(new CredentialGuard(options.baseUrl(), guarded));
    b.addNetworkInterceptor(new RetryAfterGuard());
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

  /**
   * TLS 1.3 and 1.2 for a client we own; a user-supplied client keeps its own TLS specs (a stricter
   * TLS version or cipher choice is the user's to make). Cleartext only when the base URL is loopback.
   */
  private static List<ConnectionSpec> connectionSpecs(HttpUrl baseUrl, @Nullable OkHttpClient userClient) {
    List<ConnectionSpec> specs = new ArrayList<>();
    if (userClient != null) {
      for (ConnectionSpec spec : userClient.connectionSpecs()) {
        ConnectionSpec kept = tls12OrNewer(spec);
        if (kept != null) {
          specs.add(kept);
        }
      }
    }
    if (specs.isEmpty()) {
      specs.add(new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
          .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)
          .build());
    }
    if (Hosts.isLoopback(baseUrl.host())) {
      specs.add(ConnectionSpec.CLEARTEXT);
    }
    return specs;
  }

  /** The user's TLS spec narrowed to TLS 1.2 and newer; null for cleartext or nothing left. */
  private static @Nullable ConnectionSpec tls12OrNewer(ConnectionSpec spec) {
    if (!spec.isTls()) {
      return null;
    }
    List<TlsVersion> versions = spec.tlsVersions();
    if (versions == null) {
      return new ConnectionSpec.Builder(spec).tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2).build();
    }
    List<TlsVersion> kept = new ArrayList<>();
    for (TlsVersion v : versions) {
      if (v == TlsVersion.TLS_1_3 || v == TlsVersion.TLS_1_2) {
        kept.add(v);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    return new ConnectionSpec.Builder(spec).tlsVersions(kept.toArray(new TlsVersion[0])).build();
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
    return new Transport(changed, auth, s, false, closed);
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
    return new Transport(options, Arrays.asList(auth), shared, false, closed);
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
   * @throws IllegalStateException when the client is closed
   */
  public <T> ApiResponse<T> execute(ApiRequest request, ResponseDecoder<T> decoder) {
    return execute(request, decoder, CallHooks.NONE);
  }

  /**
   * Sends a request with provider hooks, in the calling thread.
   *
   * @param request the request
   * @param decoder decodes a 2xx body
   * @param hooks the provider's rules
   * @param <T> the decoded type
   * @return the decoded value with status and headers
   * @throws dev.unisdk.core.errors.UnisdkException as {@link #execute(ApiRequest, ResponseDecoder)},
   *     mapped by {@link CallHooks#mapError}
   * @throws IllegalStateException when the client is closed
   */
  public <T> ApiResponse<T> execute(ApiRequest request, ResponseDecoder<T> decoder, CallHooks hooks) {
    checkOpen();
    Checks.notNull(decoder, "decoder");
    Checks.notNull(hooks, "hooks");
    PreparedRequest p = PreparedRequest.of(options, request);
    Operation<T> op = new Operation<>(this, request, p, decoder, hooks);
    try {
      Operation.Step step = send(op, op.firstAttempt());
      while (step != Operation.Step.DONE) {
        if (step == Operation.Step.WAIT) {
          sleep(op);
          step = send(op, op.nextAttempt());
        } else {
          step = send(op, op.next());
        }
      }
    } catch (RuntimeException | Error e) {
      op.end(e);
      throw e;
    }
    Throwable failure = op.failure();
    op.end(failure);
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return op.result();
  }

  private <T> Operation.Step send(Operation<T> op, Request request) {
    Call call = newCall(request, op.timeout());
    okhttp3.Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      return op.onFailure(e, call);
    }
    return op.onResponse(response, call);
  }

  private void sleep(Operation<?> op) {
    try {
      options.sleeper().sleep(op.delay());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(op.description() + " interrupted while waiting to retry", e);
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
   *     {@link #execute(ApiRequest, ResponseDecoder)}; never left pending, whatever is thrown
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, ResponseDecoder<T> decoder) {
    return executeAsync(request, decoder, CallHooks.NONE);
  }

  /**
   * Sends a request with provider hooks asynchronously.
   *
   * @param request the request
   * @param decoder decodes a 2xx body (on an OkHttp thread)
   * @param hooks the provider's rules
   * @param <T> the decoded type
   * @return a future completed as {@link #executeAsync(ApiRequest, ResponseDecoder)}
   */
  public <T> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, ResponseDecoder<T> decoder, CallHooks hooks) {
    Operation<T> op;
    try {
      checkOpen();
      Checks.notNull(decoder, "decoder");
      Checks.notNull(hooks, "hooks");
      op = new Operation<>(this, request, PreparedRequest.of(options, request), decoder, hooks);
    } catch (RuntimeException | Error e) {
      CompletableFuture<ApiResponse<T>> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    AsyncExchange<T> exchange = new AsyncExchange<>(this, op);
    exchange.start();
    return exchange.future();
  }

  /**
   * Tells whether this transport (or the root it derives from) was closed.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed.get();
  }

  void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the client is closed; no request is sent");
    }
  }

  /**
   * Releases what this transport owns: when unisdk created the OkHttp client, closing the root
   * transport (the one built by {@link Builder#build()}) shuts down its dispatcher threads and idle
   * connections. Derived transports and user-supplied clients are never shut down. Once the root is
   * closed, it and every transport derived from it refuse calls with an {@link IllegalStateException}.
   */
  @Override
  public void close() {
    if (!root) {
      return;
    }
    closed.set(true);
    if (shared.owned) {
      shared.base.dispatcher().executorService().shutdown();
      shared.base.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "Transport{baseUrl=" + options.baseUrl() + ", auth=" + auth + "}";
  }

  Call newCall(Request request, Duration timeout) {
    Call call = client.newCall(request);
    if (timeout != null) {
      call.timeout().timeout(millis(timeout), TimeUnit.MILLISECONDS);
    }
    return call;
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
          : new Shared(ownedClient(options), true);
      return new Transport(options, auth, shared, true, new AtomicBoolean());
    }

    /** The pool and dispatcher every transport of this tree shares, sized by the options. */
    private static OkHttpClient ownedClient(ClientOptions options) {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(options.maxRequests());
      dispatcher.setMaxRequestsPerHost(options.maxRequestsPerHost());
      ConnectionPool pool = new ConnectionPool(
          options.maxIdleConnections(), options.keepAlive().toMillis(), TimeUnit.MILLISECONDS);
      return new OkHttpClient.Builder().dispatcher(dispatcher).connectionPool(pool).build();
    }
  }
}
