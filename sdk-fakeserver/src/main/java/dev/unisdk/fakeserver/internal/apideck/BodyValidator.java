package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a create or update body against a {@link Schema}: unknown and read-only fields, JSON types,
 * enums, lengths, date formats and (on create) required fields. The first problem becomes a 422
 * {@code RequestValidationError} whose {@code detail} names the field by its path ({@code emails[0].email}).
 */
final class BodyValidator {
  private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

  private BodyValidator() {}

  /**
   * Validates and returns a copy without write-only fields.
   *
   * @param create true for POST (required fields enforced), false for PATCH (only the fields sent)
   */
  static ObjectNode validate(JsonNode body, Schema schema, boolean create) {
    if (!body.isObject()) {
      throw ApideckError.validation("Request body must be a JSON object, got " + kind(body));
    }
    checkObject((ObjectNode) body, schema, "", create);
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    for (Schema.Field f : schema.fields().values()) {
      if (f.writeOnly()) {
        copy.remove(f.name());
      }
    }
    return copy;
  }

  private static void checkObject(ObjectNode node, Schema schema, String prefix, boolean enforceRequired) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = prefix + e.getKey();
      Schema.Field f = schema.field(e.getKey());
      if (f == null) {
        throw ApideckError.validation("Unknown field '" + path + "' is not allowed in a " + schema.name() + " body");
      }
      if (f.readOnly()) {
        throw ApideckError.validation("Field '" + path + "' is read-only and must not be sent");
      }
      checkValue(e.getValue(), f, path);
    }
    if (enforceRequired) {
      for (Schema.Field f : schema.fields().values()) {
        if (f.required() && !node.has(f.name())) {
          throw ApideckError.validation("Missing required field '" + prefix + f.name() + "'");
        }
      }
    }
  }

  private static void checkValue(JsonNode value, Schema.Field f, String path) {
    if (value.isNull()) {
      if (!f.nullable()) {
        throw ApideckError.validation("Field '" + path + "' must not be null");
      }
      return;
    }
    checkType(value, f.type(), path);
  }

  private static void checkType(JsonNode value, Schema.Type t, String path) {
    switch (t.kind()) {
      case ANY -> { }
      case STRING -> {
        String s = text(value, t, path);
        int len = s.codePointCount(0, s.length());
        if (len < t.minLength()) {
          throw ApideckError.validation("Field '" + path + "' must not be empty");
        }
        if (len > t.maxLength()) {
          throw ApideckError.validation("Field '" + path + "' must be at most " + t.maxLength() + " characters, got " + len);
        }
      }
      case ENUM -> {
        String s = text(value, t, path);
        if (!t.enumValues().contains(s)) {
          throw ApideckError.validation("Field '" + path + "' must be one of " + t.enumValues() + ", got '" + s + "'");
        }
      }
      case CURRENCY -> {
        String s = text(value, t, path);
        if (!"UNKNOWN_CURRENCY".equals(s) && !CURRENCIES.contains(s)) {
          throw ApideckError.validation("Field '" + path + "' must be an ISO 4217 currency code, got '" + s + "'");
        }
      }
      case DATE -> {
        String s = text(value, t, path);
        try {
          LocalDate.parse(s);
        } catch (DateTimeParseException e) {
          throw ApideckError.validation("Field '" + path + "' must be a date (YYYY-MM-DD), got '" + s + "'");
        }
      }
      case DATETIME -> {
        String s = text(value, t, path);
        if (!isDateTime(s)) {
          throw ApideckError.validation("Field '" + path + "' must be an ISO 8601 date-time, got '" + s + "'");
        }
      }
      case NUMBER -> {
        if (!value.isNumber()) {
          throw typeError(path, t, value);
        }
      }
      case INTEGER -> {
        if (!value.isIntegralNumber() && !(value.isNumber() && isWhole(value))) {
          throw typeError(path, t, value);
        }
        if (t.unsigned() && value.decimalValue().signum() < 0) {
          throw ApideckError.validation("Field '" + path + "' must be >= 0");
        }
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          throw typeError(path, t, value);
        }
      }
      case OBJECT -> {
        if (!value.isObject()) {
          throw typeError(path, t, value);
        }
      }
      case NESTED -> {
        if (!value.isObject()) {
          throw typeError(path, t, value);
        }
        checkObject((ObjectNode) value, t.nested(), path + ".", true);
      }
      case ARRAY -> {
        if (!value.isArray()) {
          throw typeError(path, t, value);
        }
        for (int i = 0; i < value.size(); i++) {
          JsonNode item = value.get(i);
          String itemPath = path + "[" + i + "]";
          if (item.isNull()) {
            throw ApideckError.validation("Field '" + itemPath + "' must not be null");
          }
          checkType(item, t.items(), itemPath);
        }
      }
      default -> throw new IllegalStateException(t.kind().name());
    }
  }

  static boolean isDateTime(String s) {
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isWhole(JsonNode value) {
    return value.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  private static String text(JsonNode value, Schema.Type t, String path) {
    if (!value.isTextual()) {
      throw typeError(path, t, value);
    }
    return value.textValue();
  }

  private static ApideckError typeError(String path, Schema.Type t, JsonNode value) {
    return ApideckError.validation("Field '" + path + "' must be of type " + t.describe() + ", got " + kind(value));
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT, POJO -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
