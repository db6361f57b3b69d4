package dev.unisdk.fakeserver.internal.http;

import java.util.Objects;

/**
 * What the server writes for one request: a response and how to deliver it (the fault hooks).
 *
 * @param response the response (for {@link Delivery#DROP_BEFORE_RESPONSE} and {@link Delivery#STALL_THEN_DROP}
 *     it is never written)
 * @param delivery how the bytes go out
 * @param delayMillis wait before writing (latency) or, for {@link Delivery#STALL_THEN_DROP}, how long to hold
 */
public record Reply(FakeResponse response, Delivery delivery, long delayMillis) {

  /** How a reply reaches the client. */
  public enum Delivery {
    /** Write the whole response. */
    NORMAL,
    /** Close the connection without writing anything. */
    DROP_BEFORE_RESPONSE,
    /** Write the status line, headers (with the full Content-Length) and half the body, then close. */
    DROP_MID_BODY,
    /** Write nothing for {@code delayMillis}, then close the connection. */
    STALL_THEN_DROP
  }

  /** Validates the components. */
  public Reply {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(delivery, "delivery");
    if (delayMillis < 0) {
      throw new IllegalArgumentException("delayMillis < 0");
    }
  }

  /** A normal, immediate reply. */
  public static Reply of(FakeResponse response) {
    return new Reply(response, Delivery.NORMAL, 0);
  }
}
