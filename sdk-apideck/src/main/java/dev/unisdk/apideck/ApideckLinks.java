package dev.unisdk.apideck;

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
  public String previous() {
    return previousValue();
  }

  /**
   * Returns the link to this page.
   *
   * @return the URL, or null
   */
  public String current() {
    return currentValue();
  }

  /**
   * Returns the link to the next page.
   *
   * @return the URL, or null at the end of the list
   */
  public String next() {
    return nextValue();
  }
}
