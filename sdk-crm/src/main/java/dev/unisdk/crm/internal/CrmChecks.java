package dev.unisdk.crm.internal;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.model.JsonField;
import java.util.Collection;

/** Validation of CRM request bodies before a request is sent. Not API. */
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
}
