package dev.unisdk.core;

import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Futures;
import dev.unisdk.core.internal.PageWalk;
import dev.unisdk.core.spi.AsyncCursorFetcher;
import dev.unisdk.core.spi.AsyncOffsetFetcher;
import dev.unisdk.core.telemetry.OperationListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asynchronous auto-pagination of a cursor- or offset-paged list. Nothing is requested until one of
 * the methods below is called; each call walks the list again from its first page, one request at a
 * time (page N+1 is requested after the items of page N were handed over), and never blocks a thread
 * while waiting: each page is requested from the completion of the previous one, on the HTTP client's
 * threads. Callbacks therefore run on those threads: keep them short and non-blocking.
 *
 * <pre>{@code
 * crm.contacts().listAsync(params)
 *     .forEach(contact -> System.out.println(contact.name()))
 *     .whenComplete((done, error) -> ...);               // completes after the last page
 *
 * CompletableFuture<List<Contact>> first100 = crm.contacts().listAsync(params).toList(100);
 * }</pre>
 *
 * <p>Cancelling a returned future cancels the request in flight and no further page is requested. The
 * same rules as {@link PagedIterable} stop a misbehaving server: a cursor already used in this walk,
 * more than {@link PagedIterable#MAX_CONSECUTIVE_EMPTY_PAGES} consecutive empty pages announcing more,
 * or an offset page identical to the previous one complete the future with an {@link
 * dev.unisdk.core.errors.InvalidResponseException}. Thread-safe; immutable.
 *
 * @param <T> the item type
 */
public final class AsyncPager<T> {
  private final AsyncCursorFetcher<T> cursorFetcher;
  private final AsyncOffsetFetcher<T> offsetFetcher;
  private final int limit;
  private final String operationName;
  private final OperationListener listener;

  private AsyncPager(AsyncCursorFetcher<T> cursorFetcher, AsyncOffsetFetcher<T> offsetFetcher, int limit,
      String operationName, OperationListener listener) {
    this.cursorFetcher = cursorFetcher;
    this.offsetFetcher = offsetFetcher;
    this.limit = limit;
    this.operationName = operationName;
    this.listener = listener;
  }

  /**
   * Pages by cursor: the first page with a null cursor, each next one with the previous page's
   * {@link Page#nextToken()}, until it is null or empty.
   *
   * @param fetcher fetches one page asynchronously
   * @param <T> the item type
   * @return the pager (nothing is fetched yet)
   */
  public static <T> AsyncPager<T> cursor(AsyncCursorFetcher<T> fetcher) {
    return new AsyncPager<>(Checks.notNull(fetcher, "fetcher"), null, 0, null, OperationListener.NONE);
  }

  /**
   * Pages by offset: offsets 0, n, 2n... until a page holds fewer than {@code limit} items.
   *
   * @param limit the page size, at least 1
   * @param fetcher fetches one page asynchronously
   * @param <T> the item type
   * @return the pager (nothing is fetched yet)
   */
  public static <T> AsyncPager<T> offset(int limit, AsyncOffsetFetcher<T> fetcher) {
    Checks.inRange(limit, 1, Integer.MAX_VALUE, "limit");
    return new AsyncPager<>(null, Checks.notNull(fetcher, "fetcher"), limit, null, OperationListener.NONE);
  }

  /**
   * A pager over a list the API returns in one response (not paged): one page, no next.
   *
   * @param fetcher requests the whole list asynchronously
   * @param <T> the item type
   * @return the pager (nothing is fetched yet)
   */
  public static <T> AsyncPager<T> onePage(Supplier<CompletableFuture<Page<T>>> fetcher) {
    Checks.notNull(fetcher, "fetcher");
    return cursor(cursor -> {
      CompletableFuture<Page<T>> page = fetcher.get();
      if (page == null) {
        return Futures.failed(new NullPointerException("the page fetcher returned null"));
      }
      return Futures.map(page, p -> p == null ? null : Page.of(p.items(), null, p.response()));
    });
  }

  /**
   * Returns a copy of this pager that reports each page it fetches to a listener ({@link
   * OperationListener#pageFetched}); a listener that throws never breaks the walk.
   *
   * @param operationName the list operation's name, e.g. {@code crm.contacts.list}
   * @param listener the listener, e.g. {@code ClientOptions.operationListener()}
   * @return a new pager
   */
  public AsyncPager<T> observed(String operationName, OperationListener listener) {
    return new AsyncPager<>(cursorFetcher, offsetFetcher, limit, Checks.notNull(operationName, "operationName"),
        Checks.notNull(listener, "listener"));
  }

  /**
   * Fetches the first page; {@link AsyncPage#next()} fetches the following ones, page by page.
   *
   * @return the future first page; cancelling it cancels the request
   */
  public CompletableFuture<AsyncPage<T>> firstPage() {
    return new Walk().fetchPage();
  }

  /**
   * Hands every item of every page to an action, page after page.
   *
   * @param action called once per item, in order, on the HTTP client's thread
   * @return a future that completes after the last page's items were handed over, or exceptionally
   *     with the first failure (request, invalid page, or an exception thrown by {@code action});
   *     cancelling it stops further requests
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Checks.notNull(action, "action");
    return forEachWhile(item -> {
      action.accept(item);
      return true;
    });
  }

  /**
   * Hands items to a predicate until it returns false or the list ends. No page is requested after
   * the predicate returned false.
   *
   * @param action called once per item, in order; returns false to stop
   * @return a future that completes when the predicate stopped the walk or after the last page, or
   *     exceptionally with the first failure; cancelling it stops further requests
   */
  public CompletableFuture<Void> forEachWhile(Predicate<? super T> action) {
    Checks.notNull(action, "action");
    return new Walk().run(action);
  }

  /**
   * Collects every item of every page.
   *
   * @return the future list (unmodifiable)
   */
  public CompletableFuture<List<T>> toList() {
    return toList(Integer.MAX_VALUE);
  }

  /**
   * Collects at most {@code max} items; no page is requested once {@code max} items were collected.
   *
   * @param max the most items to collect, at least 0
   * @return the future list (unmodifiable), of {@code max} items or fewer when the list is shorter
   */
  public CompletableFuture<List<T>> toList(int max) {
    Checks.inRange(max, 0, Integer.MAX_VALUE, "max");
    if (max == 0) {
      return CompletableFuture.completedFuture(Collections.<T>emptyList());
    }
    List<T> out = new ArrayList<>();
    CompletableFuture<Void> walk = forEachWhile(item -> {
      out.add(item);
      return out.size() < max;
    });
    return Futures.map(walk, done -> Collections.unmodifiableList(out));
  }

  @Override
  public String toString() {
    return cursorFetcher != null ? "AsyncPager{cursor}" : "AsyncPager{offset, limit=" + limit + "}";
  }

  /** One walk through the list: its guard state and the request of the next page. */
  private final class Walk {
    private final PageWalk<T> guard = cursorFetcher != null
        ? PageWalk.<T>cursor(operationName, listener)
        : PageWalk.<T>offset(limit, operationName, listener);
    private final AtomicInteger pending = new AtomicInteger();
    private volatile CompletableFuture<Page<T>> inFlight;

    /** Requests the next page (first page before any was accepted). Never throws. */
    private CompletableFuture<Page<T>> fetch() {
      CompletableFuture<Page<T>> f;
      try {
        synchronized (guard) {
          f = cursorFetcher != null
              ? cursorFetcher.fetch(guard.nextCursor())
              : offsetFetcher.fetch(guard.nextOffset(), limit);
        }
      } catch (RuntimeException | Error e) {
        return Futures.failed(e);
      }
      return f != null ? f : Futures.<Page<T>>failed(new NullPointerException("the page fetcher returned null"));
    }

    /** The next page as an {@link AsyncPage}; the guard accepts it before it is handed out. */
    CompletableFuture<AsyncPage<T>> fetchPage() {
      return Futures.map(fetch(), page -> {
        synchronized (guard) {
          boolean more = guard.accept(page);
          return new AsyncPage<>(page, more ? this::fetchPage : null);
        }
      });
    }

    /** Drives the walk to its end, handing items to the action. */
    CompletableFuture<Void> run(Predicate<? super T> action) {
      CompletableFuture<Void> result = new CompletableFuture<>();
      result.whenComplete((v, e) -> {
        CompletableFuture<Page<T>> f = inFlight;
        if (result.isCancelled() && f != null) {
          f.cancel(true);
        }
      });
      drive(result, action);
      return result;
    }

    /** Requests pages in a loop, never recursing: a page already complete continues the loop. */
    private void drive(CompletableFuture<Void> result, Predicate<? super T> action) {
      if (pending.getAndIncrement() != 0) {
        return;
      }
      do {
        if (result.isDone()) {
          continue;
        }
        CompletableFuture<Page<T>> f = fetch();
        inFlight = f;
        if (result.isCancelled()) {
          f.cancel(true);
          continue;
        }
        f.whenComplete((page, error) -> {
          if (handle(result, action, page, error)) {
            drive(result, action);
          }
        });
      } while (pending.decrementAndGet() != 0);
    }

    /** Hands a page's items over; true when the next page is to be requested. */
    private boolean handle(CompletableFuture<Void> result, Predicate<? super T> action, Page<T> page, Throwable error) {
      if (error != null) {
        result.completeExceptionally(Futures.unwrap(error));
        return false;
      }
      if (result.isDone()) {
        return false;
      }
      try {
        boolean more;
        synchronized (guard) {
          more = guard.accept(page);
        }
        for (T item : page.items()) {
          if (!action.test(item)) {
            result.complete(null);
            return false;
          }
          if (result.isDone()) {
            return false;
          }
        }
        if (!more) {
          result.complete(null);
        }
        return more;
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
        return false;
      }
    }
  }

  /**
   * One page of an {@link AsyncPager} walk: its items and the way to the next page.
   *
   * @param <T> the item type
   */
  public static final class AsyncPage<T> {
    private final Page<T> page;
    private final Supplier<CompletableFuture<AsyncPage<T>>> nextFetch;
    private CompletableFuture<AsyncPage<T>> next;

    AsyncPage(Page<T> page, Supplier<CompletableFuture<AsyncPage<T>>> nextFetch) {
      this.page = page;
      this.nextFetch = nextFetch;
    }

    /**
     * Returns the items of this page.
     *
     * @return an unmodifiable list, never null
     */
    public List<T> items() {
      return page.items();
    }

    /**
     * Returns the page as the paginator read it (items, next token, response).
     *
     * @return the page
     */
    public Page<T> page() {
      return page;
    }

    /**
     * Tells whether another page follows.
     *
     * @return true when {@link #next()} fetches a page
     */
    public boolean hasNext() {
      return nextFetch != null;
    }

    /**
     * Fetches the next page. Calling it again returns the same future (the page is requested once).
     *
     * @return the future next page; cancelling it cancels the request
     * @throws java.util.NoSuchElementException when this is the last page
     */
    public synchronized CompletableFuture<AsyncPage<T>> next() {
      if (nextFetch == null) {
        throw new java.util.NoSuchElementException("this is the last page");
      }
      if (next == null) {
        next = nextFetch.get();
      }
      return next;
    }

    @Override
    public String toString() {
      return "AsyncPage{items=" + page.items().size() + ", hasNext=" + hasNext() + "}";
    }
  }
}
