package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code fields} parameter: a comma-separated list of field names, nested ones in dot notation
 * ({@code name,emails.email,addresses.city}). As documented, only the listed fields are returned (the
 * {@code id} too only when listed); inside arrays of objects the nested selection applies to each element.
 */
final class Projection {
  private final Map<String, Projection> children = new LinkedHashMap<>();

  private Projection() {}

  /** The projection for a {@code fields} value, or null when absent or blank (return everything). */
  static Projection parse(String fields) {
    if (fields == null || fields.isBlank()) {
      return null;
    }
    Projection root = new Projection();
    for (String raw : fields.split(",")) {
      String path = raw.trim();
      if (path.isEmpty()) {
        continue;
      }
      Projection node = root;
      for (String part : path.split("\\.")) {
        if (part.isEmpty()) {
          throw ApideckError.badRequest("fields contains an empty path element: '" + path + "'");
        }
        node = node.children.computeIfAbsent(part, k -> new Projection());
      }
    }
    return root;
  }

  /** A projected copy of a record. */
  JsonNode apply(JsonNode value) {
    if (children.isEmpty()) {
      return value.deepCopy();
    }
    if (value.isObject()) {
      ObjectNode out = FakeJson.object();
      Iterator<Map.Entry<String, JsonNode>> it = value.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        Projection child = children.get(e.getKey());
        if (child != null) {
          out.set(e.getKey(), child.apply(e.getValue()));
        }
      }
      return out;
    }
    if (value.isArray()) {
      ArrayNode out = FakeJson.array();
      for (JsonNode item : value) {
        out.add(apply(item));
      }
      return out;
    }
    return value.deepCopy();
  }
}
