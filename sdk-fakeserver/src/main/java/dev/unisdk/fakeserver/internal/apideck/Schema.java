package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of one JSON object (a resource or a nested object such as an address), written as a
 * compact table: one token per field, {@code [~|^]name:type[?][!][=default]}.
 *
 * <ul>
 *   <li>{@code ~} read-only (returned, rejected in bodies); {@code ^} write-only (accepted, never stored)
 *   <li>type: {@code string}, {@code nonempty}, {@code string(N)} (at most N chars), {@code number},
 *       {@code integer}, {@code uint} (integer &gt;= 0), {@code boolean}, {@code date}, {@code datetime},
 *       {@code currency} (ISO 4217 or UNKNOWN_CURRENCY), {@code enum(a|b)}, {@code any}, {@code object},
 *       {@code @name} (a nested schema), {@code [type]} (array of type)
 *   <li>{@code ?} null allowed; {@code !} required in create bodies; {@code =json} default on create
 * </ul>
 */
final class Schema {
  private static final Pattern TOKEN =
      Pattern.compile("^([~^]?)([a-z_0-9]+):([^?!=]+)(\\?)?(!)?(?:=(.*))?$");

  /** JSON type of a field. */
  enum Kind { STRING, NUMBER, INTEGER, BOOLEAN, DATE, DATETIME, CURRENCY, ENUM, ANY, OBJECT, NESTED, ARRAY }

  /** The type of a field or of an array's items. */
  record Type(Kind kind, Set<String> enumValues, Schema nested, Type items, int minLength, int maxLength, boolean unsigned) {
    String describe() {
      return switch (kind) {
        case STRING, CURRENCY, DATE, DATETIME, ENUM -> "string";
        case NUMBER -> "number";
        case INTEGER -> "integer";
        case BOOLEAN -> "boolean";
        case OBJECT, NESTED -> "object";
        case ARRAY -> "array";
        case ANY -> "any";
      };
    }
  }

  /** One field. */
  record Field(String name, Type type, boolean nullable, boolean required, boolean readOnly, boolean writeOnly, JsonNode defaultValue) {}

  private final String name;
  private final Map<String, Field> fields;

  private Schema(String name, Map<String, Field> fields) {
    this.name = name;
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** Parses a compact table; {@code @name} types are resolved through {@code nested}. */
  static Schema parse(String name, String table, Function<String, Schema> nested) {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (String token : table.trim().split("\\s+")) {
      Matcher m = TOKEN.matcher(token);
      if (!m.matches()) {
        throw new IllegalArgumentException("bad field token in " + name + ": " + token);
      }
      JsonNode def = m.group(6) == null ? null : FakeJson.parse(m.group(6).getBytes(StandardCharsets.UTF_8));
      Field f = new Field(m.group(2), type(m.group(3), nested), m.group(4) != null, m.group(5) != null,
          "~".equals(m.group(1)), "^".equals(m.group(1)), def);
      if (fields.put(f.name(), f) != null) {
        throw new IllegalArgumentException("duplicate field " + f.name() + " in " + name);
      }
    }
    return new Schema(name, fields);
  }

  private static Type type(String spec, Function<String, Schema> nested) {
    if (spec.startsWith("[") && spec.endsWith("]")) {
      return new Type(Kind.ARRAY, Set.of(), null, type(spec.substring(1, spec.length() - 1), nested), 0, Integer.MAX_VALUE, false);
    }
    if (spec.startsWith("@")) {
      Schema s = nested.apply(spec.substring(1));
      if (s == null) {
        throw new IllegalArgumentException("unknown nested schema " + spec);
      }
      return new Type(Kind.NESTED, Set.of(), s, null, 0, Integer.MAX_VALUE, false);
    }
    if (spec.startsWith("enum(") && spec.endsWith(")")) {
      Set<String> values = new LinkedHashSet<>();
      for (String v : spec.substring(5, spec.length() - 1).split("\\|")) {
        values.add(v);
      }
      return new Type(Kind.ENUM, Collections.unmodifiableSet(values), null, null, 0, Integer.MAX_VALUE, false);
    }
    if (spec.startsWith("string(") && spec.endsWith(")")) {
      int max = Integer.parseInt(spec.substring(7, spec.length() - 1));
      return new Type(Kind.STRING, Set.of(), null, null, 0, max, false);
    }
    return switch (spec) {
      case "string" -> simple(Kind.STRING);
      case "nonempty" -> new Type(Kind.STRING, Set.of(), null, null, 1, Integer.MAX_VALUE, false);
      case "number" -> simple(Kind.NUMBER);
      case "integer" -> simple(Kind.INTEGER);
      case "uint" -> new Type(Kind.INTEGER, Set.of(), null, null, 0, Integer.MAX_VALUE, true);
      case "boolean" -> simple(Kind.BOOLEAN);
      case "date" -> simple(Kind.DATE);
      case "datetime" -> simple(Kind.DATETIME);
      case "currency" -> simple(Kind.CURRENCY);
      case "any" -> simple(Kind.ANY);
      case "object" -> simple(Kind.OBJECT);
      default -> throw new IllegalArgumentException("unknown type " + spec);
    };
  }

  private static Type simple(Kind kind) {
    return new Type(kind, Set.of(), null, null, 0, Integer.MAX_VALUE, false);
  }

  String name() {
    return name;
  }

  /** Fields in documented order. */
  Map<String, Field> fields() {
    return fields;
  }

  Field field(String fieldName) {
    return fields.get(fieldName);
  }
}
