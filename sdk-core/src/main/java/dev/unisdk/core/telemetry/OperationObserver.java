package dev.unisdk.core.telemetry;

/** Receives the events of one operation. Every method has an empty default. */
public interface OperationObserver {

  /** An observer that ignores every event. */
  OperationObserver NONE = new OperationObserver() {};

  /**
   * An HTTP attempt is about to be sent. The observer may add headers to it (trace context).
   *
   * @param attempt the attempt
   */
  default void attemptStarted(AttemptStart attempt) {}

  /**
   * An HTTP attempt ended: with a response (any status) or a transport failure.
   *
   * @param attempt the outcome
   */
  default void attemptEnded(AttemptEnd attempt) {}

  /**
   * The pipeline decided to send the request again after a delay.
   *
   * @param retry why and when
   */
  default void retryScheduled(RetryScheduled retry) {}

  /**
   * The operation ended; called exactly once.
   *
   * @param end success, or the exception the caller receives
   */
  default void operationEnded(OperationEnd end) {}
}
