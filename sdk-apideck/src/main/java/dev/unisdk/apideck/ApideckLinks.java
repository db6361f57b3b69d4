package dev.unisdk.apideck;

import java.util.Objects;

/** The {@code links} member of a list response: absolute URLs of the neighbouring pages. */
public final class ApideckLinks {
  static final ApideckLinks NONE = new ApideckLinks(null, null, null);

  private final String previous;
  private final String current;
  private final String next;

  ApideckLinks(String previous, String current, String next) {
    this.previous = previous;
    this.current = current;
    this.next = next;
  }

  /**
   * Returns the link to the previous page (not available for all connectors).
   *
   * @return the URL, or null
   */
  public String previous() {
    return previous;
  }

  /**
   * Returns the link to this page.
   *
   * @return the URL, or null
   */
  public String current() {
    return current;
  }

  /**
   * Returns the link to the next page.
   *
   * @return the URL, or null at the end of the list
   */
  public String next() {
    return next;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApideckLinks)) {
      return false;
    }
    ApideckLinks l = (ApideckLinks) o;
    return Objects.equals(previous, l.previous) && Objects.equals(current, l.current)
        && Objects.equals(next, l.next);
  }

  @Override
  public int hashCode() {
    return Objects.hash(previous, current, next);
  }

  @Override
  public String toString() {
    return "ApideckLinks{previous=" + previous + ", current=" + current + ", next=" + next + "}";
  }
}
