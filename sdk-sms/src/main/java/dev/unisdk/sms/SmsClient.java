package dev.unisdk.sms;

import dev.unisdk.apideck.ApideckClient;
import dev.unisdk.apideck.ApideckClientBuilder;
import dev.unisdk.apideck.spi.ApideckSession;

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
public final class SmsClient extends ApideckClient<SmsClient> {
  private final MessagesService messages;

  private SmsClient(ApideckSession session) {
    super(session);
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

  @Override
  protected SmsClient withSession(ApideckSession session) {
    return new SmsClient(session);
  }

  /** Builds a {@link SmsClient}. API key, app id and consumer id are required. */
  public static final class Builder extends ApideckClientBuilder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws dev.unisdk.core.errors.ValidationException when a required setting is missing
     */
    public SmsClient build() {
      return new SmsClient(buildSession());
    }
  }
}
