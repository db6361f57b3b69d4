package dev.unisdk.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: its items, the token of the next page, and the response it came from.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextToken;
  private final ApiResponse<?> response;

  private Page(List<T> items, String nextToken, ApiResponse<?> response) {
    this.items = items == null ? Collections.<T>emptyList()
        : Collections.unmodifiableList(new ArrayList<>(items));
    this.nextToken = nextToken == null || nextToken.isEmpty() ? null : nextToken;
    this.response = response;
  }

  /**
   * Creates a page.
   *
   * @param items the items (copied; null means none)
   * @param nextToken the cursor of the next page; null or empty at the end
   * @param response the response the page was read from, may be null
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> items, String nextToken, ApiResponse<?> response) {
    return new Page<>(items, nextToken, response);
  }

  /**
   * Creates a page without a next token (offset paging, or the last page).
   *
   * @param items the items
   * @param response the response, may be null
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(List<T> items, ApiResponse<?> response) {
    return new Page<>(items, null, response);
  }

  /**
   * Returns the items of this page.
   *
   * @return an unmodifiable list, never null
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the token (cursor) of the next page.
   *
   * @return the token, or null at the end
   */
  public @Nullable String nextToken() {
    return nextToken;
  }

  /**
   * Tells whether the server announced a next page through a token.
   *
   * @return true when {@link #nextToken()} is not null
   */
  public boolean hasNext() {
    return nextToken != null;
  }

  /**
   * Returns the response this page was read from.
   *
   * @return the response (status, headers, request id), or null
   */
  public @Nullable ApiResponse<?> response() {
    return response;
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", nextToken=" + nextToken + "}";
  }
}
