package dev.unisdk.fakeserver.internal.integrations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The integration catalogue and the object types each category serves. Immutable. */
final class Catalogue {
  /** The 12 documented categories, in the document's order. */
  static final List<String> CATEGORIES = List.of(
      "crm", "ticketing", "calendar", "messaging", "storage", "task", "ats", "accounting",
      "ecommerce", "hr", "enrichment", "marketing");

  /** Object types per category (Unified.to names). */
  static final Map<String, List<String>> OBJECT_TYPES = Map.ofEntries(
      Map.entry("crm", List.of("contact", "company", "deal", "lead", "event", "pipeline")),
      Map.entry("ticketing", List.of("ticket", "customer", "note")),
      Map.entry("calendar", List.of("calendar", "event")),
      Map.entry("messaging", List.of("channel", "message")),
      Map.entry("storage", List.of("file")),
      Map.entry("task", List.of("project", "task")),
      Map.entry("ats", List.of("candidate", "job", "application")),
      Map.entry("accounting", List.of("account", "contact", "invoice", "transaction")),
      Map.entry("ecommerce", List.of("item", "collection", "inventory")),
      Map.entry("hr", List.of("employee", "group")),
      Map.entry("enrichment", List.of("person", "company")),
      Map.entry("marketing", List.of("list", "member")));

  /** One catalogue entry; {@code unsupported} holds "category/objectType" pairs it does not serve. */
  record Integration(String type, String name, List<String> categories, Set<String> unsupported) {
    boolean supports(String category, String objectType) {
      return categories.contains(category)
          && OBJECT_TYPES.getOrDefault(category, List.of()).contains(objectType)
          && !unsupported.contains(category + "/" + objectType);
    }
  }

  static final Map<String, Integration> INTEGRATIONS = index(List.of(
      new Integration("hubspot", "HubSpot", List.of("crm", "marketing", "ticketing"), Set.of()),
      new Integration("salesforce", "Salesforce", List.of("crm", "marketing"), Set.of()),
      new Integration("pipedrive", "Pipedrive", List.of("crm"), Set.of("crm/lead", "crm/pipeline")),
      new Integration("zohocrm", "Zoho CRM", List.of("crm"), Set.of()),
      new Integration("zendesk", "Zendesk", List.of("ticketing", "crm"), Set.of("crm/pipeline")),
      new Integration("freshdesk", "Freshdesk", List.of("ticketing"), Set.of()),
      new Integration("jira", "Jira", List.of("task", "ticketing"), Set.of()),
      new Integration("asana", "Asana", List.of("task"), Set.of()),
      new Integration("googlecalendar", "Google Calendar", List.of("calendar"), Set.of()),
      new Integration("googledrive", "Google Drive", List.of("storage"), Set.of()),
      new Integration("dropbox", "Dropbox", List.of("storage"), Set.of()),
      new Integration("slack", "Slack", List.of("messaging"), Set.of()),
      new Integration("microsoftteams", "Microsoft Teams", List.of("messaging", "calendar"), Set.of()),
      new Integration("greenhouse", "Greenhouse", List.of("ats"), Set.of()),
      new Integration("lever", "Lever", List.of("ats"), Set.of()),
      new Integration("quickbooks", "QuickBooks", List.of("accounting"), Set.of()),
      new Integration("xero", "Xero", List.of("accounting"), Set.of()),
      new Integration("shopify", "Shopify", List.of("ecommerce"), Set.of()),
      new Integration("bamboohr", "BambooHR", List.of("hr"), Set.of()),
      new Integration("clearbit", "Clearbit", List.of("enrichment"), Set.of()),
      new Integration("mailchimp", "Mailchimp", List.of("marketing"), Set.of())));

  private Catalogue() {}

  private static Map<String, Integration> index(List<Integration> list) {
    Map<String, Integration> map = new LinkedHashMap<>();
    for (Integration i : list) {
      map.put(i.type(), i);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** The catalogue entry as JSON. */
  static ObjectNode toJson(Integration integration) {
    ObjectNode node = FakeJson.object();
    node.put("type", integration.type());
    node.put("name", integration.name());
    ArrayNode categories = node.putArray("categories");
    integration.categories().forEach(categories::add);
    ObjectNode objects = node.putObject("object_types");
    for (String category : integration.categories()) {
      ArrayNode types = objects.putArray(category);
      for (String type : OBJECT_TYPES.get(category)) {
        if (!integration.unsupported().contains(category + "/" + type)) {
          types.add(type);
        }
      }
    }
    node.put("description", integration.name() + " (served by the unisdk fake server)");
    node.put("web_url", "https://www." + integration.type() + ".example");
    node.put("is_active", true);
    node.put("in_progress", false);
    return node;
  }
}
