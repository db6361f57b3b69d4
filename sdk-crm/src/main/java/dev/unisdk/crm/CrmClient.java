package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckClient;
import dev.unisdk.apideck.ApideckClientBuilder;
import dev.unisdk.apideck.spi.ApideckSession;

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
public final class CrmClient extends ApideckClient<CrmClient> {
  private final CompaniesService companies;
  private final ContactsService contacts;
  private final LeadsService leads;
  private final OpportunitiesService opportunities;
  private final PipelinesService pipelines;
  private final NotesService notes;
  private final UsersService users;
  private final ActivitiesService activities;

  private CrmClient(ApideckSession session) {
    super(session);
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

  @Override
  protected CrmClient withSession(ApideckSession session) {
    return new CrmClient(session);
  }

  /** Builds a {@link CrmClient}. API key, app id and consumer id are required. */
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
    public CrmClient build() {
      return new CrmClient(buildSession());
    }
  }
}
