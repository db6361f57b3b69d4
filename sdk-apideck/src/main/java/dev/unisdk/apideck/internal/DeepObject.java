package dev.unisdk.apideck.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.OpenEnum;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a filter or sort model into the flat members of an OpenAPI {@code deepObject} query
 * parameter ({@code filter[email]=ada@example.com}). The model is serialized with the shared mapper, so
 * dates and numbers are written as the model's own JSON would write them. Not API.
 */
public final class DeepObject {
  private DeepObject() {}

  /**
   * Flattens an object into member name to text, in the model's property order, skipping null members.
   *
   * @param value a model serialized as a JSON object, may be null
   * @param parameter the query parameter name, for error messages (e.g. {@code "filter"})
   * @return an unmodifiable ordered map, empty when {@code value} is null
   * @throws ValidationException when the value is not an object or a member is not a scalar
   */
  public static Map<String, String> flatten(Object value, String parameter) {
    if (value == null) {
      return Collections.emptyMap();
    }
    JsonNode tree = toTree(value, parameter);
    if (!tree.isObject()) {
      throw new ValidationException(parameter, "must be an object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = tree.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String text = text(f.getValue(), parameter + "[" + f.getKey() + "]");
      if (text != null) {
        out.put(f.getKey(), text);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the JSON text of a scalar (e.g. an open enum value) as it goes into a query.
   *
   * @param value the value, may be null
   * @param parameter the query parameter name, for error messages
   * @return the text, or null when the value is null
   * @throws ValidationException when the value is not a JSON scalar
   */
  public static String scalar(Object value, String parameter) {
    if (value == null) {
      return null;
    }
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof OpenEnum) {
      return ((OpenEnum) value).value();
    }
    return text(toTree(value, parameter), parameter);
  }

  private static JsonNode toTree(Object value, String parameter) {
    try {
      return Json.mapper().valueToTree(value);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(parameter, "cannot be written as JSON");
    }
  }

  private static String text(JsonNode node, String parameter) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isNumber()) {
      return node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.decimalValue().toPlainString();
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    throw new ValidationException(parameter, "must be a string, number or boolean");
  }
}
