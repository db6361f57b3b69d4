package dev.unisdk.core;

import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.PageWalk;
import dev.unisdk.core.spi.CursorFetcher;
import dev.unisdk.core.spi.OffsetFetcher;
import dev.unisdk.core.telemetry.OperationListener;
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
 * <p>A server can neither make the iteration endless nor end it silently early: a next cursor already
 * used in the same iteration (the same cursor again, or a cycle), more than {@link
 * #MAX_CONSECUTIVE_EMPTY_PAGES} consecutive empty pages that still announce a next page, or an offset
 * page identical to the previous one (a server ignoring {@code offset}) end the iteration with an
 * {@link dev.unisdk.core.errors.InvalidResponseException} saying which. {@link AsyncPager} applies the
 * same rules.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  /** Consecutive empty pages announcing a next page that are tolerated before the iteration fails. */
  public static final int MAX_CONSECUTIVE_EMPTY_PAGES = PageWalk.MAX_CONSECUTIVE_EMPTY_PAGES;

  private final CursorFetcher<T> cursorFetcher;
  private final OffsetFetcher<T> offsetFetcher;
  private final int limit;
  private final String operationName;
  private final OperationListener listener;
  private Page<T> first;

  private PagedIterable(CursorFetcher<T> cursorFetcher, OffsetFetcher<T> offsetFetcher, int limit,
      String operationName, OperationListener listener) {
    this.cursorFetcher = cursorFetcher;
    this.offsetFetcher = offsetFetcher;
    this.limit = limit;
    this.operationName = operationName;
    this.listener = listener;
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
    return new PagedIterable<>(Checks.notNull(fetcher, "fetcher"), null, 0, null, OperationListener.NONE);
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
    return new PagedIterable<>(null, Checks.notNull(fetcher, "fetcher"), limit, null, OperationListener.NONE);
  }

  /**
   * Returns a copy of this list that reports each page it fetches to a listener ({@link
   * OperationListener#pageFetched}); a listener that throws never breaks the iteration.
   *
   * @param operationName the list operation's name, e.g. {@code crm.contacts.list}
   * @param listener the listener, e.g. {@code ClientOptions.operationListener()}
   * @return a new iterable (nothing is fetched yet)
   */
  public PagedIterable<T> observed(String operationName, OperationListener listener) {
    return new PagedIterable<>(cursorFetcher, offsetFetcher, limit, Checks.notNull(operationName, "operationName"),
        Checks.notNull(listener, "listener"));
  }

  /**
   * Returns the first page, fetching it on the first call only.
   *
   * @return the first page
   */
  public synchronized Page<T> firstPage() {
    if (first == null) {
      Page<T> page = cursorFetcher != null ? cursorFetcher.fetch(null) : offsetFetcher.fetch(0, limit);
      first = Objects.requireNonNull(page, "the page fetcher returned null");
    }
    return first;
  }

  private PageWalk<T> newWalk() {
    return cursorFetcher != null
        ? PageWalk.<T>cursor(operationName, listener)
        : PageWalk.<T>offset(limit, operationName, listener);
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
    private final PageWalk<T> walk = newWalk();
    private Page<T> next;
    private boolean started;

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      Page<T> page;
      if (!started) {
        started = true;
        page = firstPage();
      } else if (walk.isDone()) {
        return false;
      } else {
        page = fetchNext();
      }
      walk.accept(page); // throws when the server would loop; the walk is then done
      next = page;
      return true;
    }

    private Page<T> fetchNext() {
      Page<T> page = cursorFetcher != null
          ? cursorFetcher.fetch(walk.nextCursor())
          : offsetFetcher.fetch(walk.nextOffset(), limit);
      return Objects.requireNonNull(page, "the page fetcher returned null");
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page = next;
      next = null;
      return page;
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
