package dev.unisdk.sms;

import dev.unisdk.apideck.internal.ApideckSession;
import dev.unisdk.core.ClientOptions;

/**
 * The Apideck SMS API client: send, list, read, update and delete SMS and MMS messages. Build one per application and share it: it is thread-safe and owns a connection pool.
 * Every request carries {@code Authorization: Bearer <apiKey>}, {@code x-apideck-app-id},
 * {@code x-apideck-consumer-id} and, when set, {@code x-apideck-service-id}.
 *
 * <pre>{@code
 * SmsClient sms = SmsClient.builder().apiKey(key).appId(appId).consumerId("acme").build();
 * String id = sms.messages().create(Message.builder()
 *     .from("+15017122661").to("+15017122662").body("Hi!").type(MessageType.SMS).build()).id();
 * for (Message m : sms.forConsumer("globex").withServiceId("twilio").messages().list()) { ... }
 * }</pre>
 */
public final class SmsClient implements AutoCloseable {
  private final ApideckSession session;
  private final MessagesService messages;

  private SmsClient(ApideckSession session) {
    this.session = session;
    this.messages = new MessagesService(session);
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
   * Returns messages: {@code /sms/messages}.
   *
   * @return the messages service
   */
  public MessagesService messages() {
    return messages;
  }

  /**
   * Returns a client acting for another consumer. It shares this client's connection pool and
   * threads, costs a few small objects, and needs no closing.
   *
   * @param consumerId the consumer id sent as {@code x-apideck-consumer-id}
   * @return the derived client
   */
  public SmsClient forConsumer(String consumerId) {
    return new SmsClient(session.withConsumerId(consumerId));
  }

  /**
   * Returns a client calling a given connector (e.g. {@code "hubspot"}), sharing this client's pool.
   *
   * @param serviceId the service id sent as {@code x-apideck-service-id}, or null to send none
   * @return the derived client
   */
  public SmsClient withServiceId(String serviceId) {
    return new SmsClient(session.withServiceId(serviceId));
  }

  /**
   * Returns the consumer this client acts for.
   *
   * @return the consumer id
   */
  public String consumerId() {
    return session.consumerId();
  }

  /**
   * Returns the connector this client calls.
   *
   * @return the service id, or null when none is set
   */
  public String serviceId() {
    return session.serviceId();
  }

  /**
   * Releases the connection pool and threads of a client built by {@link Builder#build()} (never a
   * user-supplied {@code OkHttpClient}); derived clients do nothing.
   */
  @Override
  public void close() {
    session.close();
  }

  @Override
  public String toString() {
    return "SmsClient{appId=" + session.appId() + ", consumerId=" + session.consumerId() + ", serviceId="
        + session.serviceId() + "}";
  }

  /** Builds a {@link SmsClient}. API key, app id and consumer id are required. */
  public static final class Builder {
    private final ApideckSession.Builder session = ApideckSession.builder();

    private Builder() {}

    /**
     * Sets the Apideck API key, sent as {@code Authorization: Bearer}. Never logged.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      session.apiKey(apiKey);
      return this;
    }

    /**
     * Sets the id of your Unify application ({@code x-apideck-app-id}).
     *
     * @param appId the app id
     * @return this builder
     */
    public Builder appId(String appId) {
      session.appId(appId);
      return this;
    }

    /**
     * Sets the consumer to act for ({@code x-apideck-consumer-id}).
     *
     * @param consumerId the consumer id
     * @return this builder
     */
    public Builder consumerId(String consumerId) {
      session.consumerId(consumerId);
      return this;
    }

    /**
     * Sets the connector to call ({@code x-apideck-service-id}), needed when the consumer has several.
     *
     * @param serviceId the service id, or null for none
     * @return this builder
     */
    public Builder serviceId(String serviceId) {
      session.serviceId(serviceId);
      return this;
    }

    /**
     * Sets the base URL (default {@code https://unify.apideck.com}); wins over the options' base URL.
     *
     * @param baseUrl an https URL, or http on a loopback host
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      session.baseUrl(baseUrl);
      return this;
    }

    /**
     * Sets timeouts, retries, user agent, an own {@code OkHttpClient}...
     *
     * @param options the client options
     * @return this builder
     */
    public Builder options(ClientOptions options) {
      session.options(options);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws dev.unisdk.core.errors.ValidationException when a required setting is missing
     */
    public SmsClient build() {
      return new SmsClient(session.build());
    }
  }
}
