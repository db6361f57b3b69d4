package dev.unisdk.examples.readme;

import dev.unisdk.core.AsyncPager;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.DataRecord;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Category;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** README: "Pagination" > async auto-pagination. */
final class AsyncPagingSnippets {
  private AsyncPagingSnippets() {}

  static void pager(CrmClient crm, IntegrationsClient integrations, String connectionId, String stopAt) {
    AsyncPager<Contact> pager = crm.contacts().listAsync(ContactListParams.builder().limit(100).build());

    CompletableFuture<Void> done = pager.forEach(c -> index(c));        // completes after the last page
    CompletableFuture<Void> some = pager.forEachWhile(c -> !c.id().equals(stopAt)); // false: stop, no more requests
    CompletableFuture<List<Contact>> first250 = pager.toList(250);      // at most 250; pager.toList() for all

    pager.firstPage().thenCompose(page -> {                             // page by page
      handle(page.items());
      return page.hasNext() ? page.next() : CompletableFuture.completedFuture(null);
    });

    AsyncPager<DataRecord> records = integrations.data(connectionId, Category.CRM, "contact")
        .listAsync(DataQuery.builder().limit(50).build());               // offset paging, same methods
    CompletableFuture.allOf(done, some, first250, records.toList(10)).join();
  }

  private static void index(Contact contact) {
    System.out.println(contact.id());
  }

  private static void handle(List<Contact> contacts) {
    System.out.println(contacts.size());
  }
}
