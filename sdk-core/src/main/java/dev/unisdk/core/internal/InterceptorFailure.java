package dev.unisdk.core.internal;

import java.io.IOException;

/**
 * Carries a runtime exception thrown by an interceptor (e.g. a credentials supplier) through OkHttp,
 * which would otherwise kill a dispatcher thread in async calls. Internal.
 */
public final class InterceptorFailure extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a runtime failure.
   *
   * @param cause the interceptor's exception
   */
  public InterceptorFailure(RuntimeException cause) {
    super("interceptor failed: " + cause.getClass().getName(), cause);
  }

  /**
   * Returns the original failure.
   *
   * @return the interceptor's exception
   */
  public RuntimeException failure() {
    return (RuntimeException) getCause();
  }
}
