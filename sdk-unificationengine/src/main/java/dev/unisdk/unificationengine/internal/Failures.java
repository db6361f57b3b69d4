package dev.unisdk.unificationengine.internal;

import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.unificationengine.UnificationEngineException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Maps failures of the core transport to the UnificationEngine exceptions. An HTTP error status
 * becomes a {@link UnificationEngineException} when it carries a UnificationEngine code: the body's
 * {@code status} (when present and not 200), else the HTTP status, is a documented code (410, 411, 413,
 * 414, 415, 505, 1000), or the body's code differs from the HTTP status. Other HTTP errors (401, 429,
 * 503...) keep core's type ({@code UnauthorizedException}, {@code RateLimitException}...).
 */
public final class Failures {
  private Failures() {}

  /**
   * Translates a failure.
   *
   * @param failure a failure of {@code Transport.execute} or of an async future
   * @return the exception to throw or complete with
   */
  public static RuntimeException translate(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof UnificationEngineException) {
      return (UnificationEngineException) t;
    }
    if (t instanceof ApiException) {
      return translate((ApiException) t);
    }
    if (t instanceof RuntimeException) {
      return (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    return new UnisdkException("UnificationEngine call failed: " + t, t);
  }

  /**
   * Translates a failure for a future: as {@link #translate(Throwable)}, but an {@link Error} is
   * returned, never thrown (thrown inside a future's callback it would leave the future pending).
   *
   * @param failure a failure of an async future
   * @return the failure to complete with
   */
  public static Throwable translateAny(Throwable failure) {
    Throwable t = unwrap(failure);
    return t instanceof Error ? t : translate(t);
  }

  private static RuntimeException translate(ApiException e) {
    Outcome body = e.errorBody() == null ? null : Outcome.of(e.errorBody().json());
    Integer bodyCode = body == null || body.ok() ? null : body.code();
    int code = bodyCode != null ? bodyCode : e.statusCode();
    boolean ueCode = UnificationEngineException.isDocumentedCode(code)
        || (bodyCode != null && bodyCode != e.statusCode());
    if (!ueCode) {
      return e;
    }
    UnificationEngineException ue = UnificationEngineException.create(
        code, body == null ? null : body.info(), e.statusCode(), e.headers(), e.body());
    ue.initCause(e);
    return ue;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
