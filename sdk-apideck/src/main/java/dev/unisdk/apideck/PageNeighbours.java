package dev.unisdk.apideck;

import java.util.Objects;

/**
 * The {@code previous}, {@code current} and {@code next} references of a list page, as Apideck sends
 * them in {@code meta.cursors} ({@link ApideckCursors}) and {@code links} ({@link ApideckLinks}):
 * storage, equality and {@code toString()} for both. Immutable.
 */
abstract class PageNeighbours {
  private final String previous;
  private final String current;
  private final String next;

  PageNeighbours(String previous, String current, String next) {
    this.previous = previous;
    this.current = current;
    this.next = next;
  }

  final String previousValue() {
    return previous;
  }

  final String currentValue() {
    return current;
  }

  final String nextValue() {
    return next;
  }

  @Override
  public final boolean equals(Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    PageNeighbours n = (PageNeighbours) o;
    return Objects.equals(previous, n.previous) && Objects.equals(current, n.current)
        && Objects.equals(next, n.next);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(previous, current, next);
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{previous=" + previous + ", current=" + current + ", next=" + next + "}";
  }
}
