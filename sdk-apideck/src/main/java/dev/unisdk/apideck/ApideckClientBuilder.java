package dev.unisdk.apideck;

import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.core.ClientOptions;
import org.jspecify.annotations.Nullable;

/**
 * The settings every Apideck client builder takes: API key, app id, consumer id (required), service
 * id, base URL and client options. {@code CrmClient.Builder} and {@code SmsClient.Builder} extend it
 * and only add {@code build()}.
 *
 * @param <B> the concrete builder type
 */
public abstract class ApideckClientBuilder<B extends ApideckClientBuilder<B>> {
  private final ApideckSession.Builder session = ApideckSession.builder();

  /** Creates a builder. */
  protected ApideckClientBuilder() {}

  /**
   * Returns this builder as its concrete type.
   *
   * @return this
   */
  protected abstract B self();

  /**
   * Builds the session (transport, Bearer auth and Apideck headers) the client is made of. Not API.
   *
   * @return a new session owning its transport
   * @throws dev.unisdk.core.errors.ValidationException when a required setting is missing
   */
  protected final ApideckSession buildSession() {
    return session.build();
  }

  /**
   * Sets the Apideck API key, sent as {@code Authorization: Bearer}. Never logged.
   *
   * @param apiKey the key
   * @return this builder
   */
  public B apiKey(String apiKey) {
    session.apiKey(apiKey);
    return self();
  }

  /**
   * Sets the id of your Unify application ({@code x-apideck-app-id}).
   *
   * @param appId the app id
   * @return this builder
   */
  public B appId(String appId) {
    session.appId(appId);
    return self();
  }

  /**
   * Sets the consumer to act for ({@code x-apideck-consumer-id}).
   *
   * @param consumerId the consumer id
   * @return this builder
   */
  public B consumerId(String consumerId) {
    session.consumerId(consumerId);
    return self();
  }

  /**
   * Sets the connector to call ({@code x-apideck-service-id}), needed when the consumer has several.
   *
   * @param serviceId the service id, or null for none
   * @return this builder
   */
  public B serviceId(@Nullable String serviceId) {
    session.serviceId(serviceId);
    return self();
  }

  /**
   * Sets the base URL (default {@code https://unify.apideck.com}); wins over the options' base URL.
   *
   * @param baseUrl an https URL, or http on a loopback host
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    session.baseUrl(baseUrl);
    return self();
  }

  /**
   * Sets timeouts, retries, user agent, an own {@code OkHttpClient}...
   *
   * @param options the client options
   * @return this builder
   */
  public B options(ClientOptions options) {
    session.options(options);
    return self();
  }
}
