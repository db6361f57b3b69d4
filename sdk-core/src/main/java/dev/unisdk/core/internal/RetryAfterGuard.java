package dev.unisdk.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that keeps OkHttp from acting on a 503's {@code Retry-After} itself. OkHttp's
 * follow-up logic resends a 503 at once when the header is the digits of zero, and throws a
 * {@code NumberFormatException} when the digits do not fit an int; either takes the retry decision
 * away from the SDK. Such a value is passed up as {@code <value>.0} (which OkHttp ignores) with the
 * original in {@link #ORIGINAL}; the pipeline restores it before anyone sees the response. Internal.
 */
public final class RetryAfterGuard implements Interceptor {
  /** The header holding the original value while the response passes OkHttp's follow-up logic. */
  public static final String ORIGINAL = "X-Unisdk-Original-Retry-After";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 503) {
      return response;
    }
    String value = response.header("Retry-After");
    if (value == null || !okHttpWouldAct(value)) {
      return response;
    }
    return response.newBuilder()
        .header("Retry-After", value + ".0")
        .header(ORIGINAL, value)
        .build();
  }

  /** Digits only, and zero or too large for an int. */
  private static boolean okHttpWouldAct(String value) {
    if (value.isEmpty()) {
      return false;
    }
    int firstNonZero = -1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      if (c != '0' && firstNonZero < 0) {
        firstNonZero = i;
      }
    }
    if (firstNonZero < 0) {
      return true;
    }
    String digits = value.substring(firstNonZero);
    return digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE;
  }

  /**
   * Restores the original {@code Retry-After} of a response that passed this guard.
   *
   * @param response the response
   * @return the response as the server sent it
   */
  public static Response restore(Response response) {
    String original = response.header(ORIGINAL);
    if (original == null) {
      return response;
    }
    return response.newBuilder().header("Retry-After", original).removeHeader(ORIGINAL).build();
  }
}
