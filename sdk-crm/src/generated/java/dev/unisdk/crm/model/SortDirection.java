// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.SortDirectionCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The direction in which to sort the results.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = SortDirectionCodec.Serializer.class
)
@JsonDeserialize(
    using = SortDirectionCodec.Deserializer.class
)
public final class SortDirection extends OpenEnum {
  /**
   * The value <code>asc</code>.
   */
  public static final SortDirection ASC = new SortDirection("asc", true);

  /**
   * The value <code>desc</code>.
   */
  public static final SortDirection DESC = new SortDirection("desc", true);

  private static final List<SortDirection> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(ASC, DESC));

  private SortDirection(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static SortDirection of(String value) {
    switch (value) {
      case "asc": return ASC;
      case "desc": return DESC;
      default: return new SortDirection(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<SortDirection> knownValues() {
    return KNOWN_VALUES;
  }
}
