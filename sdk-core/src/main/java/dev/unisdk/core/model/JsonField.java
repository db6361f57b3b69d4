package dev.unisdk.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value of one optional model field in one of three states: <em>missing</em> (absent from the JSON, never
 * sent), <em>null</em> (an explicit JSON {@code null}, sent as {@code null}, e.g. to clear a field in an update)
 * or <em>present</em> with a non-null value. Immutable.
 *
 * @param <T> the Java type of the field
 */
public final class JsonField<T> {
  private static final JsonField<?> MISSING = new JsonField<>(null, false);
  private static final JsonField<?> NULL = new JsonField<>(null, true);

  private final @Nullable T value;
  private final boolean isNull;

  private JsonField(@Nullable T value, boolean isNull) {
    this.value = value;
    this.isNull = isNull;
  }

  /**
   * The missing state: the field is absent and is not serialized.
   *
   * @param <T> the field type
   * @return the shared missing instance
   */
  @SuppressWarnings("unchecked")
  public static <T> JsonField<T> missing() {
    return (JsonField<T>) MISSING;
  }

  /**
   * The explicit-null state: the field is serialized as JSON {@code null}.
   *
   * @param <T> the field type
   * @return the shared null instance
   */
  @SuppressWarnings("unchecked")
  public static <T> JsonField<T> ofNull() {
    return (JsonField<T>) NULL;
  }

  /**
   * A present value, or the explicit-null state when {@code value} is {@code null}.
   *
   * @param value the value, may be null
   * @param <T> the field type
   * @return the field
   */
  public static <T> JsonField<T> of(@Nullable T value) {
    return value == null ? JsonField.<T>ofNull() : new JsonField<>(value, false);
  }

  /**
   * Whether the field was absent.
   *
   * @return true when the field is missing
   */
  public boolean isMissing() {
    return value == null && !isNull;
  }

  /**
   * Whether the field was an explicit JSON {@code null}.
   *
   * @return true when the field is null
   */
  public boolean isNull() {
    return isNull;
  }

  /**
   * Whether the field holds a non-null value.
   *
   * @return true when a value is present
   */
  public boolean isPresent() {
    return value != null;
  }

  /**
   * The value, or {@code null} when the field is missing or null.
   *
   * @return the value or null
   */
  public @Nullable T value() {
    return value;
  }

  /**
   * The value, or {@code fallback} when the field is missing or null.
   *
   * @param fallback returned when no value is present
   * @return the value or the fallback
   */
  public @Nullable T orElse(@Nullable T fallback) {
    return value != null ? value : fallback;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonField)) {
      return false;
    }
    JsonField<?> other = (JsonField<?>) o;
    return isNull == other.isNull && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return value != null ? value.hashCode() : (isNull ? 1 : 0);
  }

  @Override
  public String toString() {
    if (value != null) {
      return String.valueOf(value);
    }
    return isNull ? "null" : "<missing>";
  }
}
