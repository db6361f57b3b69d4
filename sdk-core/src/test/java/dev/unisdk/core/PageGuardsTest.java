package dev.unisdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.internal.Futures;
import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;
import dev.unisdk.core.telemetry.OperationListener;
import dev.unisdk.core.telemetry.OperationObserver;
import dev.unisdk.core.telemetry.PageInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A scripted loopback server that misbehaves while paging: the paginators (blocking and async) end
 * with an {@link InvalidResponseException} instead of looping or stopping silently.
 */
@Timeout(20)
class PageGuardsTest {
  private MockWebServer server;
  private Transport transport;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    transport = TestServers.transport(server, new RecordingSleeper());
  }

  @AfterEach
  void stop() throws Exception {
    transport.close();
    server.shutdown();
  }

  /** Answers every request with {@code script(cursor or offset)}. */
  private void script(Function<RecordedRequest, String> body) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.apply(request));
      }
    });
  }

  private static String page(String next, int... items) {
    StringBuilder sb = new StringBuilder("{\"data\":[");
    for (int i = 0; i < items.length; i++) {
      sb.append(i == 0 ? "" : ",").append(items[i]);
    }
    return sb.append("],\"next\":").append(next == null ? "null" : "\"" + next + "\"").append('}').toString();
  }

  private static Page<Integer> toPage(ApiResponse<JsonNode> r) {
    List<Integer> items = new ArrayList<>();
    r.value().get("data").forEach(n -> items.add(n.asInt()));
    JsonNode next = r.value().get("next");
    return Page.of(items, next == null || next.isNull() ? null : next.asText(), r);
  }

  private ApiRequest cursorRequest(String cursor) {
    return ApiRequest.builder("GET").pathSegments("items").query("cursor", cursor).build();
  }

  private ApiRequest offsetRequest(int offset, int limit) {
    return ApiRequest.builder("GET").pathSegments("items")
        .query("offset", Integer.toString(offset)).query("limit", Integer.toString(limit)).build();
  }

  private PagedIterable<Integer> cursorList() {
    return PagedIterable.cursor(c -> toPage(transport.execute(cursorRequest(c), ResponseDecoder.json(JsonNode.class))));
  }

  private PagedIterable<Integer> offsetList(int limit) {
    return PagedIterable.offset(limit,
        (o, l) -> toPage(transport.execute(offsetRequest(o, l), ResponseDecoder.json(JsonNode.class))));
  }

  private AsyncPager<Integer> asyncCursorList() {
    return AsyncPager.cursor(c -> Futures.map(
        transport.executeAsync(cursorRequest(c), ResponseDecoder.json(JsonNode.class)), PageGuardsTest::toPage));
  }

  private AsyncPager<Integer> asyncOffsetList(int limit) {
    return AsyncPager.offset(limit, (o, l) -> Futures.map(
        transport.executeAsync(offsetRequest(o, l), ResponseDecoder.json(JsonNode.class)), PageGuardsTest::toPage));
  }

  private static <T> List<T> all(Iterable<T> it) {
    List<T> out = new ArrayList<>();
    it.forEach(out::add);
    return out;
  }

  private static Throwable failureOf(CompletableFuture<?> f) throws Exception {
    try {
      f.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected the future to fail");
  }

  // ------------------------------------------------------------------------- the server's script

  private void sameCursorForever() {
    script(r -> page("A", 1));
  }

  private void cursorCycleAtoBtoA() {
    script(r -> {
      String c = r.getRequestUrl().queryParameter("cursor");
      return c == null ? page("A", 1) : "A".equals(c) ? page("B", 2) : page("A", 3);
    });
  }

  /** Empty pages that always announce another one, with a fresh cursor each time. */
  private void emptyPagesForever() {
    script(r -> {
      String c = r.getRequestUrl().queryParameter("cursor");
      int n = c == null ? 0 : Integer.parseInt(c.substring(1));
      return page("p" + (n + 1));
    });
  }

  /** {@code empty} empty pages announcing more, then a last page with one item. */
  private void emptyPagesThenData(int empty) {
    script(r -> {
      String c = r.getRequestUrl().queryParameter("cursor");
      int n = c == null ? 0 : Integer.parseInt(c.substring(1));
      return n < empty ? page("p" + (n + 1)) : page(null, 42);
    });
  }

  /** An Integrations-like server that ignores offset: every request answers the first full page. */
  private void offsetIgnored() {
    script(r -> page(null, 1, 2, 3));
  }

  // ------------------------------------------------------------------------- blocking

  @Test
  void sameCursorForeverFailsAfterTheSecondRequestInsteadOfStoppingSilently() {
    sameCursorForever();
    assertThatThrownBy(() -> all(cursorList()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("cursor already used")
        .satisfies(e -> assertThat(((InvalidResponseException) e).field()).isEqualTo("cursor"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCursorCycleFailsInsteadOfRepeatingItemsForever() {
    cursorCycleAtoBtoA();
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(() -> cursorList().forEach(seen::add))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("cursor already used");
    assertThat(seen).containsExactly(1, 2);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void moreThanTheDocumentedNumberOfEmptyPagesFails() {
    emptyPagesForever();
    assertThatThrownBy(() -> all(cursorList()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("empty pages in a row");
    assertThat(server.getRequestCount()).isEqualTo(PagedIterable.MAX_CONSECUTIVE_EMPTY_PAGES + 1);
  }

  @Test
  void upToTheDocumentedNumberOfEmptyPagesIsTolerated() {
    emptyPagesThenData(PagedIterable.MAX_CONSECUTIVE_EMPTY_PAGES);
    assertThat(all(cursorList())).containsExactly(42);
  }

  @Test
  void anOffsetIgnoringServerFailsOnTheSecondIdenticalPage() {
    offsetIgnored();
    assertThatThrownBy(() -> all(offsetList(3)))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("ignore the offset")
        .satisfies(e -> assertThat(((InvalidResponseException) e).field()).isEqualTo("offset"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void eachIterationWalksAgainWithFreshGuards() {
    script(r -> {
      String c = r.getRequestUrl().queryParameter("cursor");
      return c == null ? page("A", 1) : page(null, 2);
    });
    PagedIterable<Integer> list = cursorList();
    assertThat(all(list)).containsExactly(1, 2);
    assertThat(all(list)).containsExactly(1, 2);
  }

  // ------------------------------------------------------------------------- page events

  private static final class PageEvents implements OperationListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final boolean fail;

    PageEvents(boolean fail) {
      this.fail = fail;
    }

    @Override
    public OperationObserver operationStarted(dev.unisdk.core.telemetry.OperationInfo operation) {
      return OperationObserver.NONE;
    }

    @Override
    public void pageFetched(PageInfo page) {
      events.add(page.operationName() + "#" + page.pageNumber() + ":" + page.itemCount() + ":" + page.hasNext());
      if (fail) {
        throw new IllegalStateException("listener bug");
      }
    }
  }

  private void threePages() {
    script(r -> {
      String c = r.getRequestUrl().queryParameter("cursor");
      return c == null ? page("A", 1, 2) : "A".equals(c) ? page("B", 3) : page(null, 4, 5, 6);
    });
  }

  @Test
  void syncPaginatorReportsEachPageToTheListener() {
    threePages();
    PageEvents events = new PageEvents(false);
    assertThat(all(cursorList().observed("test.items.list", events))).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(events.events).containsExactly(
        "test.items.list#1:2:true", "test.items.list#2:1:true", "test.items.list#3:3:false");
  }

  @Test
  void aThrowingListenerNeverBreaksIteration() throws Exception {
    threePages();
    PageEvents events = new PageEvents(true);
    assertThat(all(cursorList().observed("test.items.list", events))).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(events.events).hasSize(3);
    assertThat(asyncCursorList().observed("test.items.list", events).toList().get(10, TimeUnit.SECONDS))
        .containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(events.events).hasSize(6);
  }

  @Test
  void asyncPaginatorReportsEachPageToTheListener() throws Exception {
    threePages();
    PageEvents events = new PageEvents(false);
    asyncCursorList().observed("test.items.list", events).forEach(i -> { }).get(10, TimeUnit.SECONDS);
    assertThat(events.events).containsExactly(
        "test.items.list#1:2:true", "test.items.list#2:1:true", "test.items.list#3:3:false");
  }

  // ------------------------------------------------------------------------- async

  @Test
  void asyncForEachCompletesAfterTheLastPage() throws Exception {
    threePages();
    List<Integer> seen = new CopyOnWriteArrayList<>();
    asyncCursorList().forEach(seen::add).get(10, TimeUnit.SECONDS);
    assertThat(seen).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void asyncToListWithAMaximumRequestsNoPageBeyondIt() throws Exception {
    threePages();
    assertThat(asyncCursorList().toList(3).get(10, TimeUnit.SECONDS)).containsExactly(1, 2, 3);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(asyncCursorList().toList(0).get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void asyncForEachWhileStopsRequestingWhenThePredicateSaysSo() throws Exception {
    threePages();
    List<Integer> seen = new CopyOnWriteArrayList<>();
    asyncCursorList().forEachWhile(i -> {
      seen.add(i);
      return i < 2;
    }).get(10, TimeUnit.SECONDS);
    assertThat(seen).containsExactly(1, 2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncPageByPage() throws Exception {
    threePages();
    AsyncPager.AsyncPage<Integer> first = asyncCursorList().firstPage().get(10, TimeUnit.SECONDS);
    assertThat(first.items()).containsExactly(1, 2);
    AsyncPager.AsyncPage<Integer> second = first.next().get(10, TimeUnit.SECONDS);
    assertThat(first.next().get()).isSameAs(second);
    assertThat(second.items()).containsExactly(3);
    AsyncPager.AsyncPage<Integer> third = second.next().get(10, TimeUnit.SECONDS);
    assertThat(third.items()).containsExactly(4, 5, 6);
    assertThat(third.hasNext()).isFalse();
    assertThatThrownBy(third::next).isInstanceOf(java.util.NoSuchElementException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void asyncGuardsMatchTheBlockingOnes() throws Exception {
    sameCursorForever();
    assertThat(failureOf(asyncCursorList().toList())).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("cursor already used");
    cursorCycleAtoBtoA();
    assertThat(failureOf(asyncCursorList().forEach(i -> { }))).isInstanceOf(InvalidResponseException.class);
    emptyPagesForever();
    assertThat(failureOf(asyncCursorList().toList())).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("empty pages in a row");
    offsetIgnored();
    assertThat(failureOf(asyncOffsetList(3).toList())).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("ignore the offset");
    AsyncPager.AsyncPage<Integer> first = asyncOffsetList(3).firstPage().get(10, TimeUnit.SECONDS);
    assertThat(failureOf(first.next())).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void asyncOffsetPagingAdvancesAndStopsOnTheShortPage() throws Exception {
    script(r -> {
      int o = Integer.parseInt(r.getRequestUrl().queryParameter("offset"));
      return o == 0 ? page(null, 1, 2) : o == 2 ? page(null, 3, 4) : page(null, 5);
    });
    assertThat(asyncOffsetList(2).toList().get(10, TimeUnit.SECONDS)).containsExactly(1, 2, 3, 4, 5);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void anActionThatThrowsFailsTheFutureAndStopsRequesting() throws Exception {
    threePages();
    IllegalArgumentException boom = new IllegalArgumentException("boom");
    assertThat(failureOf(asyncCursorList().forEach(i -> {
      throw boom;
    }))).isSameAs(boom);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancellingTheFutureStopsFurtherRequests() throws Exception {
    CountDownLatch secondRequested = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
        String c = r.getRequestUrl().queryParameter("cursor");
        if (c != null) {
          secondRequested.countDown();
          release.await(5, TimeUnit.SECONDS);
        }
        return new MockResponse().setBody(page("p" + (c == null ? 1 : Integer.parseInt(c.substring(1)) + 1), 1));
      }
    });
    CompletableFuture<Void> all = asyncCursorList().forEach(i -> { });
    assertThat(secondRequested.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(all.cancel(true)).isTrue();
    release.countDown();
    Thread.sleep(300); // would be enough for several more pages if the walk went on
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aSynchronousFetcherDoesNotGrowTheStack() throws Exception {
    int pages = 20_000;
    AsyncPager<Integer> pager = AsyncPager.cursor(c -> {
      int n = c == null ? 0 : Integer.parseInt(c);
      return CompletableFuture.completedFuture(
          Page.of(Collections.singletonList(n), n + 1 < pages ? Integer.toString(n + 1) : null, null));
    });
    assertThat(pager.toList().get(10, TimeUnit.SECONDS)).hasSize(pages);
  }

  @Test
  void onePagePagerMakesOneRequestAndIgnoresAnyNextToken() throws Exception {
    threePages();
    AsyncPager<Integer> one = AsyncPager.onePage(() -> Futures.map(
        transport.executeAsync(cursorRequest(null), ResponseDecoder.json(JsonNode.class)), PageGuardsTest::toPage));
    assertThat(one.toList().get(10, TimeUnit.SECONDS)).containsExactly(1, 2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
