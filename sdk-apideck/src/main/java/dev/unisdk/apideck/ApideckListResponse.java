package dev.unisdk.apideck;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Apideck envelope of a list page: the common envelope members, {@code data} as a list, and
 * {@code meta} (items on page, cursors) and {@code links}.
 *
 * @param <T> the item type
 */
public final class ApideckListResponse<T> extends ApideckResponse<List<T>> {
  private final ApideckMeta meta;
  private final ApideckLinks links;

  ApideckListResponse(EnvelopeReader.Envelope<List<T>> e) {
    super(e);
    this.meta = e.meta == null ? ApideckMeta.NONE : e.meta;
    this.links = e.links == null ? ApideckLinks.NONE : e.links;
  }

  /**
   * Returns the items of this page.
   *
   * @return an unmodifiable list, never null
   */
  @Override
  public List<T> data() {
    return super.data();
  }

  /**
   * Returns {@code meta}: items on page and cursors.
   *
   * @return the meta, never null (empty when the server sent none)
   */
  public ApideckMeta meta() {
    return meta;
  }

  /**
   * Returns {@code links} to the neighbouring pages.
   *
   * @return the links, never null (empty when the server sent none)
   */
  public ApideckLinks links() {
    return links;
  }

  /**
   * Returns the cursor of the next page, {@code meta.cursors.next}.
   *
   * @return the cursor, or null at the end of the list
   */
  public @Nullable String nextCursor() {
    String next = meta.cursors().next();
    return next == null || next.isEmpty() ? null : next;
  }

  /**
   * Tells whether a next page exists.
   *
   * @return true when {@link #nextCursor()} is not null
   */
  public boolean hasNextPage() {
    return nextCursor() != null;
  }
}
