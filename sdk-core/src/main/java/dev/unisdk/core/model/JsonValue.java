package dev.unisdk.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.internal.JsonValueCodec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An untyped JSON value (a field whose type is {@code oneOf} several types or not fixed by the spec, such as
 * a custom field's value). Its {@link Kind} is decided by the first JSON token; the structure is kept
 * losslessly (numbers as {@link BigDecimal}, objects in their original order) and written back unchanged.
 * Immutable.
 */
@JsonSerialize(using = JsonValueCodec.Serializer.class)
@JsonDeserialize(using = JsonValueCodec.Deserializer.class)
public final class JsonValue {

  /** The JSON type of a {@link JsonValue}. */
  public enum Kind {
    /** A JSON string. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** JSON {@code null}. */
    NULL
  }

  private static final JsonValue NULL = new JsonValue(Kind.NULL, null);
  private static final JsonValue TRUE = new JsonValue(Kind.BOOLEAN, Boolean.TRUE);
  private static final JsonValue FALSE = new JsonValue(Kind.BOOLEAN, Boolean.FALSE);

  private final Kind kind;
  private final Object value;

  private JsonValue(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * A string value ({@code null} gives the JSON null value).
   *
   * @param value the string
   * @return the value
   */
  public static JsonValue of(@Nullable String value) {
    return value == null ? NULL : new JsonValue(Kind.STRING, value);
  }

  /**
   * A number value ({@code null} gives the JSON null value).
   *
   * @param value the number
   * @return the value
   */
  public static JsonValue of(@Nullable BigDecimal value) {
    return value == null ? NULL : new JsonValue(Kind.NUMBER, value);
  }

  /**
   * A number value.
   *
   * @param value the number
   * @return the value
   */
  public static JsonValue of(long value) {
    return new JsonValue(Kind.NUMBER, BigDecimal.valueOf(value));
  }

  /**
   * A boolean value ({@code null} gives the JSON null value).
   *
   * @param value the boolean
   * @return the value
   */
  public static JsonValue of(@Nullable Boolean value) {
    return value == null ? NULL : (value ? TRUE : FALSE);
  }

  /**
   * An object value; the map is copied and its order kept ({@code null} gives the JSON null value).
   *
   * @param members the members; a null member value is stored as the JSON null value
   * @return the value
   */
  public static JsonValue ofObject(@Nullable Map<String, JsonValue> members) {
    if (members == null) {
      return NULL;
    }
    Map<String, JsonValue> copy = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : members.entrySet()) {
      copy.put(e.getKey(), e.getValue() == null ? NULL : e.getValue());
    }
    return new JsonValue(Kind.OBJECT, Collections.unmodifiableMap(copy));
  }

  /**
   * An array value; the list is copied ({@code null} gives the JSON null value).
   *
   * @param elements the elements; a null element is stored as the JSON null value
   * @return the value
   */
  public static JsonValue ofArray(@Nullable List<JsonValue> elements) {
    if (elements == null) {
      return NULL;
    }
    List<JsonValue> copy = new ArrayList<>(elements.size());
    for (JsonValue v : elements) {
      copy.add(v == null ? NULL : v);
    }
    return new JsonValue(Kind.ARRAY, Collections.unmodifiableList(copy));
  }

  /**
   * The JSON null value.
   *
   * @return the shared null value
   */
  public static JsonValue nullValue() {
    return NULL;
  }

  /**
   * The JSON type of this value.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether this is JSON null.
   *
   * @return true for null
   */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /**
   * The string, or {@code null} when this is not a string.
   *
   * @return the string or null
   */
  public @Nullable String asString() {
    return kind == Kind.STRING ? (String) value : null;
  }

  /**
   * The number, or {@code null} when this is not a number.
   *
   * @return the number or null
   */
  public @Nullable BigDecimal asNumber() {
    return kind == Kind.NUMBER ? (BigDecimal) value : null;
  }

  /**
   * The boolean, or {@code null} when this is not a boolean.
   *
   * @return the boolean or null
   */
  public @Nullable Boolean asBoolean() {
    return kind == Kind.BOOLEAN ? (Boolean) value : null;
  }

  /**
   * The members (unmodifiable, in JSON order), or {@code null} when this is not an object.
   *
   * @return the members or null
   */
  @SuppressWarnings("unchecked")
  public @Nullable Map<String, JsonValue> asObject() {
    return kind == Kind.OBJECT ? (Map<String, JsonValue>) value : null;
  }

  /**
   * The elements (unmodifiable), or {@code null} when this is not an array.
   *
   * @return the elements or null
   */
  @SuppressWarnings("unchecked")
  public @Nullable List<JsonValue> asArray() {
    return kind == Kind.ARRAY ? (List<JsonValue>) value : null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonValue)) {
      return false;
    }
    JsonValue other = (JsonValue) o;
    if (kind != other.kind) {
      return false;
    }
    if (kind == Kind.NUMBER) {
      return ((BigDecimal) value).compareTo((BigDecimal) other.value) == 0;
    }
    return kind == Kind.NULL || value.equals(other.value);
  }

  @Override
  public int hashCode() {
    if (kind == Kind.NULL) {
      return 0;
    }
    if (kind == Kind.NUMBER) {
      return ((BigDecimal) value).stripTrailingZeros().hashCode();
    }
    return value.hashCode();
  }

  /** Compact JSON text of this value. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    appendJson(sb);
    return sb.toString();
  }

  private void appendJson(StringBuilder sb) {
    switch (kind) {
      case NULL:
        sb.append("null");
        break;
      case STRING:
        appendQuoted(sb, (String) value);
        break;
      case NUMBER:
      case BOOLEAN:
        sb.append(value);
        break;
      case ARRAY:
        sb.append('[');
        boolean firstElement = true;
        for (JsonValue v : asArray()) {
          if (!firstElement) {
            sb.append(',');
          }
          firstElement = false;
          v.appendJson(sb);
        }
        sb.append(']');
        break;
      default:
        sb.append('{');
        boolean firstMember = true;
        for (Map.Entry<String, JsonValue> e : asObject().entrySet()) {
          if (!firstMember) {
            sb.append(',');
          }
          firstMember = false;
          appendQuoted(sb, e.getKey());
          sb.append(':');
          e.getValue().appendJson(sb);
        }
        sb.append('}');
    }
  }

  private static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
