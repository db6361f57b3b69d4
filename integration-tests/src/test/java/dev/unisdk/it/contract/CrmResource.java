package dev.unisdk.it.contract;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.crm.ActivityListParams;
import dev.unisdk.crm.CompanyListParams;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.CrmListParams;
import dev.unisdk.crm.LeadListParams;
import dev.unisdk.crm.NoteListParams;
import dev.unisdk.crm.OpportunityListParams;
import dev.unisdk.crm.PipelineListParams;
import dev.unisdk.crm.UserListParams;
import dev.unisdk.crm.model.Activity;
import dev.unisdk.crm.model.Company;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.Lead;
import dev.unisdk.crm.model.Note;
import dev.unisdk.crm.model.Opportunity;
import dev.unisdk.crm.model.Pipeline;
import dev.unisdk.crm.model.User;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One CRM resource as the contract tests drive it: its SDK service, list parameters, the documented
 * create example, and an update that changes one field and clears another.
 *
 * @param <T> the model
 * @param <P> the list parameters
 */
final class CrmResource<T, P extends CrmListParams> {
  final String name;
  final Class<T> type;
  final Function<CrmClient, ApideckResourceService<T, P>> service;
  final Function<Consumer<CrmListParams.Builder<?>>, P> params;
  /** The update body: sets {@link #changedField} to {@link #newValue}, clears {@link #clearedField}. */
  final T update;
  final String changedField;
  final String newValue;
  final String clearedField;
  /** A descriptive field for the {@code fields} projection. */
  final String labelField;
  /** Fields the API accepts but never returns (write-only). */
  final Set<String> writeOnly;

  private CrmResource(String name, Class<T> type, Function<CrmClient, ApideckResourceService<T, P>> service,
      Function<Consumer<CrmListParams.Builder<?>>, P> params, T update, String changedField, String newValue,
      String clearedField, String labelField, Set<String> writeOnly) {
    this.name = name;
    this.type = type;
    this.service = service;
    this.params = params;
    this.update = update;
    this.changedField = changedField;
    this.newValue = newValue;
    this.clearedField = clearedField;
    this.labelField = labelField;
    this.writeOnly = writeOnly;
  }

  /** The documented create body of this resource, deserialized into the SDK model. */
  T createBody() {
    return Contract.exampleAs("crm/" + name + "-add.request.json", type);
  }

  /** List parameters built by {@code spec}. */
  P params(Consumer<CrmListParams.Builder<?>> spec) {
    return params.apply(spec);
  }

  @Override
  public String toString() {
    return name;
  }

  static final CrmResource<Company, CompanyListParams> COMPANIES = new CrmResource<>("companies", Company.class,
      CrmClient::companies, spec -> {
        CompanyListParams.Builder b = CompanyListParams.builder();
        spec.accept(b);
        return b.build();
      }, Company.builder().description("Makes rockets reusable").vatNumber(null).build(),
      "description", "Makes rockets reusable", "vat_number", "name", Set.of());

  static final CrmResource<Contact, ContactListParams> CONTACTS = new CrmResource<>("contacts", Contact.class,
      CrmClient::contacts, spec -> {
        ContactListParams.Builder b = ContactListParams.builder();
        spec.accept(b);
        return b.build();
      }, Contact.builder().title("CTO").department(null).build(), "title", "CTO", "department", "name", Set.of());

  static final CrmResource<Lead, LeadListParams> LEADS = new CrmResource<>("leads", Lead.class,
      CrmClient::leads, spec -> {
        LeadListParams.Builder b = LeadListParams.builder();
        spec.accept(b);
        return b.build();
      }, Lead.builder().title("CFO").fax(null).build(), "title", "CFO", "fax", "name", Set.of());

  static final CrmResource<Opportunity, OpportunityListParams> OPPORTUNITIES = new CrmResource<>("opportunities",
      Opportunity.class, CrmClient::opportunities, spec -> {
        OpportunityListParams.Builder b = OpportunityListParams.builder();
        spec.accept(b);
        return b.build();
      }, Opportunity.builder().description("Second stage booster").lossReason(null).build(),
      "description", "Second stage booster", "loss_reason", "title", Set.of());

  static final CrmResource<Pipeline, PipelineListParams> PIPELINES = new CrmResource<>("pipelines", Pipeline.class,
      CrmClient::pipelines, spec -> {
        PipelineListParams.Builder b = PipelineListParams.builder();
        spec.accept(b);
        return b.build();
      }, Pipeline.builder().name("Renewals").displayOrder((Long) null).build(), "name", "Renewals",
      "display_order", "name", Set.of());

  static final CrmResource<Note, NoteListParams> NOTES = new CrmResource<>("notes", Note.class,
      CrmClient::notes, spec -> {
        NoteListParams.Builder b = NoteListParams.builder();
        spec.accept(b);
        return b.build();
      }, Note.builder().content("Office hours are 8AM-5PM").ownerId(null).build(), "content",
      "Office hours are 8AM-5PM", "owner_id", "title", Set.of());

  static final CrmResource<User, UserListParams> USERS = new CrmResource<>("users", User.class,
      CrmClient::users, spec -> {
        UserListParams.Builder b = UserListParams.builder();
        spec.accept(b);
        return b.build();
      }, User.builder().title("CEO and CTO").division(null).build(), "title", "CEO and CTO", "division",
      "username", Set.of("password"));

  static final CrmResource<Activity, ActivityListParams> ACTIVITIES = new CrmResource<>("activities", Activity.class,
      CrmClient::activities, spec -> {
        ActivityListParams.Builder b = ActivityListParams.builder();
        spec.accept(b);
        return b.build();
      }, Activity.builder().title("Debrief").location(null).build(), "title", "Debrief", "location", "title",
      Set.of());

  /** All eight, in the documents' order. */
  static List<CrmResource<?, ?>> all() {
    return List.of(COMPANIES, CONTACTS, LEADS, OPPORTUNITIES, PIPELINES, NOTES, USERS, ACTIVITIES);
  }
}
