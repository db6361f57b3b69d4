package dev.unisdk.core;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.CursorFetcher;
import dev.unisdk.core.spi.OffsetFetcher;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.spi.Transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.errors.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class PagedIterableTest {

  /** A cursor fetcher over fixed pages that records every cursor it is asked for. */
  static final class Pages implements CursorFetcher<String> {
    final Map<String, Page<String>> byCursor = new java.util.HashMap<>();
    final List<String> requested = new ArrayList<>();

    Pages(List<List<String>> pages) {
      for (int i = 0; i < pages.size(); i++) {
        String cursor = i == 0 ? null : "c" + i;
        String next = i + 1 < pages.size() ? "c" + (i + 1) : null;
        byCursor.put(cursor, Page.of(pages.get(i), next, null));
      }
    }

    @Override
    public Page<String> fetch(String cursor) {
      requested.add(cursor);
      return byCursor.get(cursor);
    }
  }

  /** An offset fetcher over a fixed list that records every offset it is asked for. */
  static final class Rows implements OffsetFetcher<Integer> {
    final int total;
    final List<Integer> offsets = new ArrayList<>();

    Rows(int total) {
      this.total = total;
    }

    @Override
    public Page<Integer> fetch(int offset, int limit) {
      offsets.add(offset);
      List<Integer> items = new ArrayList<>();
      for (int i = offset; i < Math.min(total, offset + limit); i++) {
        items.add(i);
      }
      return Page.of(items, null);
    }
  }

  private static <T> List<T> all(Iterable<T> it) {
    List<T> out = new ArrayList<>();
    it.forEach(out::add);
    return out;
  }

  @Test
  void cursorWithZeroItemsMakesExactlyOneRequest() {
    Pages pages = new Pages(Collections.singletonList(Collections.<String>emptyList()));
    assertThat(all(PagedIterable.cursor(pages))).isEmpty();
    assertThat(pages.requested).containsExactly((String) null);
  }

  @Test
  void cursorWithOnePageMakesExactlyOneRequest() {
    Pages pages = new Pages(Collections.singletonList(Arrays.asList("a", "b")));
    assertThat(all(PagedIterable.cursor(pages))).containsExactly("a", "b");
    assertThat(pages.requested).containsExactly((String) null);
  }

  @Test
  void cursorWithManyPagesMakesOneRequestPerPageFollowingTheCursor() {
    Pages pages = new Pages(Arrays.asList(
        Arrays.asList("a", "b"), Collections.<String>emptyList(), Arrays.asList("c"), Arrays.asList("d", "e")));
    assertThat(all(PagedIterable.cursor(pages))).containsExactly("a", "b", "c", "d", "e");
    assertThat(pages.requested).containsExactly(null, "c1", "c2", "c3");
  }

  @Test
  void cursorStopsOnAnEmptyNextCursor() {
    List<String> seen = new ArrayList<>();
    PagedIterable<String> it = PagedIterable.cursor(c -> {
      seen.add(c);
      return Page.of(Collections.singletonList("x"), "", null);
    });
    assertThat(all(it)).containsExactly("x");
    assertThat(seen).hasSize(1);
  }

  @Test
  void fetchesTheNextPageOnlyWhenIteratingPastTheLastItem() {
    Pages pages = new Pages(Arrays.asList(Arrays.asList("a", "b"), Arrays.asList("c")));
    PagedIterable<String> iterable = PagedIterable.cursor(pages);
    assertThat(pages.requested).isEmpty();
    Iterator<String> it = iterable.iterator();
    assertThat(pages.requested).isEmpty();
    assertThat(it.next()).isEqualTo("a");
    assertThat(it.next()).isEqualTo("b");
    assertThat(pages.requested).hasSize(1);
    assertThat(it.hasNext()).isTrue();
    assertThat(pages.requested).hasSize(2);
    assertThat(it.next()).isEqualTo("c");
    assertThat(it.hasNext()).isFalse();
    assertThat(pages.requested).hasSize(2);
  }

  @Test
  void streamIsLazy() {
    Pages pages = new Pages(Arrays.asList(Arrays.asList("a", "b"), Arrays.asList("c"), Arrays.asList("d")));
    java.util.stream.Stream<String> stream = PagedIterable.cursor(pages).stream();
    assertThat(pages.requested).isEmpty();
    assertThat(stream.limit(3).collect(Collectors.toList())).containsExactly("a", "b", "c");
    assertThat(pages.requested).containsExactly(null, "c1");
  }

  @Test
  void pagesExposeEachPageAndFirstPageIsFetchedOnce() {
    Pages pages = new Pages(Arrays.asList(Arrays.asList("a"), Arrays.asList("b")));
    PagedIterable<String> iterable = PagedIterable.cursor(pages);
    assertThat(iterable.firstPage().items()).containsExactly("a");
    assertThat(iterable.firstPage().nextToken()).isEqualTo("c1");
    List<Page<String>> seen = all(iterable.pages());
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1).hasNext()).isFalse();
    assertThat(pages.requested).containsExactly(null, "c1");
  }

  @Test
  void aRepeatedCursorFailsInsteadOfLoopingForever() {
    PagedIterable<String> it = PagedIterable.cursor(c -> Page.of(Collections.singletonList("x"), "same", null));
    assertThatThrownBy(() -> all(it)).isInstanceOf(InvalidResponseException.class).hasMessageContaining("cursor");
  }

  @Test
  void offsetWithZeroItemsMakesExactlyOneRequest() {
    Rows rows = new Rows(0);
    assertThat(all(PagedIterable.offset(3, rows))).isEmpty();
    assertThat(rows.offsets).containsExactly(0);
  }

  @Test
  void offsetWithOneShortPageMakesExactlyOneRequest() {
    Rows rows = new Rows(2);
    assertThat(all(PagedIterable.offset(3, rows))).containsExactly(0, 1);
    assertThat(rows.offsets).containsExactly(0);
  }

  @Test
  void offsetWithManyPagesAdvancesByPageSizeAndStopsOnTheShortPage() {
    Rows rows = new Rows(7);
    assertThat(all(PagedIterable.offset(3, rows))).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(rows.offsets).containsExactly(0, 3, 6);
  }

  @Test
  void offsetNeedsOneEmptyPageWhenTheTotalIsAMultipleOfTheLimit() {
    Rows rows = new Rows(6);
    assertThat(all(PagedIterable.offset(3, rows))).hasSize(6);
    assertThat(rows.offsets).containsExactly(0, 3, 6);
  }

  @Test
  void offsetRefusesANonPositiveLimit() {
    assertThatThrownBy(() -> PagedIterable.offset(0, new Rows(1))).isInstanceOf(ValidationException.class);
  }

  @Test
  void pagesThroughAServerWithExactlyOneHttpRequestPerPage() throws Exception {
    MockWebServer server = new MockWebServer();
    server.enqueue(new MockResponse().setBody("{\"data\":[1,2],\"next\":\"p2\"}"));
    server.enqueue(new MockResponse().setBody("{\"data\":[3],\"next\":\"p3\"}"));
    server.enqueue(new MockResponse().setBody("{\"data\":[4],\"next\":null}"));
    server.start();
    try (Transport t = TestServers.transport(server, new RecordingSleeper())) {
      PagedIterable<Integer> numbers = PagedIterable.cursor(cursor -> {
        ApiResponse<JsonNode> r = t.execute(
            ApiRequest.builder("GET").pathSegments("numbers").query("cursor", cursor).build(),
            ResponseDecoder.json(JsonNode.class));
        List<Integer> items = new ArrayList<>();
        r.value().get("data").forEach(n -> items.add(n.asInt()));
        return Page.of(items, r.value().get("next").isNull() ? null : r.value().get("next").asText(), r);
      });
      assertThat(numbers.stream().collect(Collectors.toList())).containsExactly(1, 2, 3, 4);
      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThat(server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl().queryParameter("cursor")).isNull();
      assertThat(server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl().queryParameter("cursor")).isEqualTo("p2");
      assertThat(server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl().queryParameter("cursor")).isEqualTo("p3");
    } finally {
      server.shutdown();
    }
  }
}
