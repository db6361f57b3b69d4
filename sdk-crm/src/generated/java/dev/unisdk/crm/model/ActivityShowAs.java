// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.ActivityShowAsCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * How the activity shows in a calendar.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ActivityShowAsCodec.Serializer.class
)
@JsonDeserialize(
    using = ActivityShowAsCodec.Deserializer.class
)
public final class ActivityShowAs extends OpenEnum {
  /**
   * The value <code>free</code>.
   */
  public static final ActivityShowAs FREE = new ActivityShowAs("free", true);

  /**
   * The value <code>busy</code>.
   */
  public static final ActivityShowAs BUSY = new ActivityShowAs("busy", true);

  private static final List<ActivityShowAs> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(FREE, BUSY));

  private ActivityShowAs(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ActivityShowAs of(String value) {
    switch (value) {
      case "free": return FREE;
      case "busy": return BUSY;
      default: return new ActivityShowAs(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ActivityShowAs> knownValues() {
    return KNOWN_VALUES;
  }
}
