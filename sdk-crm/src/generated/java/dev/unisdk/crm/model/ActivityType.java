// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.ActivityTypeCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of the activity.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ActivityTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = ActivityTypeCodec.Deserializer.class
)
public final class ActivityType extends OpenEnum {
  /**
   * The value <code>call</code>.
   */
  public static final ActivityType CALL = new ActivityType("call", true);

  /**
   * The value <code>meeting</code>.
   */
  public static final ActivityType MEETING = new ActivityType("meeting", true);

  /**
   * The value <code>email</code>.
   */
  public static final ActivityType EMAIL = new ActivityType("email", true);

  /**
   * The value <code>note</code>.
   */
  public static final ActivityType NOTE = new ActivityType("note", true);

  private static final List<ActivityType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CALL, MEETING, EMAIL, NOTE));

  private ActivityType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ActivityType of(String value) {
    switch (value) {
      case "call": return CALL;
      case "meeting": return MEETING;
      case "email": return EMAIL;
      case "note": return NOTE;
      default: return new ActivityType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ActivityType> knownValues() {
    return KNOWN_VALUES;
  }
}
