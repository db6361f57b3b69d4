package dev.unisdk.core.spi;

import dev.unisdk.core.Page;

/**
 * Fetches one page of a cursor-paged list.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface CursorFetcher<T> {
  /**
   * Fetches the page at a cursor.
   *
   * @param cursor the cursor from the previous page's {@link Page#nextToken()}, or null for the first page
   * @return the page, never null
   */
  Page<T> fetch(String cursor);
}
