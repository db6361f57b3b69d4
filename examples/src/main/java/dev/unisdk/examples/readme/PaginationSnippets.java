package dev.unisdk.examples.readme;

import dev.unisdk.apideck.ApideckListResponse;
import dev.unisdk.core.Page;
import dev.unisdk.core.PagedIterable;
import dev.unisdk.crm.ContactListParams;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import java.util.List;
import java.util.stream.Collectors;

/** README: "Pagination". */
final class PaginationSnippets {
  private PaginationSnippets() {}

  static List<String> pages(CrmClient crm) {
    PagedIterable<Contact> contacts = crm.contacts().list(ContactListParams.builder().limit(100).build());

    for (Contact c : contacts) { /* every contact; page N+1 is fetched when page N is used up */ }

    for (Page<Contact> page : contacts.pages()) {          // page by page
      System.out.println(page.items().size() + " contacts, more: " + page.hasNext());
    }

    List<String> firstTen = contacts.stream().limit(10).map(Contact::name).collect(Collectors.toList());

    ApideckListResponse<Contact> one = crm.contacts().withRawResponse().list(ContactListParams.builder().limit(20).build()).value();
    String cursor = one.nextCursor();                      // null on the last page
    ApideckListResponse<Contact> next = crm.contacts().withRawResponse().list(ContactListParams.builder().cursor(cursor).build()).value();
    return firstTen;
  }

  /** The README block "Pagination", verbatim. */
  static void readmePagination(CrmClient crm) {
    PagedIterable<Contact> contacts = crm.contacts().list(ContactListParams.builder().limit(100).build());

    for (Contact c : contacts) { /* every contact; page N+1 is fetched when page N is used up */ }

    for (Page<Contact> page : contacts.pages()) {          // page by page
      System.out.println(page.items().size() + " contacts, more: " + page.hasNext());
    }

    List<String> firstTen = contacts.stream().limit(10).map(Contact::name).collect(Collectors.toList());

    ApideckListResponse<Contact> one = crm.contacts().withRawResponse()
        .list(ContactListParams.builder().limit(20).build()).value();   // one page with its envelope
    String cursor = one.nextCursor();                      // null on the last page
    ApideckListResponse<Contact> next = crm.contacts().withRawResponse()
        .list(ContactListParams.builder().cursor(cursor).build()).value();
  }
}
