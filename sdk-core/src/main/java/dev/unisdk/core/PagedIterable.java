package dev.unisdk.core;

import dev.unisdk.core.spi.CursorFetcher;
import dev.unisdk.core.spi.OffsetFetcher;

import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.internal.Checks;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily auto-paginating list. Iterating fetches one page at a time: page N+1 is requested only
 * when the caller iterates past the last item of page N, and no request is made after the last page
 * (cursor: next token null or empty; offset: a page shorter than the limit). Memory stays at one page.
 * The first page is fetched once and reused by {@link #firstPage()} and every iteration; later pages
 * are fetched again on each new iteration.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final CursorFetcher<T> cursorFetcher;
  private final OffsetFetcher<T> offsetFetcher;
  private final int limit;
  private Page<T> first;

  private PagedIterable(CursorFetcher<T> cursorFetcher, OffsetFetcher<T> offsetFetcher, int limit) {
    this.cursorFetcher = cursorFetcher;
    this.offsetFetcher = offsetFetcher;
    this.limit = limit;
  }

  /**
   * Pages by cursor: the first page is fetched with a null cursor, each next one with the previous
   * page's {@link Page#nextToken()}, until it is null or empty.
   *
   * @param fetcher fetches one page
   * @param <T> the item type
   * @return the iterable (nothing is fetched yet)
   */
  public static <T> PagedIterable<T> cursor(CursorFetcher<T> fetcher) {
    return new PagedIterable<>(Checks.notNull(fetcher, "fetcher"), null, 0);
  }

  /**
   * Pages by offset: offsets 0, n, 2n... until a page holds fewer than {@code limit} items.
   *
   * @param limit the page size, at least 1
   * @param fetcher fetches one page
   * @param <T> the item type
   * @return the iterable (nothing is fetched yet)
   */
  public static <T> PagedIterable<T> offset(int limit, OffsetFetcher<T> fetcher) {
    Checks.inRange(limit, 1, Integer.MAX_VALUE, "limit");
    return new PagedIterable<>(null, Checks.notNull(fetcher, "fetcher"), limit);
  }

  /**
   * Returns the first page, fetching it on the first call only.
   *
   * @return the first page
   */
  public synchronized Page<T> firstPage() {
    if (first == null) {
      first = fetchFirst();
    }
    return first;
  }

  private Page<T> fetchFirst() {
    Page<T> page = cursorFetcher != null ? cursorFetcher.fetch(null) : offsetFetcher.fetch(0, limit);
    return Objects.requireNonNull(page, "the page fetcher returned null");
  }

  /**
   * Iterates over pages, fetching each lazily.
   *
   * @return an iterable of pages
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /**
   * Iterates over every item of every page, fetching pages lazily.
   *
   * @return an item iterator
   */
  @Override
  public Iterator<T> iterator() {
    return new ItemIterator();
  }

  /**
   * Returns a lazy sequential stream of every item; pages are fetched as the stream is consumed.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED),
        Spliterator.ORDERED,
        false);
  }

  @Override
  public String toString() {
    return cursorFetcher != null ? "PagedIterable{cursor}" : "PagedIterable{offset, limit=" + limit + "}";
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private Page<T> next;
    private Page<T> previous;
    private String previousCursor;
    private int offset;
    private boolean started;
    private boolean done;

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (done) {
        return false;
      }
      if (!started) {
        started = true;
        next = firstPage();
        return true;
      }
      next = fetchAfter(previous);
      if (next == null) {
        done = true;
      }
      return next != null;
    }

    private Page<T> fetchAfter(Page<T> page) {
      if (cursorFetcher != null) {
        if (!page.hasNext()) {
          return null;
        }
        String cursor = page.nextToken();
        if (cursor.equals(previousCursor)) {
          ApiResponse<?> r = page.response();
          throw new InvalidResponseException(
              "the server returned the same page cursor twice; stopping to avoid an endless loop",
              r == null ? 0 : r.statusCode(), "", "cursor", null);
        }
        previousCursor = cursor;
        return Objects.requireNonNull(cursorFetcher.fetch(cursor), "the page fetcher returned null");
      }
      int size = page.items().size();
      if (size == 0 || size < limit) {
        return null;
      }
      offset += size;
      if (offset < 0) {
        return null;
      }
      return Objects.requireNonNull(offsetFetcher.fetch(offset, limit), "the page fetcher returned null");
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      previous = next;
      next = null;
      return previous;
    }
  }

  private final class ItemIterator implements Iterator<T> {
    private final PageIterator pages = new PageIterator();
    private Iterator<T> items = Collections.emptyIterator();

    @Override
    public boolean hasNext() {
      while (!items.hasNext()) {
        if (!pages.hasNext()) {
          return false;
        }
        items = pages.next().items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }
}
