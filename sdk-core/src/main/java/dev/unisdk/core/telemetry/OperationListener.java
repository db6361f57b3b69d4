package dev.unisdk.core.telemetry;

/**
 * Sees every SDK operation. Implementations must be thread-safe; events of one operation arrive in
 * order (started, then per attempt started/ended, retries in between, then ended), possibly on
 * different threads for async calls.
 */
public interface OperationListener {

  /** A listener that ignores everything; the default, and free: the pipeline skips all event work. */
  OperationListener NONE = operation -> OperationObserver.NONE;

  /**
   * Called once when an operation starts, before its first attempt.
   *
   * @param operation what is being called
   * @return the observer of this operation's further events; {@link OperationObserver#NONE} to ignore them
   */
  OperationObserver operationStarted(OperationInfo operation);

  /**
   * Called by a paginator after each page it fetched (after that page's own operation ended).
   *
   * @param page the page fetched
   */
  default void pageFetched(PageInfo page) {}
}
