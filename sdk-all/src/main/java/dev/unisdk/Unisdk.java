package dev.unisdk;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.NotConfigured;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.sms.SmsClient;
import dev.unisdk.unificationengine.UnificationEngineClient;
import java.io.Closeable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * One root client for every unified API unisdk speaks: Apideck CRM and SMS, Integrations and
 * UnificationEngine. Configure the providers you have credentials for; each client is built once,
 * in {@link Builder#build()}, and all of them share ONE HTTP stack (one OkHttp connection pool and
 * dispatcher) and one set of {@link ClientOptions} (timeouts, retries, user agent, logging seams).
 * Thread-safe; create one per application and share it.
 *
 * <pre>{@code
 * try (Unisdk unisdk = Unisdk.builder()
 *     .apideck(apiKey, appId, "acme")
 *     .integrationsToken(lizaToken)
 *     .build()) {
 *   for (Contact c : unisdk.crm().contacts().list()) { ... }
 *   unisdk.integrations().connections().list();
 *   unisdk.unificationEngine();   // IllegalStateException: not configured
 * }
 * }</pre>
 *
 * <p>The per-module clients ({@link CrmClient}, {@link SmsClient}, {@link IntegrationsClient},
 * {@link UnificationEngineClient}) stay usable on their own; this class only wires them together.
 */
public final class Unisdk implements Closeable {
  /** The Apideck Unify base URL used by {@link #crm()} and {@link #sms()} unless overridden. */
  public static final String DEFAULT_APIDECK_BASE_URL = "https://unify.apideck.com";

