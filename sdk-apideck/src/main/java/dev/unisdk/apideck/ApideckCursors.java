package dev.unisdk.apideck;

import org.jspecify.annotations.Nullable;

/** The cursors of a list page ({@code meta.cursors}); pass {@link #next()} as {@code cursor} for the next page. */
public final class ApideckCursors extends PageNeighbours {
  static final ApideckCursors NONE = new ApideckCursors(null, null, null);

  ApideckCursors(String previous, String current, String next) {
    super(previous, current, next);
  }

  /**
   * Returns the cursor of the previous page (not available for all connectors).
   *
   * @return the cursor, or null
   */
  public @Nullable String previous() {
    return previousValue();
  }

  /**
   * Returns the cursor of this page.
   *
   * @return the cursor, or null
   */
  public @Nullable String current() {
    return currentValue();
  }

  /**
   * Returns the cursor of the next page.
   *
   * @return the cursor, or null at the end of the list
   */
  public @Nullable String next() {
    return nextValue();
  }
}
