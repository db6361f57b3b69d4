package dev.unisdk.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Headers;

/** Case-insensitive, immutable header maps. Internal. */
public final class HeaderMaps {
  private HeaderMaps() {}

  /**
   * Copies headers into an unmodifiable case-insensitive map.
   *
   * @param headers the headers, may be null
   * @return the copy
   */
  public static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() == null || e.getValue() == null) {
          continue;
        }
        List<String> values = copy.get(e.getKey());
        List<String> merged = values == null ? new ArrayList<>() : new ArrayList<>(values);
        merged.addAll(e.getValue());
        copy.put(e.getKey(), Collections.unmodifiableList(merged));
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Converts OkHttp headers into an unmodifiable case-insensitive map.
   *
   * @param headers OkHttp headers
   * @return the map
   */
  public static Map<String, List<String>> of(Headers headers) {
    TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      List<String> previous = map.get(name);
      if (previous == null) {
        map.put(name, Collections.singletonList(headers.value(i)));
      } else {
        List<String> values = new ArrayList<>(previous);
        values.add(headers.value(i));
        map.put(name, Collections.unmodifiableList(values));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the first value of a header.
   *
   * @param headers the headers (any map; looked up case-insensitively)
   * @param name the header name
   * @return the first value, or null
   */
  public static String first(Map<String, List<String>> headers, String name) {
    if (headers == null || name == null) {
      return null;
    }
    List<String> values = headers.get(name);
    if (values == null) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (name.equalsIgnoreCase(e.getKey())) {
          values = e.getValue();
          break;
        }
      }
    }
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Returns the request id of a response.
   *
   * @param headers response headers
   * @return {@code Request-Id} or {@code X-Request-Id}, or null
   */
  public static String requestId(Map<String, List<String>> headers) {
    String id = first(headers, "Request-Id");
    return id != null ? id : first(headers, "X-Request-Id");
  }
}
