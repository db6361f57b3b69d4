package dev.unisdk.fakeserver;

import dev.unisdk.fakeserver.internal.apideck.ApideckFake;
import dev.unisdk.fakeserver.internal.apideck.ApideckSettings;
import dev.unisdk.fakeserver.internal.http.HttpServer;
import dev.unisdk.fakeserver.internal.http.Router;
import dev.unisdk.fakeserver.internal.integrations.IntegrationsFake;
import dev.unisdk.fakeserver.internal.integrations.IntegrationsSettings;
import dev.unisdk.fakeserver.internal.server.AdminApi;
import dev.unisdk.fakeserver.internal.ue.UeSettings;
import dev.unisdk.fakeserver.internal.ue.UnificationEngineFake;
import dev.unisdk.fakeserver.internal.server.ApiMount;
import dev.unisdk.fakeserver.internal.server.Dispatcher;
import dev.unisdk.fakeserver.internal.server.ErrorFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled fake of every API the SDK speaks (Apideck CRM + SMS under {@code /crm} and {@code /sms},
 * Integrations under {@code /api/v1/integrations}, UnificationEngine under {@code /v2}), on one loopback
 * port. Stateful, deterministic from a seed, thread-safe.
 *
 * <pre>{@code
 * try (FakeServer server = FakeServer.start()) {
 *   String baseUrl = server.baseUrl();          // http://127.0.0.1:<free port>
 *   server.faults().add(Fault.status(503).withRetryAfterSeconds(1));
 *   // ... point a client at baseUrl with FakeServer.DEFAULT_APIDECK_API_KEY ...
 *   assertThat(server.requests().count("crm.contacts.add")).isEqualTo(1);
 * }
 * }</pre>
 */
public final class FakeServer implements AutoCloseable {
  /** Default Apideck API key (Bearer). */
  public static final String DEFAULT_APIDECK_API_KEY = "sk_test_unisdk_fake_apideck_key";
  /** Default Apideck application id ({@code x-apideck-app-id}). */
  public static final String DEFAULT_APIDECK_APP_ID = "unisdk-fake-app-id";
  /** Default Integrations Bearer token. */
  public static final String DEFAULT_INTEGRATIONS_TOKEN = "unisdk-fake-integrations-token";
  /** Default Integrations rate limit, requests per minute per token. */
  public static final int DEFAULT_INTEGRATIONS_RATE_LIMIT_PER_MINUTE = 240;
  /** Default UnificationEngine app key (Basic user name for user/create|delete|list). */
  public static final String DEFAULT_UE_APP_KEY = "unisdk-fake-ue-app-key";
  /** Default UnificationEngine app secret (Basic password). */
  public static final String DEFAULT_UE_APP_SECRET = "unisdk-fake-ue-app-secret";
  /** Default seed of the generated records. */
  public static final long DEFAULT_SEED = 42L;
  /** The TLS versions an HTTPS server accepts by default. */
  public static final List<String> DEFAULT_TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
  /** Default number of seeded records per resource (and per Integrations object type). */
  public static final int DEFAULT_RECORDS_PER_RESOURCE = 120;

  private static final Logger LOG = LoggerFactory.getLogger(FakeServer.class);

  private final Config config;
  private final Faults faults = new Faults();
  private final RecordedRequests requests = new RecordedRequests();
  private final ApideckFake apideck;
  private final IntegrationsFake integrations;
  private final UnificationEngineFake unificationEngine;
  private final List<ApiMount> mounts;
  private final HttpServer http;
  private final FakeTls tls;

