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
 * A network interceptor that removes credential headers from a request OkHttp sends to another origin
 * (scheme, host or port) than the base URL, i.e. after a redirect. OkHttp only drops
 * {@code Authorization} there; this does the same for the headers of a
 * {@link dev.unisdk.core.auth.HeaderAuth}. Internal.
 */
public final class RedirectHeaderGuard implements Interceptor {
  private final HttpUrl origin;
  private final List<String> headerNames;

  /**
   * Creates the guard.
   *
   * @param origin the base URL whose origin may receive the headers
   * @param headerNames the credential header names
   */
  public RedirectHeaderGuard(HttpUrl origin, Collection<String> headerNames) {
    this.origin = origin;
    this.headerNames = new ArrayList<>(headerNames);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    if (url.scheme().equals(origin.scheme()) && url.host().equals(origin.host()) && url.port() == origin.port()) {
      return chain.proceed(request);
    }
    Request.Builder b = request.newBuilder();
    for (String name : headerNames) {
      b.removeHeader(name);
    }
    return chain.proceed(b.build());
  }
}
