package dev.unisdk.examples.readme;

import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Company;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.Note;
import dev.unisdk.crm.model.SortDirection;

/** README: CRM quick start. */
final class CrmSnippets {
  private CrmSnippets() {}

  static Contact crud(CrmClient crm) {
    String companyId = crm.companies().create(Company.builder().name("Acme Rockets").build()).id();
    String contactId = crm.contacts().create(Contact.builder()
        .name("Ada Lovelace").companyId(companyId).title("CTO").build()).id();
    crm.notes().create(Note.builder().title("Intro call").contactId(contactId).build());

    crm.contacts().update(contactId, Contact.builder().title(null).build()); // PATCH: clears title, nothing else
    Contact ada = crm.contacts().get(contactId);                              // ada.title() == null

    for (Contact c : crm.contacts().list(ContactListParams.builder()
        .filter(f -> f.companyId(companyId))
        .sort(ContactsSortBy.NAME, SortDirection.ASC)
        .build())) {
      System.out.println(c.name());
    }
    crm.contacts().delete(contactId);
    return ada;
  }

  static CrmClient derived(CrmClient crm) {
    CrmClient globexHubspot = crm.forConsumer("globex").withServiceId("hubspot"); // shares the connection pool
    return globexHubspot;
  }
}
