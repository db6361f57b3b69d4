package dev.unisdk.examples.readme;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.DataRecord;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.PassthroughParams;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.integrations.model.Connection;

/** README: Integrations quick start. */
final class IntegrationsSnippets {
  private IntegrationsSnippets() {}

  static JsonNode connectReadPassthrough(IntegrationsClient api) {
    ConnectResponse session = api.connections().connect(ConnectParams.builder()
        .integrationType("hubspot").categories(Category.CRM)
        .redirectUrl("https://app.example.com/connected").build());
    System.out.println("Send the user to " + session.url());
    // ... after the user has authorized:
    Connection connection = api.connections().complete(session.connectionId());

    for (DataRecord contact : api.data(connection.id(), Category.CRM, "contact")
        .list(DataQuery.builder().query("acme").limit(100).build())) {
      System.out.println(contact.id() + " " + contact.getString("name"));
    }
    JsonNode raw = api.passthrough(connection.id(), PassthroughParams.get("/crm/v3/objects/contacts"));
    return raw;
  }
}