  private FakeServer(Config config) {
    this.config = config;
    this.tls = config.https ? FakeTls.create(config.tlsProtocols) : null;
    this.apideck = new ApideckFake(new ApideckSettings(config.apideckApiKey, config.apideckAppId, config.seed,
        config.recordsPerResource, config.clock, config.apideckWebhookUrl));
    this.integrations = new IntegrationsFake(new IntegrationsSettings(
        config.integrationsToken, config.integrationsRateLimitPerMinute, config.seed, config.recordsPerResource,
        config.clock, this::baseUrl));
    this.unificationEngine = new UnificationEngineFake(
        new UeSettings(config.ueAppKey, config.ueAppSecret, config.seed, config.clock));
    if (tls != null) {
      apideck.scheme("https");
    }
    this.mounts = mounts();
    Router router = new Router();
    for (ApiMount mount : mounts) {
      mount.api().register(router);
    }
    AdminApi admin = config.adminEndpoints ? new AdminApi(this::reset, faults, requests) : null;
    Dispatcher dispatcher = new Dispatcher(router, mounts, faults::take, requests::add, config.clock, admin);
    try {
      this.http = HttpServer.start(config.port, dispatcher, HttpServer.Settings.defaults(),
          tls == null ? null : new HttpServer.Tls(tls.serverContext(), tls.protocols(), tls::recordHandshake));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + config.port, e);
    }
    LOG.debug("fake server listening on {}", baseUrl());
  }

  private List<ApiMount> mounts() {
    List<ApiMount> list = new ArrayList<>();
    list.add(new ApiMount("apideck", List.of("/crm", "/sms"), apideck, ErrorFormats.APIDECK));
    list.add(new ApiMount("integrations", List.of(IntegrationsFake.PREFIX, "/__fake/integrations"), integrations,
        IntegrationsFake.ERRORS));
    list.add(new ApiMount("unificationengine", List.of(UnificationEngineFake.PREFIX), unificationEngine,
        UnificationEngineFake.ERRORS));
    return List.copyOf(list);
  }

  /** Starts a server with the defaults on a free loopback port. */
  public static FakeServer start() {
    return builder().start();
  }

  /** A builder for a configured server. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:<port>} ({@code https://} in HTTPS mode), without a trailing slash. */
  public String baseUrl() {
    return (tls == null ? "http" : "https") + "://127.0.0.1:" + port();
  }

  /** True when the server speaks HTTPS ({@link Builder#https(boolean)}). */
  public boolean isHttps() {
    return tls != null;
  }

  /**
   * The certificate and the client trust material of an HTTPS server.
   *
   * @throws IllegalStateException when the server speaks plain HTTP
   */
  public FakeTls tls() {
    if (tls == null) {
      throw new IllegalStateException("the fake server speaks plain HTTP; start it with FakeServer.builder().https(true)");
    }
    return tls;
  }

  /** The bound port. */
  public int port() {
    return http.port();
  }

  /**
   * The base URL of the Integrations API as its clients expect it ({@code baseUrl() + "/api"}; the
   * client appends {@code /v1/integrations/...}).
   */
  public String integrationsBaseUrl() {
    return baseUrl() + "/api";
  }

  /** Test-side control of the Integrations fake. */
  public IntegrationsAdmin integrations() {
    return new IntegrationsAdmin(integrations);
  }

  /** Test-side control of the UnificationEngine fake. */
  public UnificationEngineAdmin unificationEngine() {
    return new UnificationEngineAdmin(unificationEngine);
  }

  /** The injected-fault queue. */
  public Faults faults() {
    return faults;
  }

  /** The requests received, with secrets masked. */
  public RecordedRequests requests() {
    return requests;
  }

  /** Test-side control of the Apideck CRM + SMS fake (credentials, records, seed data, webhooks). */
  public ApideckAdmin apideck() {
    return new ApideckAdmin(apideck);
  }

  /**
   * Forgets all state (records, users, connections, webhooks, faults, recorded requests, rate-limit
   * windows) and re-seeds as at start. Meant to be called between tests.
   */
  public void reset() {
    for (ApiMount mount : mounts) {
      mount.api().reset();
    }
    faults.clear();
    requests.clear();
    if (tls != null) {
      tls.clear();
    }
  }

  /** Stops the server: no new connections, open ones closed, every server thread ended. Idempotent. */
  @Override
  public void close() {
    try {
      http.close();
    } finally {
      apideck.close();
    }
  }

  /** Immutable settings shared by the API fakes. */
  static final class Config {
    final int port;
    final String apideckApiKey;
    final String apideckAppId;
    final String integrationsToken;
    final int integrationsRateLimitPerMinute;
    final String ueAppKey;
    final String ueAppSecret;
    final long seed;
    final int recordsPerResource;
    final Clock clock;
    final boolean adminEndpoints;
    final String apideckWebhookUrl;
    final boolean https;
    final List<String> tlsProtocols;

    Config(Builder b) {
      this.https = b.https;
      this.tlsProtocols = b.tlsProtocols;
      this.port = b.port;
      this.apideckApiKey = b.apideckApiKey;
      this.apideckAppId = b.apideckAppId;
      this.integrationsToken = b.integrationsToken;
      this.integrationsRateLimitPerMinute = b.integrationsRateLimitPerMinute;
      this.ueAppKey = b.ueAppKey;
      this.ueAppSecret = b.ueAppSecret;
      this.seed = b.seed;
      this.recordsPerResource = b.recordsPerResource;
      this.clock = b.clock;
      this.adminEndpoints = b.adminEndpoints;
      this.apideckWebhookUrl = b.apideckWebhookUrl;
    }
  }

  /** Configures and starts a {@link FakeServer}. Every setting has a documented default. */
  public static final class Builder {
    private int port;
    private String apideckApiKey = DEFAULT_APIDECK_API_KEY;
    private String apideckAppId = DEFAULT_APIDECK_APP_ID;
    private String integrationsToken = DEFAULT_INTEGRATIONS_TOKEN;
    private int integrationsRateLimitPerMinute = DEFAULT_INTEGRATIONS_RATE_LIMIT_PER_MINUTE;
    private String ueAppKey = DEFAULT_UE_APP_KEY;
    private String ueAppSecret = DEFAULT_UE_APP_SECRET;
    private long seed = DEFAULT_SEED;
    private int recordsPerResource = DEFAULT_RECORDS_PER_RESOURCE;
    private Clock clock = Clock.systemUTC();
    private boolean adminEndpoints;
    private String apideckWebhookUrl;
    private boolean https;
    private List<String> tlsProtocols = DEFAULT_TLS_PROTOCOLS;

    private Builder() {}

    /**
     * Serves HTTPS instead of plain HTTP (default false): a self-signed certificate for
     * {@code 127.0.0.1}/{@code ::1}/{@code localhost} is made at start, {@link FakeServer#baseUrl()}
     * is {@code https://...} and {@link FakeServer#tls()} hands out the matching trust material.
     */
    public Builder https(boolean enabled) {
      this.https = enabled;
      return this;
    }

    /**
     * The TLS versions the HTTPS server accepts (default {@code TLSv1.3}, {@code TLSv1.2}); e.g.
     * {@code tlsProtocols("TLSv1.2")} to check that a client restricted to TLS 1.3 refuses the server.
     *
     * @throws IllegalArgumentException for none, or a name other than TLSv1.2 / TLSv1.3
     */
    public Builder tlsProtocols(String... protocols) {
      if (protocols.length == 0) {
        throw new IllegalArgumentException("at least one TLS protocol is required");
      }
      for (String p : protocols) {
        if (!DEFAULT_TLS_PROTOCOLS.contains(p)) {
          throw new IllegalArgumentException("TLS protocol must be TLSv1.2 or TLSv1.3, was " + p);
        }
      }
      this.tlsProtocols = List.of(protocols);
      return this;
    }

    /** The loopback port to bind; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The Apideck API key accepted as Bearer token (default {@link #DEFAULT_APIDECK_API_KEY}). */
    public Builder apideckApiKey(String apiKey) {
      this.apideckApiKey = nonBlank(apiKey, "apiKey");
      return this;
    }

    /** The accepted {@code x-apideck-app-id} (default {@link #DEFAULT_APIDECK_APP_ID}). */
    public Builder apideckAppId(String appId) {
      this.apideckAppId = nonBlank(appId, "appId");
      return this;
    }

    /**
     * A loopback http(s) URL that receives signed Apideck CRM webhook events when records change
     * (default none; can also be set later with {@link ApideckAdmin#webhookUrl(String)}).
     */
    public Builder apideckWebhookUrl(String url) {
      this.apideckWebhookUrl = url;
      return this;
    }

    /** The Integrations Bearer token (default {@link #DEFAULT_INTEGRATIONS_TOKEN}). */
    public Builder integrationsToken(String token) {
      this.integrationsToken = nonBlank(token, "token");
      return this;
    }

    /** Integrations requests allowed per token per sliding minute (default 240). */
    public Builder integrationsRateLimitPerMinute(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("rate limit must be >= 1, was " + limit);
      }
      this.integrationsRateLimitPerMinute = limit;
      return this;
    }

    /** The UnificationEngine app credentials (defaults {@link #DEFAULT_UE_APP_KEY} / {@link #DEFAULT_UE_APP_SECRET}). */
    public Builder unificationEngineAppCredentials(String appKey, String appSecret) {
      this.ueAppKey = nonBlank(appKey, "appKey");
      this.ueAppSecret = nonBlank(appSecret, "appSecret");
      return this;
    }

    /** The seed of every generated record and id (default {@link #DEFAULT_SEED}). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Seeded records per resource and per Integrations object type (default 120; 0..10,000). */
    public Builder recordsPerResource(int count) {
      if (count < 0 || count > 10_000) {
        throw new IllegalArgumentException("recordsPerResource must be 0..10000, was " + count);
      }
      this.recordsPerResource = count;
      return this;
    }

    /** The clock for timestamps, rate-limit windows and request times (default system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Serves the {@code /__admin/...} endpoints (reset, faults, requests); off by default, on in standalone mode. */
    public Builder adminEndpoints(boolean enabled) {
      this.adminEndpoints = enabled;
      return this;
    }

    /**
     * Binds the port and starts serving.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public FakeServer start() {
      return new FakeServer(new Config(this));
    }

    private static String nonBlank(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
