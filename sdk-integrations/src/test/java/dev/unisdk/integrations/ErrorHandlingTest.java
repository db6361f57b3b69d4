package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.errors.BadRequestException;
import dev.unisdk.core.errors.ForbiddenException;
import dev.unisdk.core.errors.MethodNotAllowedException;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.RateLimitException;
import dev.unisdk.core.errors.ServerException;
import dev.unisdk.core.errors.UnauthorizedException;
import dev.unisdk.integrations.model.Category;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** Status mapping, 405 wording, and 429 waits and retries (with the recording sleeper, never sleeping). */
class ErrorHandlingTest extends MockServerTest {

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
        .setBody("{\"message\":\"m" + code + "\"}");
  }

  private static MockResponse tooMany(String retryAfter) {
    MockResponse r = status(429);
    return retryAfter == null ? r : r.setHeader("Retry-After", retryAfter);
  }

  @Test
  void mapsDocumentedStatusesToCoreExceptionsWithoutRetryingClientErrors() {
    server.enqueue(status(400));
    server.enqueue(status(401));
    server.enqueue(status(403));
    server.enqueue(status(404));

    assertThatThrownBy(() -> api.connections().list()).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("m400");
    assertThatThrownBy(() -> api.connections().list()).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> api.connections().list()).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> api.connections().get("nope")).isInstanceOf(NotFoundException.class)
        .hasMessageNotContaining(TOKEN);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void a405SaysTheOperationIsNotAvailableForThisIntegration() {
    server.enqueue(status(405).setHeader("X-Request-Id", "req-405"));

    assertThatThrownBy(() -> api.data("conn", Category.CRM, "deal").listPage(DataQuery.defaults()))
        .isInstanceOf(OperationNotAvailableException.class)
        .isInstanceOf(MethodNotAllowedException.class)
        .hasMessage("405: retrieving crm/deal records is not available for this integration"
            + " (server said: m405) (request id req-405)")
        .satisfies(e -> {
          OperationNotAvailableException n = (OperationNotAvailableException) e;
          assertThat(n.statusCode()).isEqualTo(405);
          assertThat(n.operation()).isEqualTo("retrieving crm/deal records");
          assertThat(n.body()).isEqualTo("{\"message\":\"m405\"}");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a405OfAPassthroughNamesTheThirdPartyCallAlsoWhenAsync() {
    server.enqueue(new MockResponse().setResponseCode(405));

    assertThatThrownBy(() -> api.passthroughAsync("c", PassthroughParams.delete("/crm/deals/1"))
        .get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(OperationNotAvailableException.class)
        .hasMessage("405: passthrough DELETE /crm/deals/1 is not available for this integration");
  }

  @Test
  void aPassthroughPathQueryNeverReachesTheExceptionMessage() {
    server.enqueue(new MockResponse().setResponseCode(405));

    assertThatThrownBy(() -> api.passthrough("c", PassthroughParams.get("/crm/deals?api_key=VENDOR_SECRET")))
        .isInstanceOf(OperationNotAvailableException.class)
        .hasMessage("405: passthrough GET /crm/deals?... is not available for this integration")
        .hasMessageNotContaining("VENDOR_SECRET");
  }

  @Test
  void retriesGetOn429AfterRetryAfterSeconds() throws Exception {
    server.enqueue(tooMany("3"));
    enqueueJson("[]");

    assertThat(api.connections().list()).isEmpty();

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retriesOn429WithoutRetryAfterAfterOneSecondThenBacksOff() throws Exception {
    server.enqueue(tooMany(null));
    server.enqueue(tooMany(null));
    enqueueJson("[]");

    api.integrations().list();

    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void givesUpAfterTheRetryBudgetWithARateLimitException() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(tooMany("1"));
    }

    assertThatThrownBy(() -> api.connections().get("c"))
        .isInstanceOf(RateLimitException.class)
        .satisfies(e -> assertThat(((RateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeps).hasSize(3);
  }

  @Test
  void retriesPostOn429ButSendsTheSameBodyAgain() throws Exception {
    server.enqueue(tooMany("2"));
    enqueueJson("{\"url\":\"https://a.example/x\",\"connection_id\":\"n\"}");

    api.connections().connect(
        ConnectParams.builder().integrationType("hubspot").categories(Category.CRM).build());

    assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    String first = take().getBody().readUtf8();
    assertThat(take().getBody().readUtf8()).isEqualTo(first)
        .isEqualTo("{\"integration_type\":\"hubspot\",\"categories\":[\"crm\"]}");
  }

  @Test
  void retriesPassthroughOn429AsynchronouslyWithoutBlockingAnOkHttpThread() throws Exception {
    server.enqueue(tooMany(null));
    enqueueJson("{\"ok\":true}");

    assertThat(api.passthroughAsync("c", PassthroughParams.post("/crm/contacts", null))
        .get(5, TimeUnit.SECONDS).get("ok").asBoolean()).isTrue();

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void neverRetriesAPostOn500BecauseTheWorkMayHaveBeenDone() {
    server.enqueue(status(500));

    assertThatThrownBy(() -> api.connections().complete("n")).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void retriesAGetOn500() throws Exception {
    server.enqueue(status(500));
    enqueueJson("[]");

    api.connections().list();

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void perCallMaxRetriesZeroDisablesThe429RetryOfPost() {
    server.enqueue(tooMany("1"));

    assertThatThrownBy(() -> api.passthrough("c", PassthroughParams.get("/x"),
        RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aRetryAfterLongerThanThePolicyAllowsFailsInsteadOfWaiting() throws Exception {
    server.enqueue(tooMany("3600"));
    enqueueJson("[]");

    assertThatThrownBy(() -> api.integrations().list())
        .isInstanceOfSatisfying(RateLimitException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3600)));

    assertThat(sleeps).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancellingAnAsyncCallDuringA429WaitStopsTheRetry() throws Exception {
    java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
    server.enqueue(tooMany("1"));
    enqueueJson("{}");
    try (IntegrationsClient blocking = IntegrationsClient.builder().token(TOKEN)
        .options(IntegrationsClient.optionsBuilder().baseUrl(server.url("/api").toString())
            .sleeper(d -> {
              waiting.countDown();
              try {
                Thread.sleep(10_000);
              } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
              }
            })
            .build())
        .build()) {
      java.util.concurrent.CompletableFuture<com.fasterxml.jackson.databind.JsonNode> f =
          blocking.passthroughAsync("c", PassthroughParams.get("/x"));
      assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();

      assertThat(f.cancel(true)).isTrue();

      assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the wait was interrupted").isTrue();
      assertThat(f.isCancelled()).isTrue();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void aDerivedClientWithoutRetriesSurfacesThe429AtOnce() {
    server.enqueue(tooMany("1"));

    IntegrationsClient noRetry =
        api.withOptions(o -> o.retryPolicy(dev.unisdk.core.RetryPolicy.none()));

    assertThatThrownBy(() -> noRetry.connections().list()).isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void optionsWithTheCoreDefaultPolicyGetTheIntegrationsPolicyUnlessOneIsChosen() {
    dev.unisdk.core.ClientOptions plain =
        dev.unisdk.core.ClientOptions.builder().baseUrl(server.url("/api").toString()).build();
    try (IntegrationsClient a = IntegrationsClient.builder().token("t").options(plain).build();
        IntegrationsClient b = IntegrationsClient.builder().token("t").options(plain)
            .retryPolicy(dev.unisdk.core.RetryPolicy.none()).build()) {
      assertThat(a.options().retryPolicy()).isEqualTo(IntegrationsClient.defaultRetryPolicy());
      assertThat(a.options().baseUrl()).isEqualTo(server.url("/api"));
      assertThat(b.options().retryPolicy()).isEqualTo(dev.unisdk.core.RetryPolicy.none());
    }
  }
}
