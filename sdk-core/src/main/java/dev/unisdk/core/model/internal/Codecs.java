package dev.unisdk.core.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.unisdk.core.model.JsonValue;
import dev.unisdk.core.model.OpenEnum;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming read and write helpers used by generated model codecs. Every {@code readXxx} method expects the
 * parser on the first token of the value, leaves it on the last token of the value, returns {@code null} for
 * JSON {@code null}, and decodes leniently where the meaning is unambiguous (numbers and booleans in strings,
 * numbers and booleans where a string is expected). When a value cannot be decoded it throws a
 * {@link JsonMappingException}; generated code adds the field name to its path.
 */
public final class Codecs {

  /**
   * Reads one value from a parser positioned on its first token.
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * Reads the value.
     *
     * @param p the parser, on the first token of the value
     * @param ctxt the deserialization context
     * @return the value, or null for JSON null
     * @throws IOException when the value cannot be read
     */
    T read(JsonParser p, DeserializationContext ctxt) throws IOException;
  }

  /**
   * Writes one value (or JSON null for {@code null}).
   *
   * @param <T> the value type
   */
  @FunctionalInterface
  public interface Writer<T> {
    /**
     * Writes the value.
     *
     * @param g the generator
     * @param provider the serializer provider
     * @param value the value, may be null
     * @throws IOException when writing fails
     */
    void write(JsonGenerator g, SerializerProvider provider, T value) throws IOException;
  }

  private Codecs() {
  }

  // ---------------------------------------------------------------- objects

  /**
   * Checks that the parser is on the start of an object and moves to its first field name.
   *
   * @param p the parser
   * @param ctxt the context
   * @param type the model type, for the error message
   * @return the token after {@code START_OBJECT}: a field name or {@code END_OBJECT}
   * @throws IOException when the value is not an object
   */
  public static JsonToken enterObject(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return p.nextToken();
    }
    if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
      return t;
    }
    ctxt.handleUnexpectedToken(type, p);
    throw JsonMappingException.from(p, "expected a JSON object for " + type.getSimpleName() + " but got " + t);
  }

  /**
   * Adds a field name to the path of a mapping failure (so the transport can name the field).
   *
   * @param e the failure
   * @param type the model type
   * @param field the JSON field name being read, or null before the first field
   * @return the exception to throw
   */
  public static JsonMappingException withField(JsonMappingException e, Class<?> type, String field) {
    return field == null ? e : JsonMappingException.wrapWithPath(e, type, field);
  }

  /**
   * Reads any JSON value as a tree (for unknown properties).
   *
   * @param p the parser
   * @param ctxt the context
   * @return the tree; JSON null becomes a {@code NullNode}
   * @throws IOException when reading fails
   */
  public static JsonNode readTree(JsonParser p, DeserializationContext ctxt) throws IOException {
    return ctxt.readTree(p);
  }

  /**
   * Writes unknown properties back, in their order.
   *
   * @param g the generator
   * @param provider the provider
   * @param properties the properties
   * @throws IOException when writing fails
   */
  public static void writeAdditionalProperties(JsonGenerator g, SerializerProvider provider,
      Map<String, JsonNode> properties) throws IOException {
    if (properties.isEmpty()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : properties.entrySet()) {
      g.writeFieldName(e.getKey());
      JsonNode node = e.getValue();
      if (node == null) {
        g.writeNull();
      } else {
        node.serialize(g, provider);
      }
    }
  }

  // ---------------------------------------------------------------- scalars: read

  /**
   * Reads a string; a number or boolean is taken as its JSON text.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the string or null
   * @throws IOException for an object or array
   */
  public static String readString(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
        || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return p.getText();
    }
    return (String) ctxt.handleUnexpectedToken(String.class, p);
  }

  /**
   * Reads a boolean; also accepts the strings {@code "true"}/{@code "false"} and the numbers 0 and 1.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the boolean or null
   * @throws IOException when the value is not a boolean
   */
  public static Boolean readBoolean(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      if (s.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (s.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
      if (s.isEmpty()) {
        return null;
      }
      throw ctxt.weirdStringException(s, Boolean.class, "not a boolean");
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      long v = p.getLongValue();
      if (v == 0 || v == 1) {
        return v == 1;
      }
    }
    return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
  }

  /**
   * Reads a 64-bit integer; also accepts an integral decimal ({@code 3.0}) and a number in a string.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the number or null (also for an empty string)
   * @throws IOException when the value is not an integer in range
   */
  public static Long readLong(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    BigDecimal d = decimalOf(p, ctxt, Long.class);
    if (d == null) {
      return null;
    }
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw ctxt.weirdNumberException(d, Long.class, "not an integer in the range of a long");
    }
  }

  /**
   * Reads a 32-bit integer; also accepts an integral decimal and a number in a string.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the number or null (also for an empty string)
   * @throws IOException when the value is not an integer in range
   */
  public static Integer readInteger(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    BigDecimal d = decimalOf(p, ctxt, Integer.class);
    if (d == null) {
      return null;
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw ctxt.weirdNumberException(d, Integer.class, "not an integer in the range of an int");
    }
  }

  /**
   * Reads a decimal number without precision loss; also accepts a number in a string.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the number or null (also for an empty string)
   * @throws IOException when the value is not a number
   */
  public static BigDecimal readBigDecimal(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    return decimalOf(p, ctxt, BigDecimal.class);
  }

  private static BigDecimal decimalOf(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      if (s.isEmpty()) {
        return null;
      }
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        throw ctxt.weirdStringException(s, type, "not a number");
      }
    }
    return (BigDecimal) ctxt.handleUnexpectedToken(type, p);
  }

  /**
   * Reads an ISO-8601 date ({@code 2024-01-31}); a date-time string gives its date part.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the date or null (also for an empty string)
   * @throws IOException when the value is not a date
   */
  public static LocalDate readLocalDate(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!hasDateText(p, ctxt, LocalDate.class)) {
      return null;
    }
    try {
      return IsoDates.parseLocalDate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (DateTimeParseException e) {
      throw ctxt.weirdStringException(p.getText().trim(), LocalDate.class, "not an ISO-8601 date");
    }
  }

  /**
   * Reads an ISO-8601 date-time; without an offset UTC is assumed, a bare date means its start in UTC.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the date-time or null (also for an empty string)
   * @throws IOException when the value is not a date-time
   */
  public static OffsetDateTime readOffsetDateTime(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!hasDateText(p, ctxt, OffsetDateTime.class)) {
      return null;
    }
    try {
      return IsoDates.parseOffsetDateTime(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (DateTimeParseException e) {
      throw ctxt.weirdStringException(p.getText().trim(), OffsetDateTime.class, "not an ISO-8601 date-time");
    }
  }

  /** True on a string that is not blank; false on JSON null or a blank string; fails on other tokens. */
  private static boolean hasDateText(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    if (t != JsonToken.VALUE_STRING) {
      ctxt.handleUnexpectedToken(type, p);
      throw JsonMappingException.from(p, "expected an ISO-8601 string for " + type.getSimpleName());
    }
    char[] buf = p.getTextCharacters();
    for (int i = p.getTextOffset(), end = i + p.getTextLength(); i < end; i++) {
      if (buf[i] > ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads an open enum through its factory (for an enum generated in another module); unknown values are
   * kept, JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @param of the enum's {@code of(String)}
   * @param <E> the enum type
   * @return the value or null
   * @throws IOException when the value is an object or array
   */
  public static <E extends OpenEnum> E readEnum(JsonParser p, DeserializationContext ctxt,
      java.util.function.Function<String, E> of) throws IOException {
    String s = readString(p, ctxt);
    return s == null ? null : of.apply(s);
  }

  /**
   * Reads a model through Jackson (for a model whose codec is not reachable from the calling package).
   *
   * @param p the parser
   * @param ctxt the context
   * @param type the model class
   * @param <T> the model type
   * @return the value, or null for JSON null
   * @throws IOException when the value cannot be read
   */
  public static <T> T readValue(JsonParser p, DeserializationContext ctxt, Class<T> type) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    return ctxt.readValue(p, type);
  }

  /**
   * Writes a model through Jackson, or JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeValue(JsonGenerator g, SerializerProvider provider, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      provider.defaultSerializeValue(v, g);
    }
  }

  /**
   * Reads an untyped value, deciding by its first token.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the value; JSON null gives {@link JsonValue#nullValue()}
   * @throws IOException when reading fails
   */
  public static JsonValue readJsonValue(JsonParser p, DeserializationContext ctxt) throws IOException {
    return JsonValueCodec.read(p, ctxt);
  }

  // ---------------------------------------------------------------- containers: read

  /**
   * Reads an array; a single non-array value is taken as a one-element list.
   *
   * @param p the parser
   * @param ctxt the context
   * @param element reads each element
   * @param <T> the element type
   * @return an unmodifiable list (kept as is by model builders), or null for JSON null
   * @throws IOException when an element cannot be read (the path names its index)
   */
  public static <T> List<T> readList(JsonParser p, DeserializationContext ctxt, Reader<T> element)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      Object[] one = new Object[1];
      try {
        one[0] = element.read(p, ctxt);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, LIST_REFERENCE, 0);
      }
      return ImmutableList.wrap(one);
    }
    // elements go straight into the array the list keeps: no ArrayList, and a copy only to trim
    Object[] elements = NO_ELEMENTS;
    int size = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (size == elements.length) {
        elements = Arrays.copyOf(elements, size == 0 ? 4 : size + (size >> 1));
      }
      try {
        elements[size] = element.read(p, ctxt);
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, LIST_REFERENCE, size);
      }
      size++;
    }
    return ImmutableList.wrap(size == elements.length ? elements : Arrays.copyOf(elements, size));
  }

  private static final Object[] NO_ELEMENTS = new Object[0];
  /** Names a list in a failure's reference path as before ({@code java.util.ArrayList[i]}); never changed. */
  private static final List<Object> LIST_REFERENCE = new ArrayList<>(0);

  /**
   * Reads an object as a map with string keys, keeping the order.
   *
   * @param p the parser
   * @param ctxt the context
   * @param value reads each member value
   * @param <T> the value type
   * @return an unmodifiable map, or null for JSON null
   * @throws IOException when a value cannot be read (the path names its key)
   */
  public static <T> Map<String, T> readMap(JsonParser p, DeserializationContext ctxt, Reader<T> value)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    t = enterObject(p, ctxt, Map.class);
    Map<String, T> map = new LinkedHashMap<>();
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      p.nextToken();
      try {
        map.put(key, value.read(p, ctxt));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, map, key);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  // ---------------------------------------------------------------- write

  /**
   * Writes a string or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeString(JsonGenerator g, SerializerProvider provider, String v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeString(v);
    }
  }

  /**
   * Writes a boolean or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeBoolean(JsonGenerator g, SerializerProvider provider, Boolean v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeBoolean(v);
    }
  }

  /**
   * Writes a long or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeLong(JsonGenerator g, SerializerProvider provider, Long v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeNumber(v.longValue());
    }
  }

  /**
   * Writes an int or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeInteger(JsonGenerator g, SerializerProvider provider, Integer v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeNumber(v.intValue());
    }
  }

  /**
   * Writes a decimal (as given, no rounding) or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeBigDecimal(JsonGenerator g, SerializerProvider provider, BigDecimal v)
      throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }

  /**
   * Writes an ISO-8601 date or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeLocalDate(JsonGenerator g, SerializerProvider provider, LocalDate v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeString(v.toString());
    }
  }

  /**
   * Writes an ISO-8601 date-time with offset or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeOffsetDateTime(JsonGenerator g, SerializerProvider provider, OffsetDateTime v)
      throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v));
    }
  }

  /**
   * Writes an open enum's raw value or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeEnum(JsonGenerator g, SerializerProvider provider, OpenEnum v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeString(v.value());
    }
  }

  /**
   * Writes an untyped value; {@code null} is written as JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param v the value
   * @throws IOException when writing fails
   */
  public static void writeJsonValue(JsonGenerator g, SerializerProvider provider, JsonValue v) throws IOException {
    JsonValueCodec.write(g, v);
  }

  /**
   * Writes a list or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param list the list
   * @param element writes each element
   * @param <T> the element type
   * @throws IOException when writing fails
   */
  public static <T> void writeList(JsonGenerator g, SerializerProvider provider, List<T> list, Writer<T> element)
      throws IOException {
    if (list == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (int i = 0, n = list.size(); i < n; i++) {
      element.write(g, provider, list.get(i));
    }
    g.writeEndArray();
  }

  /**
   * Writes a map as an object or null.
   *
   * @param g the generator
   * @param provider the provider
   * @param map the map
   * @param value writes each value
   * @param <T> the value type
   * @throws IOException when writing fails
   */
  public static <T> void writeMap(JsonGenerator g, SerializerProvider provider, Map<String, T> map, Writer<T> value)
      throws IOException {
    if (map == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    for (Map.Entry<String, T> e : map.entrySet()) {
      g.writeFieldName(e.getKey());
      value.write(g, provider, e.getValue());
    }
    g.writeEndObject();
  }
}
