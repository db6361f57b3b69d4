package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.integrations.model.Category;
import dev.unisdk.integrations.model.PassthroughMethod;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every documented limit is checked before a request is sent, naming the parameter. */
class ValidationTest extends MockServerTest {

  @AfterEach
  void noRequestWasSent() {
    assertThat(server.getRequestCount()).as("requests sent").isZero();
  }

  private static void refused(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call)
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).parameter()).isEqualTo(parameter));
  }

  @Test
  void connectionIdsMustNotBeNullBlankOrDotSegments() {
    refused(() -> api.connections().get(null), "connectionId");
    refused(() -> api.connections().get(" "), "connectionId");
    refused(() -> api.connections().get(".."), "connectionId");
    refused(() -> api.connections().delete(""), "connectionId");
    refused(() -> api.connections().complete("."), "connectionId");
    refused(() -> api.data(" ", Category.CRM, "contact"), "connectionId");
    refused(() -> api.passthrough("", PassthroughParams.get("/x")), "connectionId");
  }

  @Test
  void categoryAndObjectTypeAreRequired() {
    refused(() -> api.data("c", null, "contact"), "category");
    refused(() -> api.data("c", Category.of(".."), "contact"), "category");
    refused(() -> api.data("c", Category.CRM, null), "objectType");
    refused(() -> api.data("c", Category.CRM, "  "), "objectType");
    refused(() -> api.data("c", Category.CRM, ".."), "objectType");
  }

  @Test
  void limitMustBeBetween1And100AndOffsetNotNegative() {
    refused(() -> DataQuery.builder().limit(0), "limit");
    refused(() -> DataQuery.builder().limit(101), "limit");
    refused(() -> DataQuery.builder().offset(-1), "offset");
    refused(() -> DataQuery.builder().query(" "), "query");
    assertThat(DataQuery.builder().limit(1).build().limit()).isEqualTo(1);
    assertThat(DataQuery.builder().limit(100).build().limit()).isEqualTo(100);
    assertThat(DataQuery.defaults().limit()).isEqualTo(50);
    refused(() -> api.data("c", Category.CRM, "contact").list(null), "query");
  }

  @Test
  void connectNeedsAnIntegrationTypeAndAtLeastOneKnownCategory() {
    refused(() -> ConnectParams.builder().categories(Category.CRM).build(), "integrationType");
    refused(() -> ConnectParams.builder().integrationType(" "), "integrationType");
    refused(() -> ConnectParams.builder().integrationType("hubspot").build(), "categories");
    refused(() -> ConnectParams.builder().integrationType("hubspot")
        .categories(Collections.<Category>emptyList()).build(), "categories");
    refused(() -> ConnectParams.builder().categories(Category.of("crmx")), "categories");
    refused(() -> ConnectParams.builder().addCategory(null), "categories");
    refused(() -> ConnectParams.builder().categories(Category.CRM, null), "categories");
    refused(() -> api.connections().connect(null), "params");
  }

  @Test
  void unknownCategoryMessageListsTheDocumentedOnes() {
    assertThatThrownBy(() -> ConnectParams.builder().categories(Category.of("erp")))
        .hasMessageContaining("unknown category \"erp\"")
        .hasMessageContaining("crm, ticketing, calendar, messaging, storage, task, ats, accounting,"
            + " ecommerce, hr, enrichment, marketing");
    assertThat(Category.knownValues()).hasSize(12);
  }

  @Test
  void redirectUrlMustBeAnAbsoluteUriAndScopesNotBlank() {
    refused(() -> ConnectParams.builder().redirectUrl("/relative/path"), "redirectUrl");
    refused(() -> ConnectParams.builder().redirectUrl("https://exa mple.com"), "redirectUrl");
    refused(() -> ConnectParams.builder().redirectUrl("mailto:a@b.c"), "redirectUrl");
    refused(() -> ConnectParams.builder().scopes("read", " "), "scopes");
    refused(() -> ConnectParams.builder().externalXref(""), "externalXref");
    assertThat(ConnectParams.builder().integrationType("h").categories(Category.CRM)
        .redirectUrl("myapp://oauth/done").build().redirectUrl().getScheme()).isEqualTo("myapp");
  }

  @Test
  void passthroughNeedsAKnownMethodAPathStartingWithSlashAndObjectData() {
    refused(() -> PassthroughParams.get("crm/contacts"), "path");
    refused(() -> PassthroughParams.get(""), "path");
    refused(() -> PassthroughParams.get("/a\r\nX-Injected: 1"), "path");
    refused(() -> PassthroughParams.builder(null, "/x"), "method");
    refused(() -> PassthroughParams.builder(PassthroughMethod.of("TRACE"), "/x"), "method");
    refused(() -> PassthroughParams.post("/x", Collections.singletonList("not an object")), "data");
    refused(() -> PassthroughParams.post("/x", "text"), "data");
    refused(() -> api.passthrough("c", null), "params");
  }

  @Test
  void asyncCallsReportValidationErrorsThroughTheFuture() {
    CompletableFuture<?> f = api.connections().getAsync(" ");
    assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> api.passthroughAsync("c", null).get())
        .cause().isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> api.data("c", Category.CRM, "x").listPageAsync(null).get())
        .cause().isInstanceOf(ValidationException.class);
  }

  @Test
  void clientNeedsATokenAndHttpsOutsideLoopback() {
    refused(() -> IntegrationsClient.builder().build(), "token");
    refused(() -> IntegrationsClient.builder().token(" "), "token");
    refused(() -> IntegrationsClient.builder().token("t").baseUrl("http://api.eu.liza.app/api").build(),
        "baseUrl");
  }
}
