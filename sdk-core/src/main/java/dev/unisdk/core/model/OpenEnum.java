package dev.unisdk.core.model;

import org.jspecify.annotations.Nullable;
/**
 * Base of the generated open enums: a string value that is either one of the constants the spec knows
 * (static fields of the subclass) or any other value the server sent, kept as is. Unknown values never
 * fail decoding and are written back unchanged. Instances are compared by class and raw value.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  /**
   * Creates a value; subclasses pass {@code known = true} only for their static constants.
   *
   * @param value the raw JSON string, not null
   * @param known whether the value is one of the constants of the spec
   */
  protected OpenEnum(String value, boolean known) {
    if (value == null) {
      throw new NullPointerException("value");
    }
    this.value = value;
    this.known = known;
  }

  /**
   * The raw value exactly as on the wire.
   *
   * @return the raw string
   */
  public final String value() {
    return value;
  }

  /**
   * Whether the value is one of the constants the spec documents.
   *
   * @return true for a known constant
   */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return this == o || (o != null && o.getClass() == getClass() && value.equals(((OpenEnum) o).value));
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
