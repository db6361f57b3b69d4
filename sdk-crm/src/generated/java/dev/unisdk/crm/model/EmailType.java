// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.EmailTypeCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of email address.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = EmailTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = EmailTypeCodec.Deserializer.class
)
public final class EmailType extends OpenEnum {
  /**
   * The value <code>primary</code>.
   */
  public static final EmailType PRIMARY = new EmailType("primary", true);

  /**
   * The value <code>secondary</code>.
   */
  public static final EmailType SECONDARY = new EmailType("secondary", true);

  /**
   * The value <code>work</code>.
   */
  public static final EmailType WORK = new EmailType("work", true);

  /**
   * The value <code>personal</code>.
   */
  public static final EmailType PERSONAL = new EmailType("personal", true);

  /**
   * The value <code>billing</code>.
   */
  public static final EmailType BILLING = new EmailType("billing", true);

  /**
   * The value <code>other</code>.
   */
  public static final EmailType OTHER = new EmailType("other", true);

  private static final List<EmailType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(PRIMARY, SECONDARY, WORK, PERSONAL, BILLING, OTHER));

  private EmailType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static EmailType of(String value) {
    switch (value) {
      case "primary": return PRIMARY;
      case "secondary": return SECONDARY;
      case "work": return WORK;
      case "personal": return PERSONAL;
      case "billing": return BILLING;
      case "other": return OTHER;
      default: return new EmailType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<EmailType> knownValues() {
    return KNOWN_VALUES;
  }
}
