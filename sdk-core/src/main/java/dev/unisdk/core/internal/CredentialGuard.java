package dev.unisdk.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that removes every credential from a request sent to another origin (scheme,
 * host or port) than the base URL, i.e. a redirect hop: {@code Authorization}, {@code Cookie}, the
 * headers of a {@link dev.unisdk.core.auth.HeaderAuth} and every {@code sensitiveHeader}. It runs
 * after the auth interceptors, so headers they add are removed too. Internal.
 */
public final class CredentialGuard implements Interceptor {
  private final HttpUrl origin;
  private final List<String> headerNames;

  /**
   * Creates the guard.
   *
   * @param origin the base URL whose origin may receive the headers
   * @param headerNames credential header names besides {@code Authorization} and {@code Cookie}
   */
  public CredentialGuard(HttpUrl origin, Collection<String> headerNames) {
    this.origin = origin;
    this.headerNames = new ArrayList<>(headerNames);
    this.headerNames.add("Authorization");
    this.headerNames.add("Cookie");
  }

  /**
   * Tells whether two URLs share scheme, host and port.
   *
   * @param a a URL
   * @param b another URL
   * @return true when same origin
   */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (sameOrigin(request.url(), origin)) {
      return chain.proceed(request);
    }
    Request.Builder b = request.newBuilder();
    for (String name : headerNames) {
      b.removeHeader(name);
    }
    return chain.proceed(b.build());
  }
}
