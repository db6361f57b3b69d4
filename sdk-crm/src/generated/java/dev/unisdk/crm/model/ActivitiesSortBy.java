// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.ActivitiesSortByCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The field on which to sort the activities.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ActivitiesSortByCodec.Serializer.class
)
@JsonDeserialize(
    using = ActivitiesSortByCodec.Deserializer.class
)
public final class ActivitiesSortBy extends OpenEnum {
  /**
   * The value <code>created_at</code>.
   */
  public static final ActivitiesSortBy CREATED_AT = new ActivitiesSortBy("created_at", true);

  /**
   * The value <code>updated_at</code>.
   */
  public static final ActivitiesSortBy UPDATED_AT = new ActivitiesSortBy("updated_at", true);

  private static final List<ActivitiesSortBy> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CREATED_AT, UPDATED_AT));

  private ActivitiesSortBy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ActivitiesSortBy of(String value) {
    switch (value) {
      case "created_at": return CREATED_AT;
      case "updated_at": return UPDATED_AT;
      default: return new ActivitiesSortBy(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ActivitiesSortBy> knownValues() {
    return KNOWN_VALUES;
  }
}
