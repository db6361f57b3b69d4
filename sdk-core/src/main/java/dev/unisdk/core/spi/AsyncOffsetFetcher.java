package dev.unisdk.core.spi;

import dev.unisdk.core.Page;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches one page of an offset-paged list asynchronously (the async twin of {@link OffsetFetcher}).
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface AsyncOffsetFetcher<T> {
  /**
   * Starts fetching the page at an offset. Cancelling the returned future must cancel the request.
   *
   * @param offset the index of the first item, 0 for the first page
   * @param limit the page size requested
   * @return the future page, never null; it completes with a non-null page
   */
  CompletableFuture<Page<T>> fetch(int offset, int limit);
}
