package dev.unisdk.apideck;

import java.util.Objects;

/** The cursors of a list page ({@code meta.cursors}); pass {@link #next()} as {@code cursor} for the next page. */
public final class ApideckCursors {
  static final ApideckCursors NONE = new ApideckCursors(null, null, null);

  private final String previous;
  private final String current;
  private final String next;

  ApideckCursors(String previous, String current, String next) {
    this.previous = previous;
    this.current = current;
    this.next = next;
  }

  /**
   * Returns the cursor of the previous page (not available for all connectors).
   *
   * @return the cursor, or null
   */
  public String previous() {
    return previous;
  }

  /**
   * Returns the cursor of this page.
   *
   * @return the cursor, or null
   */
  public String current() {
    return current;
  }

  /**
   * Returns the cursor of the next page.
   *
   * @return the cursor, or null at the end of the list
   */
  public String next() {
    return next;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApideckCursors)) {
      return false;
    }
    ApideckCursors c = (ApideckCursors) o;
    return Objects.equals(previous, c.previous) && Objects.equals(current, c.current)
        && Objects.equals(next, c.next);
  }

  @Override
  public int hashCode() {
    return Objects.hash(previous, current, next);
  }

  @Override
  public String toString() {
    return "ApideckCursors{previous=" + previous + ", current=" + current + ", next=" + next + "}";
  }
}
