package dev.unisdk.apideck;

import org.jspecify.annotations.Nullable;

/** The {@code links} member of a list response: absolute URLs of the neighbouring pages. */
public final class ApideckLinks extends PageNeighbours {
  static final ApideckLinks NONE = new ApideckLinks(null, null, null);

  ApideckLinks(String previous, String current, String next) {
    super(previous, current, next);
  }

  /**
   * Returns the link to the previous page (not available for all connectors).
   *
   * @return the URL, or null
   */
  public @Nullable String previous() {
    return previousValue();
  }

  /**
   * Returns the link to this page.
   *
   * @return the URL, or null
   */
  public @Nullable String current() {
    return currentValue();
  }

  /**
   * Returns the link to the next page.
   *
   * @return the URL, or null at the end of the list
   */
  public @Nullable String next() {
    return nextValue();
  }
}
