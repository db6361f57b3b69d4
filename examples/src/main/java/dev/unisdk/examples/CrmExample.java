package dev.unisdk.examples;

import dev.unisdk.apideck.ApideckError;
import dev.unisdk.core.Page;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.UnprocessableEntityException;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Company;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.ContactType;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.Email;
import dev.unisdk.crm.model.EmailType;
import dev.unisdk.crm.model.Note;
import dev.unisdk.crm.model.Opportunity;
import dev.unisdk.crm.model.SortDirection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Apideck CRM: create a company, contacts in it, an opportunity and a note; list the company's
 * contacts with a filter and a sort, two per page; clear a field with a PATCH; delete; handle a 404
 * and a 422.
 *
 * <p>Real service: set {@code APIDECK_API_KEY}, {@code APIDECK_APP_ID}, {@code APIDECK_CONSUMER_ID}.
 */
public final class CrmExample {
  private CrmExample() {}

  /** Runs the example on its own. */
  public static void main(String[] args) {
    ExampleContext.runMain("CrmExample", CrmExample::run);
  }

  /** The example's steps. */
  public static void run(ExampleContext ctx) {
    CrmClient crm = ctx.unisdk().crm();

    // Create a company, three contacts in it, an opportunity and a note.
    String companyId = crm.companies().create(Company.builder().name("Analytical Engines Ltd").build()).id();
    ctx.say("created company %s", companyId);
    List<String> contactIds = new ArrayList<>();
    for (String name : new String[] {"Grace Hopper", "Ada Lovelace", "Alan Turing"}) {
      Contact contact = Contact.builder()
          .name(name)
          .firstName(name.substring(0, name.indexOf(' ')))
          .lastName(name.substring(name.indexOf(' ') + 1))
          .companyId(companyId)
          .title("Engineer")
          .addEmail(Email.builder()
              .email(name.toLowerCase().replace(' ', '.') + "@example.com").type(EmailType.WORK).build())
          .build();
      contactIds.add(crm.contacts().create(contact).id());
    }
    ctx.say("created contacts %s in company %s", contactIds, companyId);
    String ada = contactIds.get(1);

    String opportunityId = crm.opportunities().create(Opportunity.builder()
        .title("Difference engine, second edition")
        .primaryContactId(ada)
        .companyId(companyId)
        .monetaryAmount(new BigDecimal("25000.00"))
        .build()).id();
    ctx.say("created opportunity %s for contact %s", opportunityId, ada);
    String noteId = crm.notes().create(Note.builder()
        .title("Kick-off")
        .content("Ada wants the notes on the Analytical Engine included.")
        .contactId(ada).companyId(companyId).opportunityId(opportunityId)
        .build()).id();
    ctx.say("created note %s", noteId);

    // List with a filter and a sort, two per page: the SDK fetches the next page only when needed.
    ContactListParams params = ContactListParams.builder()
        .filter(f -> f.companyId(companyId))
        .sort(ContactsSortBy.NAME, SortDirection.ASC)
        .limit(2)
        .build();
    int pages = 0;
    List<String> names = new ArrayList<>();
    for (Page<Contact> page : crm.contacts().list(params).pages()) {
      pages++;
      List<String> onPage = page.items().stream().map(Contact::name).collect(Collectors.toList());
      names.addAll(onPage);
      ctx.say("contacts page %d: %s (next cursor: %s)", pages, onPage, page.hasNext() ? "yes" : "none");
    }
    ctx.check(names.equals(List.of("Ada Lovelace", "Alan Turing", "Grace Hopper")),
        "the three contacts sorted by name, got " + names);
    ctx.check(pages == 2, "two pages of at most two contacts, got " + pages);

    // PATCH sends only what was set: title is sent as an explicit null (cleared), the rest untouched.
    crm.contacts().update(ada, Contact.builder().title(null).description("Met at the Royal Society").build());
    Contact updated = crm.contacts().get(ada);
    ctx.say("updated contact %s: title=%s, description=%s, name still %s",
        ada, updated.title(), updated.description(), updated.name());
    ctx.check(updated.title() == null && updated.titleField().isNull(), "the title to be cleared");

    // Delete everything we created.
    crm.notes().delete(noteId);
    crm.opportunities().delete(opportunityId);
    for (String id : contactIds) {
      crm.contacts().delete(id);
    }
    crm.companies().delete(companyId);
    ctx.say("deleted note, opportunity, %d contacts and the company", contactIds.size());

    // A 404: the contact is gone.
    try {
      crm.contacts().get(ada);
      ctx.check(false, "a 404 for a deleted contact");
    } catch (NotFoundException e) {
      ApideckError error = ApideckError.of(e);
      ctx.say("404 as expected: type=%s, message=%s, request id=%s", error.type(), error.message(), e.requestId());
    }

    // A 422: the server rejects a value the SDK cannot know is wrong (contact types are an open enum).
    try {
      crm.contacts().create(Contact.builder().name("Charles Babbage").type(ContactType.of("martian")).build());
      ctx.check(false, "a 422 for an unknown contact type");
    } catch (UnprocessableEntityException e) {
      ApideckError error = ApideckError.of(e);
      ctx.say("422 as expected: type=%s, detail=%s", error.type(), error.detailText());
    }
  }
}
