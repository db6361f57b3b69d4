package dev.unisdk.fakeserver.internal.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Maps method + path pattern to handlers. Patterns are literal segments and {@code {name}} captures,
 * matched against decoded segments: {@code /crm/contacts/{id}}. Thread-safe.
 */
public final class Router {
  private final List<Route> routes = new CopyOnWriteArrayList<>();

  /** A matched route and its captured parameters. */
  public record Match(Handler handler, Map<String, String> params, String operation) {}

  private record Route(String method, String[] pattern, Handler handler, String operation) {}

  /**
   * Registers a handler.
   *
   * @param method HTTP method
   * @param pattern e.g. {@code /crm/contacts/{id}}
   * @param operation a stable operation name for inspection counts, e.g. {@code crm.contacts.get}
   * @param handler the handler
   */
  public void add(String method, String pattern, String operation, Handler handler) {
    String trimmed = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    routes.add(new Route(method, trimmed.split("/"), handler, operation));
  }

  /** Finds the route for a request, or null when no pattern matches the path and method. */
  public Match match(String method, List<String> segments) {
    for (Route route : routes) {
      if (!route.method.equals(method) || route.pattern.length != segments.size()) {
        continue;
      }
      Map<String, String> params = new HashMap<>();
      boolean ok = true;
      for (int i = 0; i < route.pattern.length && ok; i++) {
        String p = route.pattern[i];
        if (p.startsWith("{") && p.endsWith("}")) {
          params.put(p.substring(1, p.length() - 1), segments.get(i));
        } else {
          ok = p.equals(segments.get(i));
        }
      }
      if (ok) {
        return new Match(route.handler, params, route.operation);
      }
    }
    return null;
  }

  /** The methods some route accepts for this path, in registration order (empty: no such path). */
  public List<String> allowedMethods(List<String> segments) {
    List<String> methods = new ArrayList<>();
    for (Route route : routes) {
      if (!methods.contains(route.method) && match(route.method, segments) != null) {
        methods.add(route.method);
      }
    }
    return methods;
  }

  /** True when some route has this path shape under any method (for 405 vs 404). */
  public boolean matchesPath(List<String> segments) {
    List<String> methods = new ArrayList<>();
    for (Route route : routes) {
      if (match(route.method, segments) != null) {
        methods.add(route.method);
      }
    }
    return !methods.isEmpty();
  }
}
