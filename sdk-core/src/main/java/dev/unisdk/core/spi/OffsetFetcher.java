package dev.unisdk.core.spi;

import dev.unisdk.core.Page;

/**
 * Fetches one page of an offset-paged list.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface OffsetFetcher<T> {
  /**
   * Fetches the page starting at an offset.
   *
   * @param offset the index of the first item, 0 for the first page
   * @param limit the page size requested
   * @return the page, never null
   */
  Page<T> fetch(int offset, int limit);
}
