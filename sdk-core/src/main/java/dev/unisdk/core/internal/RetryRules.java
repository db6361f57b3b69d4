package dev.unisdk.core.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Which failures and statuses may be retried, and for which requests. Internal. */
public final class RetryRules {
  private RetryRules() {}

  /**
   * Tells whether a method is idempotent by definition.
   *
   * @param method the upper-case HTTP method
   * @return true for GET, HEAD, PUT, DELETE and OPTIONS
   */
  public static boolean idempotentMethod(String method) {
    switch (method) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
      case "OPTIONS":
        return true;
      default:
        return false;
    }
  }

  /**
   * Tells whether a status is worth retrying: 408, 429, 500, 502, 503, 504.
   *
   * @param status the HTTP status
   * @return true when retryable
   */
  public static boolean retryableStatus(int status) {
    switch (status) {
      case 408:
      case 429:
      case 500:
      case 502:
      case 503:
      case 504:
        return true;
      default:
        return false;
    }
  }

  /**
   * Tells whether an I/O failure may be retried.
   *
   * @param e the failure
   * @param safeToRepeat whether the request may be sent twice (idempotent method or idempotency key)
   * @return true for a connection that failed before the request was sent, or for any network
   *     failure of a request that is safe to repeat (but never for the whole-call timeout, nor for a
   *     certificate or host name the TLS handshake rejected: that fails the same way every time)
   */
  public static boolean retryableFailure(IOException e, boolean safeToRepeat) {
    if (e instanceof InterceptorFailure || untrustedPeer(e)) {
      return false;
    }
    if (notSent(e)) {
      return true;
    }
    if (!safeToRepeat) {
      return false;
    }
    // a bare InterruptedIOException is OkHttp's whole-call timeout or a cancellation: the caller's budget is spent
    return !(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException;
  }

  /** The server's certificate or host name was rejected (as OkHttp itself never retries). */
  private static boolean untrustedPeer(IOException e) {
    return e instanceof SSLPeerUnverifiedException
        || (e instanceof SSLHandshakeException && e.getCause() instanceof CertificateException);
  }

  private static boolean notSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
  }
}
