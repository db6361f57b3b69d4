package dev.unisdk.apideck;

import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.core.ClientOptions;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What every Apideck client shares: the session (connection pool, API key, app id), the consumer and
 * service it calls for, cheap derived clients and closing. {@code CrmClient} and {@code SmsClient}
 * extend it and only add their services. Thread-safe.
 *
 * @param <C> the concrete client type
 */
public abstract class ApideckClient<C extends ApideckClient<C>> implements AutoCloseable {
  private final ApideckSession session;

  /**
   * Creates a client over a session. For provider modules: the clients' builders call it.
   *
   * @param session the session
   */
  protected ApideckClient(ApideckSession session) {
    this.session = session;
  }

  /**
   * Creates a client of the concrete type over a derived session.
   *
   * @param session the derived session, sharing this client's transport
   * @return the client
   */
  protected abstract C withSession(ApideckSession session);

  /**
   * Returns a client acting for another consumer. It shares this client's connection pool and
   * threads, costs a few small objects, and needs no closing.
   *
   * @param consumerId the consumer id sent as {@code x-apideck-consumer-id}
   * @return the derived client
   */
  public C forConsumer(String consumerId) {
    return withSession(session.withConsumerId(consumerId));
  }

  /**
   * Returns a client calling a given connector (e.g. {@code "hubspot"}), sharing this client's pool.
   *
   * @param serviceId the service id sent as {@code x-apideck-service-id}, or null to send none
   * @return the derived client
   */
  public C withServiceId(@Nullable String serviceId) {
    return withSession(session.withServiceId(serviceId));
  }

  /**
   * Returns a client with changed options (e.g. a longer read timeout, more retries, a default header)
   * that shares this client's connection pool, credentials, consumer and service. It needs no closing.
   *
   * <pre>{@code
   * CrmClient patient = crm.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)));
   * }</pre>
   *
   * @param change edits a copy of the options
   * @return the derived client
   */
  public C withOptions(Consumer<ClientOptions.Builder> change) {
    return withSession(session.withOptions(change));
  }

  /**
   * Returns the client options in effect.
   *
   * @return the options
   */
  public ClientOptions options() {
    return session.options();
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
  public @Nullable String serviceId() {
    return session.serviceId();
  }

  /**
   * Releases the connection pool and threads of a client built by its builder (never a user-supplied
   * {@code OkHttpClient}); derived clients do nothing.
   */
  @Override
  public void close() {
    session.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{appId=" + session.appId() + ", consumerId=" + session.consumerId()
        + ", serviceId=" + session.serviceId() + "}";
  }
}
