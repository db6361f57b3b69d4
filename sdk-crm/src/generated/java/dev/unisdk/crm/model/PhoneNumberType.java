// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.PhoneNumberTypeCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of phone number.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = PhoneNumberTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = PhoneNumberTypeCodec.Deserializer.class
)
public final class PhoneNumberType extends OpenEnum {
  /**
   * The value <code>primary</code>.
   */
  public static final PhoneNumberType PRIMARY = new PhoneNumberType("primary", true);

  /**
   * The value <code>secondary</code>.
   */
  public static final PhoneNumberType SECONDARY = new PhoneNumberType("secondary", true);

  /**
   * The value <code>home</code>.
   */
  public static final PhoneNumberType HOME = new PhoneNumberType("home", true);

  /**
   * The value <code>work</code>.
   */
  public static final PhoneNumberType WORK = new PhoneNumberType("work", true);

  /**
   * The value <code>office</code>.
   */
  public static final PhoneNumberType OFFICE = new PhoneNumberType("office", true);

  /**
   * The value <code>mobile</code>.
   */
  public static final PhoneNumberType MOBILE = new PhoneNumberType("mobile", true);

  /**
   * The value <code>assistant</code>.
   */
  public static final PhoneNumberType ASSISTANT = new PhoneNumberType("assistant", true);

  /**
   * The value <code>fax</code>.
   */
  public static final PhoneNumberType FAX = new PhoneNumberType("fax", true);

  /**
   * The value <code>direct-dial-in</code>.
   */
  public static final PhoneNumberType DIRECT_DIAL_IN = new PhoneNumberType("direct-dial-in", true);

  /**
   * The value <code>personal</code>.
   */
  public static final PhoneNumberType PERSONAL = new PhoneNumberType("personal", true);

  /**
   * The value <code>other</code>.
   */
  public static final PhoneNumberType OTHER = new PhoneNumberType("other", true);

  private static final List<PhoneNumberType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(PRIMARY, SECONDARY, HOME, WORK, OFFICE, MOBILE, ASSISTANT, FAX, DIRECT_DIAL_IN, PERSONAL, OTHER));

  private PhoneNumberType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static PhoneNumberType of(String value) {
    switch (value) {
      case "primary": return PRIMARY;
      case "secondary": return SECONDARY;
      case "home": return HOME;
      case "work": return WORK;
      case "office": return OFFICE;
      case "mobile": return MOBILE;
      case "assistant": return ASSISTANT;
      case "fax": return FAX;
      case "direct-dial-in": return DIRECT_DIAL_IN;
      case "personal": return PERSONAL;
      case "other": return OTHER;
      default: return new PhoneNumberType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<PhoneNumberType> knownValues() {
    return KNOWN_VALUES;
  }
}
