package dev.unisdk.crm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.model.JsonField;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.SortDirection;
import java.util.Collection;
import java.util.Map;

/** Validation of CRM bodies and filters before a request is sent. Not API. */
public final class CrmChecks {
  private CrmChecks() {}

  /**
   * A required text field of a create body: present, not null, not blank.
   *
   * @param field the field
   * @param name the JSON name, reported as the parameter
   */
  public static void requiredText(JsonField<String> field, String name) {
    if (!field.isPresent()) {
      throw new ValidationException(name, "is required");
    }
    if (field.value().trim().isEmpty()) {
      throw new ValidationException(name, "must not be blank");
    }
  }

  /**
   * A required text field of an update body: may be left out, but not cleared or blanked.
   *
   * @param field the field
   * @param name the JSON name
   */
  public static void requiredTextIfSet(JsonField<String> field, String name) {
    if (!field.isMissing()) {
      if (field.isNull()) {
        throw new ValidationException(name, "is required and cannot be cleared");
      }
      requiredText(field, name);
    }
  }

  /**
   * A required non-empty list or value of a create body.
   *
   * @param field the field
   * @param name the JSON name
   */
  public static void requiredValue(JsonField<?> field, String name) {
    if (!field.isPresent()) {
      throw new ValidationException(name, "is required");
    }
    Object v = field.value();
    if (v instanceof Collection && ((Collection<?>) v).isEmpty()) {
      throw new ValidationException(name, "must not be empty");
    }
  }

  /**
   * A required list or value of an update body: may be left out, but not cleared or emptied.
   *
   * @param field the field
   * @param name the JSON name
   */
  public static void requiredValueIfSet(JsonField<?> field, String name) {
    if (!field.isMissing()) {
      if (field.isNull()) {
        throw new ValidationException(name, "is required and cannot be cleared");
      }
      requiredValue(field, name);
    }
  }

  /**
   * A number that must not be negative, when set.
   *
   * @param field the field
   * @param name the JSON name
   */
  public static void notNegative(JsonField<Long> field, String name) {
    if (field.isPresent() && field.value() < 0) {
      throw new ValidationException(name, "must be at least 0 (was " + field.value() + ")");
    }
  }

  /**
   * Refuses filter members that the resource does not document (set through additional properties).
   *
   * @param additional the filter's additional properties
   * @param resource the resource name, e.g. {@code "contacts"}
   * @param documented the documented filter fields
   */
  public static void onlyDocumentedFilters(Map<String, JsonNode> additional, String resource, String documented) {
    if (!additional.isEmpty()) {
      String name = additional.keySet().iterator().next();
      throw new ValidationException("filter[" + name + "]",
          "is not a filter of " + resource + " (documented: " + documented + ")");
    }
  }

  /**
   * Refuses a sort field the resource does not document (an unknown open-enum value).
   *
   * @param by the sort field
   * @param documented the documented sort fields, for the message
   * @param <E> the sort field type
   * @return the field
   */
  public static <E extends OpenEnum> E documentedSort(E by, String documented) {
    if (!by.isKnown()) {
      throw new ValidationException("sort[by]", "\"" + by.value() + "\" is not a sort field here (documented: "
          + documented + ")");
    }
    return by;
  }

  /**
   * Refuses a sort direction other than asc and desc.
   *
   * @param direction the direction
   * @return the direction
   */
  public static SortDirection documentedDirection(SortDirection direction) {
    if (!direction.isKnown()) {
      throw new ValidationException("sort[direction]", "must be asc or desc (was \"" + direction.value() + "\")");
    }
    return direction;
  }

  /**
   * Refuses sort members other than {@code by} and {@code direction}.
   *
   * @param additional the sort's additional properties
   */
  public static void onlyDocumentedSort(Map<String, JsonNode> additional) {
    if (!additional.isEmpty()) {
      throw new ValidationException("sort[" + additional.keySet().iterator().next() + "]",
          "is not a sort parameter (documented: by, direction)");
    }
  }
}
