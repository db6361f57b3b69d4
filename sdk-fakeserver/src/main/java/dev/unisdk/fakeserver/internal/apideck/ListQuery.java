package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.http.FakeRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The query of a list call: {@code limit} (1..200, default 20), {@code cursor}, {@code filter[...]},
 * {@code sort[by]}/{@code sort[direction]} and {@code fields}. Filters and sorts are checked against the
 * resource's documented set; {@code pass_through[...]} and {@code raw} are read by {@link ApideckFake}.
 */
final class ListQuery {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 200;

  final int limit;
  final String cursor;
  final Map<String, String> filters;
  final String sortBy;
  final boolean descending;
  final Predicate<JsonNode> predicate;
  final Function<JsonNode, JsonNode> sortKey;

  private ListQuery(int limit, String cursor, Map<String, String> filters, String sortBy, boolean descending,
      Predicate<JsonNode> predicate, Function<JsonNode, JsonNode> sortKey) {
    this.limit = limit;
    this.cursor = cursor;
    this.filters = filters;
    this.sortBy = sortBy;
    this.descending = descending;
    this.predicate = predicate;
    this.sortKey = sortKey;
  }

  /**
   * Parses and checks the list parameters.
   *
   * @throws ApideckError 400 for a bad limit, an unsupported filter or sort field, or a bad filter value
   */
  static ListQuery parse(FakeRequest request, ResourceDef resource) {
    int limit = parseLimit(request.queryParam("limit"));
    String cursor = request.queryParam("cursor");
    if (cursor != null && cursor.isEmpty()) {
      cursor = null;
    }
    Map<String, String> filters = new TreeMap<>();
    String sortBy = null;
    String direction = null;
    for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
      String name = e.getKey();
      String value = e.getValue().isEmpty() ? "" : e.getValue().get(0);
      if (name.startsWith("filter[") && name.endsWith("]")) {
        String filter = name.substring(7, name.length() - 1);
        if (!resource.filters().containsKey(filter)) {
          throw ApideckError.unsupportedFilter(resource.filters().isEmpty()
              ? "Filtering is not supported for " + resource.name()
              : "Unsupported filter '" + filter + "' for " + resource.name() + "; supported: " + resource.filters().keySet());
        }
        filters.put(filter, value);
      } else if (name.startsWith("sort[") && name.endsWith("]")) {
        if (resource.sorts().isEmpty()) {
          throw ApideckError.unsupportedSort("Sorting is not supported for " + resource.name());
        }
        String key = name.substring(5, name.length() - 1);
        if ("by".equals(key)) {
          sortBy = value;
        } else if ("direction".equals(key)) {
          direction = value;
        } else {
          throw ApideckError.badRequest("Unknown sort parameter '" + name + "'; use sort[by] and sort[direction]");
        }
      }
    }
    Function<JsonNode, JsonNode> sortKey = null;
    if (sortBy != null) {
      sortKey = resource.sorts().get(sortBy);
      if (sortKey == null) {
        throw ApideckError.unsupportedSort("Unsupported sort field '" + sortBy + "' for " + resource.name()
            + "; supported: " + resource.sorts().keySet());
      }
    }
    boolean descending = false;
    if (direction != null) {
      String d = direction.toLowerCase(Locale.ROOT);
      if (!"asc".equals(d) && !"desc".equals(d)) {
        throw ApideckError.badRequest("sort[direction] must be 'asc' or 'desc', got '" + direction + "'");
      }
      descending = "desc".equals(d);
    }
    List<Predicate<JsonNode>> predicates = new ArrayList<>();
    for (Map.Entry<String, String> f : filters.entrySet()) {
      predicates.add(resource.filters().get(f.getKey()).compile(f.getKey(), f.getValue()));
    }
    Predicate<JsonNode> predicate = r -> {
      for (Predicate<JsonNode> p : predicates) {
        if (!p.test(r)) {
          return false;
        }
      }
      return true;
    };
    return new ListQuery(limit, cursor, Collections.unmodifiableMap(filters), sortBy, descending, predicate, sortKey);
  }

  private static int parseLimit(String raw) {
    if (raw == null) {
      return DEFAULT_LIMIT;
    }
    int limit;
    try {
      limit = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw ApideckError.badRequest("limit must be an integer between 1 and 200, got '" + raw + "'");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApideckError.badRequest("limit must be between 1 and 200, got " + limit);
    }
    return limit;
  }

  /** Identifies the listing a cursor belongs to. */
  String scope(String consumerId, String serviceId, String resource) {
    return resource + "\u0000" + consumerId + "\u0000" + serviceId + "\u0000" + sortBy + "\u0000" + descending
        + "\u0000" + filters;
  }
}
