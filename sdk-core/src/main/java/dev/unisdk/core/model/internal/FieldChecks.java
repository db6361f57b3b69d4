package dev.unisdk.core.model.internal;

import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.model.JsonField;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Checks of model fields used by generated request checks (from the specs' {@code required:} and
 * {@code minimum:}); each throws {@link ValidationException} naming the JSON property. Not public API.
 */
public final class FieldChecks {
  private FieldChecks() {
  }

  /**
   * A required text: present and not blank.
   *
   * @param field the field
   * @param name the JSON property name
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
   * A required text in an update: may be left out, but not cleared or blank.
   *
   * @param field the field
   * @param name the JSON property name
   */
  public static void requiredTextIfSet(JsonField<String> field, String name) {
    if (field.isMissing()) {
      return;
    }
    if (field.isNull()) {
      throw new ValidationException(name, "is required and cannot be cleared");
    }
    requiredText(field, name);
  }

  /**
   * A required value: present, and not an empty list or map.
   *
   * @param field the field
   * @param name the JSON property name
   */
  public static void requiredValue(JsonField<?> field, String name) {
    if (!field.isPresent()) {
      throw new ValidationException(name, "is required");
    }
    Object v = field.value();
    if ((v instanceof Collection && ((Collection<?>) v).isEmpty()) || (v instanceof Map && ((Map<?, ?>) v).isEmpty())) {
      throw new ValidationException(name, "must not be empty");
    }
  }

  /**
   * A required value in an update: may be left out, but not cleared or empty.
   *
   * @param field the field
   * @param name the JSON property name
   */
  public static void requiredValueIfSet(JsonField<?> field, String name) {
    if (field.isMissing()) {
      return;
    }
    if (field.isNull()) {
      throw new ValidationException(name, "is required and cannot be cleared");
    }
    requiredValue(field, name);
  }

  /**
   * A number, when present, at least {@code minimum}.
   *
   * @param field the field
   * @param minimum the smallest allowed value
   * @param name the JSON property name
   */
  public static void atLeast(JsonField<? extends Number> field, BigDecimal minimum, String name) {
    Number v = field.value();
    if (v == null) {
      return;
    }
    BigDecimal d = v instanceof BigDecimal ? (BigDecimal) v : new BigDecimal(v.toString());
    if (d.compareTo(minimum) < 0) {
      throw new ValidationException(name, "must be at least " + minimum.toPlainString() + " (was " + v + ")");
    }
  }
}
