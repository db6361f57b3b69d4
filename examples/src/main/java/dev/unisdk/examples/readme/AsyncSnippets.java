package dev.unisdk.examples.readme;

import dev.unisdk.core.Page;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.DataRecord;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** README: "Async". */
final class AsyncSnippets {
  private AsyncSnippets() {}

  static String both(CrmClient crm, IntegrationsClient integrations, String contactId, String connectionId) {
    CompletableFuture<Contact> contact = crm.contacts().getAsync(contactId);
    CompletableFuture<List<Connection>> connections = integrations.connections().listAsync();
    String summary = contact.thenCombine(connections, (c, list) -> c.name() + " / " + list.size() + " connections")
        .join();

    CompletableFuture<Page<DataRecord>> page = integrations.data(connectionId, Category.CRM, "contact")
        .listPageAsync(DataQuery.defaults());
    page.cancel(true);                                      // cancels the HTTP call and any scheduled retry
    return summary;
  }
}
