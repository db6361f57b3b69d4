package dev.unisdk.crm;

import dev.unisdk.apideck.internal.ApideckSession;
import dev.unisdk.core.ClientOptions;

/**
 * The Apideck CRM API client: companies, contacts, leads, opportunities, pipelines, notes, users and
 * activities. Build one per application and share it: it is thread-safe and owns a connection pool.
 * Every request carries {@code Authorization: Bearer <apiKey>}, {@code x-apideck-app-id},
 * {@code x-apideck-consumer-id} and, when set, {@code x-apideck-service-id}.
 *
 * <pre>{@code
 * CrmClient crm = CrmClient.builder().apiKey(key).appId(appId).consumerId("acme").build();
 * for (Contact c : crm.contacts().list()) { ... }               // pages lazily
 * String id = crm.contacts().create(Contact.builder().name("Ada Lovelace").build()).id();
 * crm.forConsumer("globex").withServiceId("hubspot").companies().get(companyId);
 * }</pre>
 */
public final class CrmClient implements AutoCloseable {
  private final ApideckSession session;
  private final CompaniesService companies;
  private final ContactsService contacts;
  private final LeadsService leads;
  private final OpportunitiesService opportunities;
  private final PipelinesService pipelines;
  private final NotesService notes;
  private final UsersService users;
  private final ActivitiesService activities;

  private CrmClient(ApideckSession session) {
    this.session = session;
    this.companies = new CompaniesService(session);
    this.contacts = new ContactsService(session);
    this.leads = new LeadsService(session);
    this.opportunities = new OpportunitiesService(session);
    this.pipelines = new PipelinesService(session);
    this.notes = new NotesService(session);
    this.users = new UsersService(session);
    this.activities = new ActivitiesService(session);
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
   * Returns companies: {@code /crm/companies}.
   *
   * @return the companies service
   */
  public CompaniesService companies() {
    return companies;
  }

  /**
   * Returns contacts: {@code /crm/contacts}.
   *
   * @return the contacts service
   */
  public ContactsService contacts() {
    return contacts;
  }

  /**
   * Returns leads: {@code /crm/leads}.
   *
   * @return the leads service
   */
  public LeadsService leads() {
    return leads;
  }

  /**
   * Returns opportunities: {@code /crm/opportunities}.
   *
   * @return the opportunities service
   */
  public OpportunitiesService opportunities() {
    return opportunities;
  }

  /**
   * Returns pipelines: {@code /crm/pipelines}.
   *
   * @return the pipelines service
   */
  public PipelinesService pipelines() {
    return pipelines;
  }

  /**
   * Returns notes: {@code /crm/notes}.
   *
   * @return the notes service
   */
  public NotesService notes() {
    return notes;
  }

  /**
   * Returns users: {@code /crm/users}.
   *
   * @return the users service
   */
  public UsersService users() {
    return users;
  }

  /**
   * Returns activities: {@code /crm/activities}.
   *
   * @return the activities service
   */
  public ActivitiesService activities() {
    return activities;
  }

  /**
   * Returns a client acting for another consumer. It shares this client's connection pool and
   * threads, costs a few small objects, and needs no closing.
   *
   * @param consumerId the consumer id sent as {@code x-apideck-consumer-id}
   * @return the derived client
   */
  public CrmClient forConsumer(String consumerId) {
    return new CrmClient(session.withConsumerId(consumerId));
  }

  /**
   * Returns a client calling a given connector (e.g. {@code "hubspot"}), sharing this client's pool.
   *
   * @param serviceId the service id sent as {@code x-apideck-service-id}, or null to send none
   * @return the derived client
   */
  public CrmClient withServiceId(String serviceId) {
    return new CrmClient(session.withServiceId(serviceId));
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
    return "CrmClient{appId=" + session.appId() + ", consumerId=" + session.consumerId() + ", serviceId="
        + session.serviceId() + "}";
  }

  /** Builds a {@link CrmClient}. API key, app id and consumer id are required. */
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
    public CrmClient build() {
      return new CrmClient(session.build());
    }
  }
}
