package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** The {@code filter[...]} and {@code sort[by]} building blocks used by the resource table. */
final class ListFilters {
  private ListFilters() {}

  /** Compiles one {@code filter[name]=value} into a record predicate. */
  @FunctionalInterface
  interface Filter {
    /** @throws ApideckError 400 when the value is not valid for this filter */
    Predicate<JsonNode> compile(String name, String value);
  }

  /** Case-insensitive equality with a top-level string field. */
  static Filter text(String field) {
    return (name, value) -> r -> equalsIgnoreCase(r.get(field), value);
  }

  /** Case-insensitive equality with {@code arrayField[].itemField} of any element. */
  static Filter anyItem(String arrayField, String itemField) {
    return (name, value) -> r -> {
      JsonNode items = r.get(arrayField);
      if (items != null && items.isArray()) {
        for (JsonNode item : items) {
          if (equalsIgnoreCase(item.get(itemField), value)) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /** Phone numbers match when their digits are equal. */
  static Filter anyPhone() {
    return (name, value) -> {
      String wanted = digits(value);
      return r -> {
        JsonNode items = r.get("phone_numbers");
        if (items != null && items.isArray()) {
          for (JsonNode item : items) {
            JsonNode n = item.get("number");
            if (n != null && n.isTextual() && samePhone(digits(n.textValue()), wanted)) {
              return true;
            }
          }
        }
        return false;
      };
    };
  }

  /** Numeric equality with a number field. */
  static Filter number(String field) {
    return (name, value) -> {
      BigDecimal wanted;
      try {
        wanted = new BigDecimal(value.trim());
      } catch (NumberFormatException e) {
        throw ApideckError.badRequest("filter[" + name + "] must be a number, got '" + value + "'");
      }
      return r -> {
        JsonNode v = r.get(field);
        return v != null && v.isNumber() && v.decimalValue().compareTo(wanted) == 0;
      };
    };
  }

  /** Records whose {@code field} (a date-time) is at or after the value. */
  static Filter since(String field) {
    return (name, value) -> {
      OffsetDateTime since;
      try {
        since = OffsetDateTime.parse(value.trim());
      } catch (RuntimeException e) {
        throw ApideckError.badRequest("filter[" + name + "] must be an ISO 8601 date-time, got '" + value + "'");
      }
      return r -> {
        JsonNode v = r.get(field);
        if (v == null || !v.isTextual() || !BodyValidator.isDateTime(v.textValue())) {
          return false;
        }
        return !OffsetDateTime.parse(v.textValue()).isBefore(since);
      };
    };
  }

  /** Sort key: a top-level field. */
  static Function<JsonNode, JsonNode> field(String field) {
    return r -> r.path(field);
  }

  /** Sort key: the first element's item field of an array, e.g. the first e-mail address. */
  static Function<JsonNode, JsonNode> firstItem(String arrayField, String itemField) {
    return r -> {
      JsonNode items = r.get(arrayField);
      return items != null && items.isArray() && items.size() > 0 ? items.get(0).path(itemField) : MissingNode.getInstance();
    };
  }

  private static boolean equalsIgnoreCase(JsonNode v, String value) {
    return v != null && v.isTextual() && v.textValue().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
  }

  /** Equal digits, or one ends with the other (a number given with or without its country code). */
  private static boolean samePhone(String a, String b) {
    return a.length() >= 4 && b.length() >= 4 && (a.endsWith(b) || b.endsWith(a));
  }

  private static String digits(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}
