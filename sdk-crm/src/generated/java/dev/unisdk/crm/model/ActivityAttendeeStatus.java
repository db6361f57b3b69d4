// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.ActivityAttendeeStatusCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Status of the attendee.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ActivityAttendeeStatusCodec.Serializer.class
)
@JsonDeserialize(
    using = ActivityAttendeeStatusCodec.Deserializer.class
)
public final class ActivityAttendeeStatus extends OpenEnum {
  /**
   * The value <code>accepted</code>.
   */
  public static final ActivityAttendeeStatus ACCEPTED = new ActivityAttendeeStatus("accepted", true);

  /**
   * The value <code>tentative</code>.
   */
  public static final ActivityAttendeeStatus TENTATIVE = new ActivityAttendeeStatus("tentative", true);

  /**
   * The value <code>declined</code>.
   */
  public static final ActivityAttendeeStatus DECLINED = new ActivityAttendeeStatus("declined", true);

  private static final List<ActivityAttendeeStatus> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(ACCEPTED, TENTATIVE, DECLINED));

  private ActivityAttendeeStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ActivityAttendeeStatus of(String value) {
    switch (value) {
      case "accepted": return ACCEPTED;
      case "tentative": return TENTATIVE;
      case "declined": return DECLINED;
      default: return new ActivityAttendeeStatus(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ActivityAttendeeStatus> knownValues() {
    return KNOWN_VALUES;
  }
}
