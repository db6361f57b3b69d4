package dev.unisdk.core.internal;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.Page;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.telemetry.OperationListener;
import dev.unisdk.core.telemetry.PageInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one walk through a paged list, shared by the blocking and the async paginators: it
 * decides which page to request next and refuses a server that would make the walk endless or
 * silently short. Not thread-safe: one walk is driven by one iteration, one page at a time. Internal.
 *
 * <p>Guards, each ending the walk with an {@link InvalidResponseException} that says which:
 * <ul>
 *   <li>cursor paging: a next cursor already requested earlier in this walk (the same cursor again, or
 *       a cycle A→B→A); the last {@value #MAX_REMEMBERED_CURSORS} cursors are remembered as digests;
 *   <li>cursor paging: more than {@value #MAX_CONSECUTIVE_EMPTY_PAGES} consecutive empty pages that
 *       still announce a next page;
 *   <li>offset paging: a full page whose items equal the previous page's (a server ignoring
 *       {@code offset}).
 * </ul>
 * After each page the operation listener's {@link OperationListener#pageFetched} is called; a listener
 * that throws is logged and ignored.
 *
 * @param <T> the item type
 */
public final class PageWalk<T> {
  /** Consecutive empty pages that still announce more, tolerated before the walk fails. */
  public static final int MAX_CONSECUTIVE_EMPTY_PAGES = 10;
  /** How many cursors one walk remembers (as SHA-256 digests) to detect cycles. */
  public static final int MAX_REMEMBERED_CURSORS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(PageWalk.class);

  private final boolean cursorPaging;
  private final int limit;
  private final String operationName;
  private final OperationListener listener;
  private final LinkedHashSet<String> seenCursors = new LinkedHashSet<>();

  private int pageNumber;
  private int consecutiveEmpty;
  private List<T> previousItems;
  private String nextCursor;
  private long nextOffset;
  private boolean done;

  private PageWalk(boolean cursorPaging, int limit, String operationName, OperationListener listener) {
    this.cursorPaging = cursorPaging;
    this.limit = limit;
    this.operationName = operationName == null ? "list" : operationName;
    this.listener = listener == null ? OperationListener.NONE : listener;
  }

  /**
   * Starts a walk over a cursor-paged list.
   *
   * @param operationName the list operation's name for page events, may be null
   * @param listener receives a page event per page, may be null
   * @param <T> the item type
   * @return the walk, before its first page
   */
  public static <T> PageWalk<T> cursor(String operationName, OperationListener listener) {
    return new PageWalk<>(true, 0, operationName, listener);
  }

  /**
   * Starts a walk over an offset-paged list.
   *
   * @param limit the page size, at least 1
   * @param operationName the list operation's name for page events, may be null
   * @param listener receives a page event per page, may be null
   * @param <T> the item type
   * @return the walk, before its first page
   */
  public static <T> PageWalk<T> offset(int limit, String operationName, OperationListener listener) {
    return new PageWalk<>(false, limit, operationName, listener);
  }

  /**
   * Tells whether this walk pages by cursor.
   *
   * @return true for cursor paging, false for offset paging
   */
  public boolean isCursor() {
    return cursorPaging;
  }

  /**
   * Returns the page size of an offset walk.
   *
   * @return the limit, 0 for a cursor walk
   */
  public int limit() {
    return limit;
  }

  /**
   * Tells whether the walk has ended (the last page was accepted).
   *
   * @return true when no further page is to be requested
   */
  public boolean isDone() {
    return done;
  }

  /**
   * Returns the cursor to request next (null before the first page).
   *
   * @return the cursor
   */
  public String nextCursor() {
    return nextCursor;
  }

  /**
   * Returns the offset to request next (0 before the first page).
   *
   * @return the offset; always within int range while the walk is not done
   */
  public int nextOffset() {
    return (int) nextOffset;
  }

  /**
   * Accepts the page just fetched: checks it against the guards, reports it to the listener and
   * decides the next request.
   *
   * @param page the page, not null
   * @return true when another page is to be requested
   * @throws InvalidResponseException when the server would make the walk endless
   */
  public boolean accept(Page<T> page) {
    if (page == null) {
      throw new NullPointerException("the page fetcher returned null");
    }
    if (done) {
      throw new IllegalStateException("the walk has ended");
    }
    pageNumber++;
    boolean more;
    try {
      more = cursorPaging ? acceptCursorPage(page) : acceptOffsetPage(page);
    } catch (RuntimeException e) {
      done = true;
      throw e;
    }
    done = !more;
    firePageFetched(page, more);
    return more;
  }

  private boolean acceptCursorPage(Page<T> page) {
    if (!page.hasNext()) {
      return false;
    }
    String next = page.nextToken();
    if (!seenCursors.add(digest(next))) {
      throw invalid(page, "the server returned a page cursor already used earlier in this list (page "
          + pageNumber + "); stopping to avoid an endless loop", "cursor");
    }
    if (seenCursors.size() > MAX_REMEMBERED_CURSORS) {
      Iterator<String> oldest = seenCursors.iterator();
      oldest.next();
      oldest.remove();
    }
    if (page.items().isEmpty()) {
      consecutiveEmpty++;
      if (consecutiveEmpty > MAX_CONSECUTIVE_EMPTY_PAGES) {
        throw invalid(page, "the server returned " + consecutiveEmpty
            + " empty pages in a row that each announce a next page; stopping (at most "
            + MAX_CONSECUTIVE_EMPTY_PAGES + " are tolerated)", "cursor");
      }
    } else {
      consecutiveEmpty = 0;
    }
    nextCursor = next;
    return true;
  }

  private boolean acceptOffsetPage(Page<T> page) {
    List<T> items = page.items();
    int size = items.size();
    if (size == 0 || size < limit) {
      return false;
    }
    if (previousItems != null && previousItems.equals(items)) {
      throw invalid(page, "the server returned the same page for offset " + nextOffset
          + " as for the previous offset (it seems to ignore the offset); stopping to avoid an endless loop",
          "offset");
    }
    previousItems = items;
    long offset = nextOffset + size;
    if (offset > Integer.MAX_VALUE) {
      return false;
    }
    nextOffset = offset;
    return true;
  }

  private void firePageFetched(Page<T> page, boolean more) {
    if (listener == OperationListener.NONE) {
      return;
    }
    try {
      listener.pageFetched(new PageInfo(operationName, pageNumber, page.items().size(), more));
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      LOG.warn("{}: the operation listener failed on page {}; ignored: {}",
          operationName, pageNumber, e.toString());
    }
  }

  private static InvalidResponseException invalid(Page<?> page, String message, String field) {
    ApiResponse<?> r = page.response();
    return new InvalidResponseException(message, r == null ? 0 : r.statusCode(), "", field, null);
  }

  private static String digest(String cursor) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(cursor.getBytes(StandardCharsets.UTF_8));
      return new String(d, StandardCharsets.ISO_8859_1);
    } catch (NoSuchAlgorithmException e) {
      return cursor; // SHA-256 is mandatory on every Java platform; keep the cursor itself otherwise
    }
  }

  @Override
  public String toString() {
    return "PageWalk{" + (cursorPaging ? "cursor" : "offset, limit=" + limit) + ", page " + pageNumber + "}";
  }
}
