package dev.unisdk.apideck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.Page;
import dev.unisdk.core.PagedIterable;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.NotFoundException;
import dev.unisdk.core.errors.UnprocessableEntityException;
import dev.unisdk.core.errors.ValidationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class ApideckResourceServiceTest {
  private MockWebServer server;
  private ApideckSession session;
  private WidgetService widgets;

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    session = ApideckSession.builder()
        .apiKey("sk_test_secret")
        .appId("app-1")
        .consumerId("consumer-1")
        .options(ClientOptions.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none()).build())
        .build();
    widgets = new WidgetService(session);
  }

  @AfterEach
  void tearDown() throws Exception {
    session.close();
    server.shutdown();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
        .setHeader("Request-Id", "req-" + status).setBody(body);
  }

  private static String page(String next, String... names) {
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      data.append(i == 0 ? "" : ",").append("{\"id\":\"").append(names[i]).append("\",\"name\":\"").append(names[i])
          .append("\"}");
    }
    return "{\"status_code\":200,\"status\":\"OK\",\"service\":\"acme\",\"resource\":\"widgets\",\"operation\":\"all\","
        + "\"data\":[" + data + "],\"meta\":{\"items_on_page\":" + names.length + ",\"cursors\":{\"previous\":null,"
        + "\"current\":\"c\",\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "}},"
        + "\"links\":{\"next\":\"https://unify.apideck.com/test/widgets?cursor=" + next + "\"}}";
  }

  private static final String ID_BODY =
      "{\"status_code\":201,\"status\":\"Created\",\"service\":\"acme\",\"resource\":\"widgets\","
          + "\"operation\":\"add\",\"data\":{\"id\":\"w-1\"}}";

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  private static void assertApideckHeaders(RecordedRequest r, String consumer, String service) {
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk_test_secret");
    assertThat(r.getHeader("x-apideck-app-id")).isEqualTo("app-1");
    assertThat(r.getHeader("x-apideck-consumer-id")).isEqualTo(consumer);
    assertThat(r.getHeader("x-apideck-service-id")).isEqualTo(service);
  }

  @Test
  void listPageSendsEveryQueryParameterDeepObjectEncodedAndDecodesTheEnvelope() throws Exception {
    server.enqueue(json(200, page("n2", "a", "b")));
    Map<String, Object> filter = new LinkedHashMap<>();
    filter.put("email", "ada@example.com");
    filter.put("amount", 12.5);
    WidgetListParams params = WidgetListParams.builder().raw(true).cursor("c1").limit(200).filter(filter)
        .sort("created_at", "desc").passThrough("search", "ada lovelace").fields("id,name").build();

    ApideckListResponse<Widget> envelope = widgets.withRawResponse().list(params).value();

    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getPath()).isEqualTo("/test/widgets?raw=true&cursor=c1&limit=200"
        + "&filter%5Bemail%5D=ada%40example.com&filter%5Bamount%5D=12.5"
        + "&sort%5Bby%5D=created_at&sort%5Bdirection%5D=desc"
        + "&pass_through%5Bsearch%5D=ada%20lovelace&fields=id%2Cname");
    assertThat(r.getRequestUrl().queryParameter("filter[email]")).isEqualTo("ada@example.com");
    assertApideckHeaders(r, "consumer-1", null);
    assertThat(r.getBodySize()).isZero();

    assertThat(envelope.data()).extracting(w -> w.name).containsExactly("a", "b");
    assertThat(envelope.statusCode()).isEqualTo(200);
    assertThat(envelope.service()).isEqualTo("acme");
    assertThat(envelope.resource()).isEqualTo("widgets");
    assertThat(envelope.operation()).isEqualTo("all");
    assertThat(envelope.requestId()).isEqualTo("req-200");
    assertThat(envelope.meta().itemsOnPage()).isEqualTo(2);
    assertThat(envelope.meta().cursors().current()).isEqualTo("c");
    assertThat(envelope.nextCursor()).isEqualTo("n2");
    assertThat(envelope.links().next()).endsWith("cursor=n2");
    assertThat(envelope.raw()).isNull();
  }

  @Test
  void listFollowsMetaCursorsNextLazilyOneRequestPerPage() throws Exception {
    server.enqueue(json(200, page("p2", "a", "b")));
    server.enqueue(json(200, page("p3", "c")));
    server.enqueue(json(200, page(null, "d")));

    PagedIterable<Widget> all = widgets.list(WidgetListParams.builder().limit(2).build());
    assertThat(server.getRequestCount()).as("nothing is fetched before iterating").isZero();

    Iterator<Widget> it = all.iterator();
    assertThat(it.next().name).isEqualTo("a");
    assertThat(it.next().name).isEqualTo("b");
    assertThat(server.getRequestCount()).as("page 2 not fetched before it is needed").isEqualTo(1);
    assertThat(it.next().name).isEqualTo("c");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(it.next().name).isEqualTo("d");
    assertThat(it.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(3);

    assertThat(take().getPath()).isEqualTo("/test/widgets?limit=2");
    assertThat(take().getPath()).isEqualTo("/test/widgets?cursor=p2&limit=2");
    assertThat(take().getPath()).isEqualTo("/test/widgets?cursor=p3&limit=2");
  }

  @Test
  void pagesExposeTheEnvelopeOfEachPage() throws Exception {
    server.enqueue(json(200, page(null, "a")));
    Page<Widget> first = widgets.list().pages().iterator().next();
    assertThat(first.items()).hasSize(1);
    assertThat(first.response().value()).isInstanceOf(ApideckListResponse.class);
    assertThat(((ApideckListResponse<?>) first.response().value()).service()).isEqualTo("acme");
    assertThat(take().getPath()).isEqualTo("/test/widgets");
  }

  @Test
  void listFailsInsteadOfStoppingSilentlyWhenTheServerRepeatsTheRequestedCursor() throws Exception {
    server.enqueue(json(200, page("same", "a")));
    server.enqueue(json(200, page("same", "b")));
    java.util.List<String> seen = new java.util.ArrayList<>();
    assertThatThrownBy(() -> widgets.list().forEach(w -> seen.add(w.name)))
        .isInstanceOf(dev.unisdk.core.errors.InvalidResponseException.class)
        .hasMessageContaining("cursor already used");
    assertThat(seen).containsExactly("a");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listAsyncFollowsTheCursorsWithoutBlockingAndStopsAtTheMaximum() throws Exception {
    server.enqueue(json(200, page("p2", "a", "b")));
    server.enqueue(json(200, page("p3", "c")));
    server.enqueue(json(200, page(null, "d")));
    dev.unisdk.core.AsyncPager<Widget> pager = widgets.listAsync(WidgetListParams.builder().limit(2).build());
    assertThat(server.getRequestCount()).as("nothing is fetched before a walk starts").isZero();
    java.util.List<String> names = new java.util.concurrent.CopyOnWriteArrayList<>();
    pager.forEach(w -> names.add(w.name)).get(10, TimeUnit.SECONDS);
    assertThat(names).containsExactly("a", "b", "c", "d");
    assertThat(take().getPath()).isEqualTo("/test/widgets?limit=2");
    assertThat(take().getPath()).isEqualTo("/test/widgets?cursor=p2&limit=2");
    assertThat(take().getPath()).isEqualTo("/test/widgets?cursor=p3&limit=2");

    server.enqueue(json(200, page("p2", "a", "b")));
    server.enqueue(json(200, page("p3", "c")));
    assertThat(pager.toList(3).get(10, TimeUnit.SECONDS)).extracting(w -> w.name).containsExactly("a", "b", "c");
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void bothListsReportEachPageToTheOperationListener() throws Exception {
    java.util.List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    dev.unisdk.core.telemetry.OperationListener listener = new dev.unisdk.core.telemetry.OperationListener() {
      @Override
      public dev.unisdk.core.telemetry.OperationObserver operationStarted(
          dev.unisdk.core.telemetry.OperationInfo operation) {
        return dev.unisdk.core.telemetry.OperationObserver.NONE;
      }

      @Override
      public void pageFetched(dev.unisdk.core.telemetry.PageInfo page) {
        events.add(page.operationName() + "#" + page.pageNumber() + ":" + page.itemCount() + ":" + page.hasNext());
        throw new IllegalStateException("a broken listener");
      }
    };
    try (ApideckSession observed = ApideckSession.builder().apiKey("sk_test_secret").appId("app-1")
        .consumerId("consumer-1")
        .options(ClientOptions.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none())
            .operationListener(listener).build())
        .build()) {
      WidgetService service = new WidgetService(observed);
      server.enqueue(json(200, page("p2", "a", "b")));
      server.enqueue(json(200, page(null, "c")));
      assertThat(service.list()).hasSize(3);
      server.enqueue(json(200, page("p2", "a", "b")));
      server.enqueue(json(200, page(null, "c")));
      assertThat(service.listAsync(null).toList().get(10, TimeUnit.SECONDS)).hasSize(3);
    }
    assertThat(events).containsExactly("test.widgets.list#1:2:true", "test.widgets.list#2:1:false",
        "test.widgets.list#1:2:true", "test.widgets.list#2:1:false");
  }

  @Test
  void createPostsTheBodyAndReturnsTheNewId() throws Exception {
    server.enqueue(json(201, ID_BODY));
    UnifiedId id = widgets.create(new Widget(null, "Sprocket"));
    assertThat(id.id()).isEqualTo("w-1");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/test/widgets");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().readUtf8()).isEqualTo("{\"name\":\"Sprocket\"}");
    assertApideckHeaders(r, "consumer-1", null);
  }

  @Test
  void getWithFieldsRawAndOverridesSendsThemAndKeepsRaw() throws Exception {
    server.enqueue(json(200, "{\"status_code\":200,\"status\":\"OK\",\"service\":\"hubspot\",\"resource\":\"widgets\","
        + "\"operation\":\"one\",\"data\":{\"id\":\"w 1/2\",\"name\":\"x\"},\"_raw\":{\"downstream\":true}}"));
    ApiResponse<ApideckResponse<Widget>> response = widgets.withRawResponse().get("w 1/2",
        ApideckGetParams.fields("id,name"),
        ApideckRequestOptions.builder().raw().consumerId("other").serviceId("hubspot").build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).isEqualTo("req-200");
    ApideckResponse<Widget> r = response.value();
    assertThat(r.data().id).isEqualTo("w 1/2");
    assertThat(r.raw().get("downstream").asBoolean()).isTrue();
    assertThat(r.operation()).isEqualTo("one");
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getPath()).isEqualTo("/test/widgets/w%201%2F2?fields=id%2Cname&raw=true");
    assertApideckHeaders(req, "other", "hubspot");
  }

  @Test
  void updatePatchesOnlyTheBodyGiven() throws Exception {
    server.enqueue(json(200, ID_BODY.replace("add", "update")));
    assertThat(widgets.update("w-1", new Widget(null, "New")).id()).isEqualTo("w-1");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("PATCH");
    assertThat(r.getPath()).isEqualTo("/test/widgets/w-1");
    assertThat(r.getBody().readUtf8()).isEqualTo("{\"name\":\"New\"}");
  }

  @Test
  void deleteSendsDeleteAndReadsTheEnvelope() throws Exception {
    server.enqueue(json(200, ID_BODY.replace("add", "delete")));
    ApideckResponse<UnifiedId> r = widgets.withRawResponse().delete("w-1", null).value();
    assertThat(r.data().id()).isEqualTo("w-1");
    assertThat(r.operation()).isEqualTo("delete");
    RecordedRequest req = take();
    assertThat(req.getMethod()).isEqualTo("DELETE");
    assertThat(req.getPath()).isEqualTo("/test/widgets/w-1");
    assertThat(req.getBodySize()).isZero();
  }

  @Test
  void derivedSessionsChangeOnlyTheirHeadersAndShareTheTransport() throws Exception {
    server.enqueue(json(200, ID_BODY));
    server.enqueue(json(200, ID_BODY));
    new WidgetService(session.withConsumerId("tenant-2").withServiceId("pipedrive")).delete("a");
    widgets.delete("b");
    assertApideckHeaders(take(), "tenant-2", "pipedrive");
    assertApideckHeaders(take(), "consumer-1", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void validationFailuresSendNoRequest() {
    assertThatThrownBy(() -> widgets.create(new Widget(null, " "))).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).parameter()).isEqualTo("name");
    assertThatThrownBy(() -> widgets.get(" ")).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).parameter()).isEqualTo("id");
    assertThatThrownBy(() -> widgets.delete("..")).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).parameter()).isEqualTo("id");
    assertThatThrownBy(() -> widgets.update("x", null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> WidgetListParams.builder().limit(0)).isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).parameter()).isEqualTo("limit");
    assertThatThrownBy(() -> WidgetListParams.builder().limit(201)).isInstanceOf(ValidationException.class);
    // a direction alone is allowed by the API (issue 15): sent without sort[by]
    assertThat(WidgetListParams.builder().sort(null, "asc").build().sortParams())
        .containsExactly(org.assertj.core.api.Assertions.entry("direction", "asc"));
    CompletableFuture<UnifiedId> f = widgets.createAsync(new Widget(null, null));
    assertThat(f).isCompletedExceptionally();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void errorStatusBecomesTypedExceptionWithApideckError() throws Exception {
    server.enqueue(json(404, "{\"status_code\":404,\"error\":\"Not Found\",\"type_name\":\"EntityNotFoundError\","
        + "\"message\":\"Unknown Widget\",\"detail\":\"Could not find widget with id: 'x'\","
        + "\"ref\":\"https://developers.apideck.com/errors#entitynotfounderror\"}"));
    NotFoundException e = org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class, () -> widgets.get("x"));
    ApideckError error = ApideckError.of(e);
    assertThat(error.type()).isEqualTo(ApideckErrorType.ENTITY_NOT_FOUND_ERROR);
    assertThat(error.message()).isEqualTo("Unknown Widget");
    assertThat(error.detailText()).isEqualTo("Could not find widget with id: 'x'");
    assertThat(error.ref()).endsWith("#entitynotfounderror");
    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.requestId()).isEqualTo("req-404");
    assertThat(e.getMessage()).doesNotContain("sk_test_secret");
  }

  @Test
  void asyncOperationsCompleteWithModelsAndFailWithTheApiException() throws Exception {
    server.enqueue(json(200, "{\"status_code\":200,\"data\":{\"id\":\"w-9\",\"name\":\"n\"}}"));
    assertThat(widgets.getAsync("w-9").get(5, TimeUnit.SECONDS).name).isEqualTo("n");
    server.enqueue(json(201, ID_BODY));
    assertThat(widgets.createAsync(new Widget(null, "a")).get(5, TimeUnit.SECONDS).id()).isEqualTo("w-1");
    server.enqueue(json(200, ID_BODY));
    assertThat(widgets.updateAsync("w-1", new Widget(null, "b")).get(5, TimeUnit.SECONDS).id()).isEqualTo("w-1");
    server.enqueue(json(200, ID_BODY));
    assertThat(widgets.deleteAsync("w-1").get(5, TimeUnit.SECONDS).id()).isEqualTo("w-1");
    server.enqueue(json(200, page(null, "z")));
    assertThat(widgets.withRawResponse().listAsync(null, null).get(5, TimeUnit.SECONDS).value().data()).hasSize(1);
    server.enqueue(json(422, "{\"status_code\":422,\"type_name\":\"RequestValidationError\",\"message\":\"bad\","
        + "\"detail\":{\"unknown_properties\":[\"foo\"]}}"));
    CompletableFuture<UnifiedId> failed = widgets.createAsync(new Widget(null, "c"));
    ExecutionException ex = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> failed.get(5, TimeUnit.SECONDS));
    assertThat(ex.getCause()).isInstanceOf(UnprocessableEntityException.class);
    ApideckError error = ApideckError.find(ex);
    assertThat(error.is(ApideckErrorType.REQUEST_VALIDATION_ERROR)).isTrue();
    assertThat(error.detail().get("unknown_properties").get(0).asText()).isEqualTo("foo");
    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(take().getMethod()).isEqualTo("POST");
    assertThat(take().getMethod()).isEqualTo("PATCH");
    assertThat(take().getMethod()).isEqualTo("DELETE");
  }

  @Test
  void cancellingAnAsyncCallCancelsTheHttpCall() throws Exception {
    okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
    server.enqueue(json(200, "{\"status_code\":200,\"data\":{\"id\":\"w-9\"}}")
        .setHeadersDelay(2500, TimeUnit.MILLISECONDS));
    ApideckSession slow = ApideckSession.builder().apiKey("sk_test_secret").appId("app-1").consumerId("consumer-1")
        .options(ClientOptions.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none())
            .httpClient(http).build())
        .build();
    try {
      CompletableFuture<Widget> pending = new WidgetService(slow).getAsync("w-9");
      take();
      assertThat(http.dispatcher().runningCallsCount()).isEqualTo(1);
      pending.cancel(true);
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
      while (http.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(http.dispatcher().runningCallsCount()).as("the HTTP call was cancelled").isZero();
    } finally {
      slow.close();
      http.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void malformedDataBecomesInvalidResponseNamingTheField() {
    server.enqueue(json(200, "{\"status_code\":200,\"data\":[1,2]}"));
    assertThatThrownBy(() -> widgets.get("x")).isInstanceOf(dev.unisdk.core.errors.InvalidResponseException.class);
  }

  @Test
  void apideckRequestOptionsAreOnlyRequestOptionsWithTheApideckHeaders() {
    dev.unisdk.core.RequestOptions base = dev.unisdk.core.RequestOptions.builder().maxRetries(0).build();
    dev.unisdk.core.RequestOptions o = ApideckRequestOptions.builder(base).consumerId("c-2").serviceId("pipedrive")
        .raw().timeout(java.time.Duration.ofSeconds(3)).build();
    assertThat(o.headers()).containsEntry(ApideckHeaders.CONSUMER_ID, "c-2")
        .containsEntry(ApideckHeaders.SERVICE_ID, "pipedrive");
    assertThat(o.queryParams().get("raw")).containsExactly("true");
    assertThat(o.maxRetries()).isZero();
    assertThat(o.timeout()).isEqualTo(java.time.Duration.ofSeconds(3));
    org.junit.jupiter.api.Assertions.assertThrows(dev.unisdk.core.errors.ValidationException.class,
        () -> ApideckRequestOptions.builder().consumerId(" "));
  }

  @Test
  void derivedSessionWithOptionsSharesTheTransportAndKeepsTheHeaders() throws Exception {
    ApideckSession derived = session.withServiceId("hubspot")
        .withOptions(o -> o.defaultHeader("x-extra", "1"));
    WidgetService other = new WidgetService(derived);
    server.enqueue(json(200, ID_BODY));
    other.get("w-1");
    RecordedRequest r = take();
    assertThat(r.getHeader("x-extra")).isEqualTo("1");
    assertApideckHeaders(r, "consumer-1", "hubspot");
    derived.close();
    server.enqueue(json(200, ID_BODY));
    assertThat(widgets.get("w-1").id).isEqualTo("w-1");
    assertThat(take().getHeader("x-extra")).isNull();
  }
}
