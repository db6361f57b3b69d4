package dev.unisdk.apideck;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The {@code meta} member of a list response: the page size and the paging cursors. */
public final class ApideckMeta {
  static final ApideckMeta NONE = new ApideckMeta(null, ApideckCursors.NONE);

  private final Integer itemsOnPage;
  private final ApideckCursors cursors;

  ApideckMeta(Integer itemsOnPage, ApideckCursors cursors) {
    this.itemsOnPage = itemsOnPage;
    this.cursors = cursors == null ? ApideckCursors.NONE : cursors;
  }

  /**
   * Returns the number of items in {@code data} as reported by the server.
   *
   * @return {@code meta.items_on_page}, or null when absent
   */
  public @Nullable Integer itemsOnPage() {
    return itemsOnPage;
  }

  /**
   * Returns the paging cursors.
   *
   * @return the cursors, never null (their values may be)
   */
  public ApideckCursors cursors() {
    return cursors;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApideckMeta && Objects.equals(itemsOnPage, ((ApideckMeta) o).itemsOnPage)
        && cursors.equals(((ApideckMeta) o).cursors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(itemsOnPage, cursors);
  }

  @Override
  public String toString() {
    return "ApideckMeta{itemsOnPage=" + itemsOnPage + ", cursors=" + cursors + "}";
  }
}
