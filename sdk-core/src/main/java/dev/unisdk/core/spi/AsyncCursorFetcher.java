package dev.unisdk.core.spi;

import dev.unisdk.core.Page;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches one page of a cursor-paged list asynchronously (the async twin of {@link CursorFetcher}).
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface AsyncCursorFetcher<T> {
  /**
   * Starts fetching the page at a cursor. Cancelling the returned future must cancel the request.
   *
   * @param cursor the cursor from the previous page's {@link Page#nextToken()}, or null for the first page
   * @return the future page, never null; it completes with a non-null page
   */
  CompletableFuture<Page<T>> fetch(String cursor);
}