  private final OkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final CrmClient crm;
  private final SmsClient sms;
  private final IntegrationsClient integrations;
  private final UnificationEngineClient unificationEngine;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Unisdk(OkHttpClient httpClient, boolean ownsHttpClient, CrmClient crm, SmsClient sms,
      IntegrationsClient integrations, UnificationEngineClient unificationEngine) {
    this.httpClient = httpClient;
    this.ownsHttpClient = ownsHttpClient;
    this.crm = crm;
    this.sms = sms;
    this.integrations = integrations;
    this.unificationEngine = unificationEngine;
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a {@link ClientOptions} builder for {@link Builder#options(ClientOptions)}: timeouts,
   * retries, headers and the HTTP client apply to every provider; a base URL set there is not used
   * (each provider has its own, see the builder's {@code ...BaseUrl(..)} methods).
   *
   * @return an options builder
   */
  public static ClientOptions.Builder optionsBuilder() {
    return ClientOptions.builder();
  }

  /**
   * Returns the Apideck CRM client.
   *
   * @return the CRM client
   * @throws IllegalStateException when no Apideck credentials were configured, or after {@link #close()}
   */
  public CrmClient crm() {
    return require(crm, "crm()", "Unisdk.builder().apideck(apiKey, appId, consumerId)");
  }

  /**
   * Returns the Apideck SMS client.
   *
   * @return the SMS client
   * @throws IllegalStateException when no Apideck credentials were configured, or after {@link #close()}
   */
  public SmsClient sms() {
    return require(sms, "sms()", "Unisdk.builder().apideck(apiKey, appId, consumerId)");
  }

  /**
   * Returns the Integrations client.
   *
   * @return the Integrations client
   * @throws IllegalStateException when no Integrations token was configured, or after {@link #close()}
   */
  public IntegrationsClient integrations() {
    return require(integrations, "integrations()",
        "Unisdk.builder().integrationsToken(token)");
  }

  /**
   * Returns the UnificationEngine client.
   *
   * @return the UnificationEngine client
   * @throws IllegalStateException when no UnificationEngine app credentials were configured, or
   *     after {@link #close()}
   */
  public UnificationEngineClient unificationEngine() {
    return require(unificationEngine, "unificationEngine()",
        "Unisdk.builder().unificationEngine(appKey, appSecret)");
  }

  /**
   * Tells whether Apideck credentials were configured ({@link #crm()} and {@link #sms()} work).
   *
   * @return true when configured
   */
  public boolean hasApideck() {
    return crm != null;
  }

  /**
   * Tells whether an Integrations token was configured.
   *
   * @return true when configured
   */
  public boolean hasIntegrations() {
    return integrations != null;
  }

  /**
   * Tells whether UnificationEngine app credentials were configured.
   *
   * @return true when configured
   */
  public boolean hasUnificationEngine() {
    return unificationEngine != null;
  }

  /** The OkHttp client every provider derives from (for tests in this package). */
  OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * Closes every client and, when unisdk created the HTTP stack, shuts down its dispatcher threads
   * and idle connections. A user-supplied {@code OkHttpClient} is never shut down. Idempotent; the
   * provider accessors throw {@link IllegalStateException} afterwards.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (crm != null) {
      crm.close();
      sms.close();
    }
    if (integrations != null) {
      integrations.close();
    }
    if (unificationEngine != null) {
      unificationEngine.close();
    }
    if (ownsHttpClient) {
      shutDown(httpClient);
    }
  }

  /**
   * Returns a Unisdk whose clients all use changed options (e.g. a longer read timeout); it shares this
   * one's connection pool and credentials, and closing it releases nothing.
   *
   * <pre>{@code
   * Unisdk patient = unisdk.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)));
   * }</pre>
   *
   * @param change edits a copy of each client's options
   * @return the derived Unisdk
   */
  public Unisdk withOptions(Consumer<ClientOptions.Builder> change) {
    Checks.notNull(change, "change");
    if (closed.get()) {
      throw new IllegalStateException("Unisdk is closed; withOptions(..) is no longer available");
    }
    return new Unisdk(httpClient, false,
        crm == null ? null : crm.withOptions(change),
        sms == null ? null : sms.withOptions(change),
        integrations == null ? null : integrations.withOptions(change),
        unificationEngine == null ? null : unificationEngine.withOptions(change));
  }

  @Override
  public String toString() {
    return "Unisdk{apideck=" + state(crm) + ", integrations=" + state(integrations)
        + ", unificationEngine=" + state(unificationEngine)
        + ", httpClient=" + (ownsHttpClient ? "owned" : "user-supplied")
        + (closed.get() ? ", closed" : "") + "}";
  }

  private static String state(Object client) {
    return client == null ? "not configured" : "configured";
  }

  private <T> T require(T client, String accessor, String whatToConfigure) {
    if (closed.get()) {
      throw new IllegalStateException("Unisdk is closed; " + accessor + " is no longer available");
    }
    if (client == null) {
      throw NotConfigured.exception("Unisdk." + accessor, whatToConfigure);
    }
    return client;
  }

  private static void shutDown(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  /**
   * Builds a {@link Unisdk}. Configure at least one provider; credentials are checked here, before
   * any request, and never appear in logs, messages or {@code toString()}.
   */
  public static final class Builder {
    private String apideckApiKey;
    private String apideckAppId;
    private String apideckConsumerId;
    private String apideckBaseUrl;
    private String integrationsToken;
    private String integrationsBaseUrl;
    private String ueAppKey;
    private String ueAppSecret;
    private String ueBaseUrl;
    private ClientOptions options;

    private Builder() {}

    /**
     * Configures Apideck Unify, used by {@link Unisdk#crm()} and {@link Unisdk#sms()}.
     *
     * @param apiKey the API key, sent as {@code Authorization: Bearer}
     * @param appId the Unify application id ({@code x-apideck-app-id})
     * @param consumerId the consumer to act for ({@code x-apideck-consumer-id}); derive others with
     *     {@code crm().forConsumer(id)}
     * @return this builder
     * @throws ValidationException when a value is null or blank
     */
    public Builder apideck(String apiKey, String appId, String consumerId) {
      this.apideckApiKey = Checks.notBlank(apiKey, "apiKey");
      this.apideckAppId = Checks.notBlank(appId, "appId");
      this.apideckConsumerId = Checks.notBlank(consumerId, "consumerId");
      return this;
    }

    /**
     * Overrides the Apideck base URL (default {@value Unisdk#DEFAULT_APIDECK_BASE_URL}).
     *
     * @param baseUrl an https URL, or http on a loopback host
     * @return this builder
     */
    public Builder apideckBaseUrl(String baseUrl) {
      this.apideckBaseUrl = Checks.notBlank(baseUrl, "apideckBaseUrl");
      return this;
    }

    /**
     * Configures the Integrations API, used by {@link Unisdk#integrations()}.
     *
     * @param token the Bearer token
     * @return this builder
     * @throws ValidationException when the token is null or blank
     */
    public Builder integrationsToken(String token) {
      this.integrationsToken = Checks.notBlank(token, "integrationsToken");
      return this;
    }

    /**
     * Overrides the Integrations base URL (default {@value IntegrationsClient#DEFAULT_BASE_URL}).
     *
     * @param baseUrl an https URL, or http on a loopback host
     * @return this builder
     */
    public Builder integrationsBaseUrl(String baseUrl) {
      this.integrationsBaseUrl = Checks.notBlank(baseUrl, "integrationsBaseUrl");
      return this;
    }

    /**
     * Configures UnificationEngine, used by {@link Unisdk#unificationEngine()}.
     *
     * @param appKey the application key (Basic auth user name)
     * @param appSecret the application secret (Basic auth password)
     * @return this builder
     * @throws ValidationException when a value is null or blank
     */
    public Builder unificationEngine(String appKey, String appSecret) {
      this.ueAppKey = Checks.notBlank(appKey, "appKey");
      this.ueAppSecret = Checks.notBlank(appSecret, "appSecret");
      return this;
    }

    /**
     * Overrides the UnificationEngine base URL (default {@value
     * UnificationEngineClient#DEFAULT_BASE_URL}).
     *
     * @param baseUrl an https URL, or http on a loopback host
     * @return this builder
     */
    public Builder unificationEngineBaseUrl(String baseUrl) {
      this.ueBaseUrl = Checks.notBlank(baseUrl, "unificationEngineBaseUrl");
      return this;
    }

    /**
     * Sets the options every provider uses: timeouts, retry policy, user agent, default headers,
     * sleeper, clock and, optionally, your own {@code OkHttpClient} to share. Their base URL is not
     * used (each provider has its own; see the {@code ...BaseUrl} setters), so start from {@link
     * Unisdk#optionsBuilder()}. The Integrations client swaps {@code RetryPolicy.defaults()} for its
     * API's own default policy, as it does when used alone.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(ClientOptions options) {
      this.options = Checks.notNull(options, "options");
      return this;
    }

    /**
     * Builds every configured client on one shared HTTP stack.
     *
     * @return the root client
     * @throws ValidationException when no provider is configured, or a base URL or option is invalid
     */
    public Unisdk build() {
      if (apideckApiKey == null && integrationsToken == null && ueAppKey == null) {
        throw new ValidationException("credentials",
            "configure at least one provider: apideck(...), integrationsToken(...) or unificationEngine(...)");
      }
      ClientOptions base = options != null ? options : optionsBuilder().build();
      boolean owns = base.httpClient() == null;
      OkHttpClient http = owns ? new OkHttpClient() : base.httpClient();
      ClientOptions shared = base.toBuilder().httpClient(http).build();
      CrmClient crm = null;
      SmsClient sms = null;
      IntegrationsClient integrations = null;
      UnificationEngineClient ue = null;
      try {
        if (apideckApiKey != null) {
          String url = apideckBaseUrl != null ? apideckBaseUrl : DEFAULT_APIDECK_BASE_URL;
          crm = CrmClient.builder().apiKey(apideckApiKey).appId(apideckAppId).consumerId(apideckConsumerId)
              .baseUrl(url).options(shared).build();
          sms = SmsClient.builder().apiKey(apideckApiKey).appId(apideckAppId).consumerId(apideckConsumerId)
              .baseUrl(url).options(shared).build();
        }
        if (integrationsToken != null) {
          integrations = IntegrationsClient.builder().token(integrationsToken)
              .baseUrl(integrationsBaseUrl != null ? integrationsBaseUrl : IntegrationsClient.DEFAULT_BASE_URL)
              .options(shared).build();
        }
        if (ueAppKey != null) {
          ue = UnificationEngineClient.builder().appKey(ueAppKey).appSecret(ueAppSecret)
              .baseUrl(ueBaseUrl != null ? ueBaseUrl : UnificationEngineClient.DEFAULT_BASE_URL)
              .options(shared).build();
        }
      } catch (RuntimeException e) {
        if (owns) {
          shutDown(http);
        }
        throw e;
      }
      return new Unisdk(http, owns, crm, sms, integrations, ue);
    }
  }
}
