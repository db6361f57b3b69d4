package dev.unisdk.core.telemetry;

/** A page a paginator fetched. */
public final class PageInfo {
  private final String operationName;
  private final int pageNumber;
  private final int itemCount;
  private final boolean hasNext;

  /**
   * Creates a page event.
   *
   * @param operationName the list operation, e.g. {@code crm.contacts.list}
   * @param pageNumber 1 for the first page
   * @param itemCount items on this page
   * @param hasNext whether the server announced a further page
   */
  public PageInfo(String operationName, int pageNumber, int itemCount, boolean hasNext) {
    this.operationName = operationName;
    this.pageNumber = pageNumber;
    this.itemCount = itemCount;
    this.hasNext = hasNext;
  }

  /** @return the list operation's name */
  public String operationName() {
    return operationName;
  }

  /** @return 1 for the first page */
  public int pageNumber() {
    return pageNumber;
  }

  /** @return items on this page */
  public int itemCount() {
    return itemCount;
  }

  /** @return whether another page follows */
  public boolean hasNext() {
    return hasNext;
  }
}
