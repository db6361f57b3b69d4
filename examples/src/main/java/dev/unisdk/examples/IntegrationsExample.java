package dev.unisdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.Page;
import dev.unisdk.fakeserver.FakeServer;
import dev.unisdk.integrations.ConnectParams;
import dev.unisdk.integrations.DataQuery;
import dev.unisdk.integrations.DataRecord;
import dev.unisdk.integrations.IntegrationsClient;
import dev.unisdk.integrations.PassthroughParams;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.ConnectResponse;
import dev.unisdk.integrations.model.Connection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;

/**
 * Integrations: the connect flow (print the authorization URL, complete the callback), page through
 * the CRM contacts of the connection, and a passthrough call to the third-party API.
 *
 * <p>Real service: set {@code LIZA_TOKEN}. The connect flow needs a person, so the first run prints
 * the authorization URL and the connection id and stops; authorize in a browser, then run again with
 * {@code LIZA_CONNECTION_ID} set to that id to complete the callback and read data. A real
 * connection is kept; the fake one is deleted at the end.
 */
public final class IntegrationsExample {
  private IntegrationsExample() {}

  /** Runs the example on its own. */
  public static void main(String[] args) {
    ExampleContext.runMain("IntegrationsExample", IntegrationsExample::run);
  }

  /** The example's steps. */
  public static void run(ExampleContext ctx) {
    IntegrationsClient api = ctx.unisdk().integrations();

    FakeServer fake = ctx.fakeFor(Provider.INTEGRATIONS);
    String connectionId = fake == null ? System.getenv("LIZA_CONNECTION_ID") : null;
    if (connectionId == null || connectionId.isBlank()) {
      ConnectResponse session = api.connections().connect(ConnectParams.builder()
          .integrationType("hubspot")
          .categories(Category.CRM)
          .redirectUrl(URI.create("https://app.example.com/connected"))
          .externalXref("customer-42")
          .build());
      ctx.say("connect: send the user to %s", session.url());
      connectionId = session.connectionId();
      if (fake == null) {
        ctx.say("authorize in a browser, then run again with LIZA_CONNECTION_ID=%s", connectionId);
        return;
      }
      simulateBrowser(ctx, session.url());
    }
    Connection connection = api.connections().complete(connectionId);
    ctx.say("callback completed: connection %s to %s (categories %s)",
        connection.id(), connection.integrationType(), connection.categories());

    // Page through the connection's CRM contacts, 50 per request; pages are fetched on demand.
    int pages = 0;
    int records = 0;
    for (Page<DataRecord> page : api.data(connection.id(), Category.CRM, "contact")
        .list(DataQuery.builder().limit(50).build()).pages()) {
      pages++;
      records += page.items().size();
      DataRecord first = page.items().isEmpty() ? null : page.items().get(0);
      ctx.say("contacts page %d: %d records, first: %s", pages, page.items().size(),
          first == null ? "-" : first.id() + " " + first.getString("name"));
    }
    ctx.say("read %d CRM contacts in %d pages", records, pages);
    ctx.check(pages >= 1, "at least one page of contacts");

    // Passthrough: call the vendor's own API through the connection.
    JsonNode raw = api.passthrough(connection.id(),
        PassthroughParams.post("/crm/v3/objects/contacts/search", Collections.singletonMap("query", "ada")));
    ctx.say("passthrough answered: %s", raw);

    if (fake != null) {
      api.connections().delete(connection.id());
      ctx.say("deleted connection %s", connection.id());
    }
  }

  /** What the user's browser does on the fake server: open the URL, get redirected back. */
  private static void simulateBrowser(ExampleContext ctx, String url) {
    HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    try {
      HttpResponse<Void> response = browser.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.discarding());
      ctx.say("(simulated browser) authorization page answered %d, redirecting to %s",
          response.statusCode(), response.headers().firstValue("Location").orElse("-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
