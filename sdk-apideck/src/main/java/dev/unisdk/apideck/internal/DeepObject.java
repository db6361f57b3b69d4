package dev.unisdk.apideck.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.json.Json;
import dev.unisdk.core.model.OpenEnum;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a filter or sort model into the flat members of an OpenAPI {@code deepObject} query
 * parameter ({@code filter[email]=ada@example.com}). The model is serialized with the shared mapper, so
 * dates are written as the model's JSON writes them; decimals keep their scale and never use an
 * exponent. Not API.
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
    byte[] json = toJson(value, parameter);
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = Json.mapper().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ValidationException(parameter, "must be an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        String text = text(p, parameter + "[" + name + "]");
        if (text != null) {
          out.put(name, text);
        }
      }
    } catch (IOException e) {
      throw new ValidationException(parameter, "cannot be written as JSON");
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
    try (JsonParser p = Json.mapper().createParser(toJson(value, parameter))) {
      p.nextToken();
      return text(p, parameter);
    } catch (IOException e) {
      throw new ValidationException(parameter, "cannot be written as JSON");
    }
  }

  private static byte[] toJson(Object value, String parameter) {
    try {
      return Json.mapper().writeValueAsBytes(value);
    } catch (IOException e) {
      throw new ValidationException(parameter, "cannot be written as JSON");
    }
  }

  /** The query text of the scalar the parser is at: strings as is, numbers exactly and without exponent. */
  private static String text(JsonParser p, String parameter) throws IOException {
    switch (p.currentToken()) {
      case VALUE_NULL:
        return null;
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return p.getText();
      case VALUE_NUMBER_FLOAT:
        return p.getDecimalValue().toPlainString();
      default:
        throw new ValidationException(parameter, "must be a string, number or boolean");
    }
  }
}
