package dev.unisdk.core.auth;

import dev.unisdk.core.internal.Checks;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a fixed set of headers with every request, e.g. Apideck's {@code x-apideck-app-id} and
 * {@code x-apideck-consumer-id}. Values never appear in {@link #toString()} and the transport
 * redacts them in logs.
 */
public final class HeaderAuth implements Interceptor {
  private final Map<String, String> headers;

  private HeaderAuth(Map<String, String> headers) {
    this.headers = headers;
  }

  /**
   * Creates the interceptor.
   *
   * @param headers header names to values; copied
   * @return the interceptor
   * @throws dev.unisdk.core.errors.ValidationException when a name is blank, a value null, or a value has control characters
   */
  public static HeaderAuth of(Map<String, String> headers) {
    Checks.notEmpty(headers, "headers");
    Map<String, String> copy = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : headers.entrySet()) {
      String name = Checks.headerName(e.getKey());
      copy.put(name, Checks.headerValue(name, e.getValue()));
    }
    return new HeaderAuth(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the header names this interceptor sets.
   *
   * @return the names
   */
  public Set<String> headerNames() {
    return headers.keySet();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder b = chain.request().newBuilder();
    for (Map.Entry<String, String> e : headers.entrySet()) {
      b.header(e.getKey(), e.getValue());
    }
    return chain.proceed(b.build());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("HeaderAuth{");
    String sep = "";
    for (String name : headers.keySet()) {
      sb.append(sep).append(name).append("=REDACTED");
      sep = ", ";
    }
    return sb.append('}').toString();
  }
}
