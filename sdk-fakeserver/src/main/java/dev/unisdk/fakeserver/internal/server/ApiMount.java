package dev.unisdk.fakeserver.internal.server;

import dev.unisdk.fakeserver.internal.http.ErrorFormat;
import dev.unisdk.fakeserver.internal.http.FakeApi;
import java.util.List;

/**
 * One API mounted on the server: the path prefixes it owns (for errors of unrouted requests and
 * injected status faults), the API itself and its error format.
 *
 * @param name a short name for logs ("apideck")
 * @param prefixes raw-path prefixes, e.g. {@code /crm}; a prefix matches itself and {@code prefix/...}
 * @param api the API
 * @param errors how this API writes errors
 */
public record ApiMount(String name, List<String> prefixes, FakeApi api, ErrorFormat errors) {
  /** Copies the prefixes. */
  public ApiMount {
    prefixes = List.copyOf(prefixes);
  }

  /** True when this API owns the raw path. */
  public boolean owns(String rawPath) {
    for (String prefix : prefixes) {
      if (rawPath.equals(prefix) || rawPath.startsWith(prefix + "/")) {
        return true;
      }
    }
    return false;
  }
}
