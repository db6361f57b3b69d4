package dev.unisdk.integrations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.json.Json;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record of retrieved data: a contact, company, deal, ticket, event, file... of any category
 * and object type. It keeps the whole JSON object as received; {@link #id()}, {@link #createdAt()}
 * and {@link #updatedAt()} read the common fields, {@link #get(String)} any other, and {@link
 * #as(Class)} binds the record into your own type (or into the generated {@link
 * dev.unisdk.integrations.model.UnifiedRecord}). Immutable.
 */
public final class DataRecord {
  private final ObjectNode json;

  private DataRecord(ObjectNode json) {
    this.json = json;
  }

  /**
   * Wraps a JSON object (copied).
   *
   * @param json the record's JSON object
   * @return the record
   */
  public static DataRecord of(ObjectNode json) {
    return new DataRecord(Checks.notNull(json, "json").deepCopy());
  }

  /** Wraps a freshly parsed object without copying it (the caller gives up its reference). */
  static DataRecord wrap(ObjectNode json) {
    return new DataRecord(json);
  }

  /**
   * Returns the record's id ({@code id}).
   *
   * @return the id as text, or null when absent or null
   */
  public @Nullable String id() {
    JsonNode id = json.get("id");
    return id == null || id.isNull() || id.isContainerNode() ? null : id.asText();
  }

  /**
   * Returns when the record was created ({@code created_at}).
   *
   * @return the time (a date-time without offset is read as UTC, a date as its start in UTC), or
   *     null when absent, null or not an ISO 8601 date or date-time; the raw value stays available
   *     through {@link #get(String)}
   */
  public OffsetDateTime createdAt() {
    return time("created_at");
  }

  /**
   * Returns when the record was last updated ({@code updated_at}).
   *
   * @return the time, or null; read like {@link #createdAt()}
   */
  public @Nullable OffsetDateTime updatedAt() {
    return time("updated_at");
  }

  /**
   * Returns a field's value.
   *
   * @param name the JSON property name (case-sensitive)
   * @return a copy of the value (a JSON null node when the field is null), or null when absent
   */
  public @Nullable JsonNode get(String name) {
    JsonNode value = json.get(Checks.notNull(name, "name"));
    return value == null ? null : value.deepCopy();
  }

  /**
   * Returns a field's value as text.
   *
   * @param name the JSON property name
   * @return the text of a string, number or boolean; null when absent, null or an object/array
   */
  public @Nullable String getString(String name) {
    JsonNode value = json.get(Checks.notNull(name, "name"));
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  /**
   * Tells whether the record has a field (even a null one).
   *
   * @param name the JSON property name
   * @return true when present
   */
  public boolean has(String name) {
    return json.has(name);
  }

  /**
   * Returns the record's field names in the order received.
   *
   * @return an unmodifiable list
   */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>(json.size());
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * Returns the whole record.
   *
   * @return a copy of the JSON object
   */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /**
   * Binds the record into a type with the SDK's JSON mapper (unknown properties are ignored,
   * java.time types supported).
   *
   * @param type the target type, e.g. your own {@code Contact} class
   * @param <T> the target type
   * @return the bound value
   * @throws InvalidResponseException when the record does not fit the type (the field is named)
   */
  public <T> T as(Class<T> type) {
    Checks.notNull(type, "type");
    return bind(Json.mapper().constructType(type));
  }

  /**
   * Binds the record into a generic type.
   *
   * @param type the target type, e.g. {@code new TypeReference<Map<String, Object>>() {}}
   * @param <T> the target type
   * @return the bound value
   * @throws InvalidResponseException when the record does not fit the type
   */
  public <T> T as(TypeReference<T> type) {
    Checks.notNull(type, "type");
    return bind(Json.mapper().getTypeFactory().constructType(type));
  }

  private <T> T bind(JavaType type) {
    try {
      return Json.mapper().readerFor(type).readValue(json);
    } catch (JsonMappingException e) {
      String field = fieldPath(e);
      throw new InvalidResponseException("Could not bind the record to " + type
          + (field == null ? "" : " at field '" + field + "'") + ": " + e.getOriginalMessage(),
          0, "", field, e);
    } catch (java.io.IOException e) {
      String detail = e instanceof JsonProcessingException
          ? ((JsonProcessingException) e).getOriginalMessage() : e.toString();
      throw new InvalidResponseException(
          "Could not bind the record to " + type + ": " + detail, 0, "", null, e);
    }
  }

  private static String fieldPath(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private OffsetDateTime time(String name) {
    JsonNode value = json.get(name);
    if (value == null || !value.isTextual()) {
      return null;
    }
    String text = value.asText().trim();
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notDate) {
          return null;
        }
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataRecord && json.equals(((DataRecord) o).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** Shows the id and the field names, never the values (records often hold personal data). */
  @Override
  public String toString() {
    return "DataRecord{id=" + id() + ", fields=" + fieldNames() + "}";
  }
}
