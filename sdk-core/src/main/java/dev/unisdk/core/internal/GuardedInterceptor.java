package dev.unisdk.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Turns an interceptor's runtime exceptions into an {@link InterceptorFailure}. Internal. */
public final class GuardedInterceptor implements Interceptor {
  private final Interceptor delegate;

  /**
   * Wraps an interceptor.
   *
   * @param delegate the interceptor
   */
  public GuardedInterceptor(Interceptor delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns the wrapped interceptor.
   *
   * @return the delegate
   */
  public Interceptor delegate() {
    return delegate;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      return delegate.intercept(chain);
    } catch (InterceptorFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InterceptorFailure(e);
    }
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
