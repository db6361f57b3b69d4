// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.GenderCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The gender of the contact.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = GenderCodec.Serializer.class
)
@JsonDeserialize(
    using = GenderCodec.Deserializer.class
)
public final class Gender extends OpenEnum {
  /**
   * The value <code>male</code>.
   */
  public static final Gender MALE = new Gender("male", true);

  /**
   * The value <code>female</code>.
   */
  public static final Gender FEMALE = new Gender("female", true);

  /**
   * The value <code>unisex</code>.
   */
  public static final Gender UNISEX = new Gender("unisex", true);

  private static final List<Gender> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(MALE, FEMALE, UNISEX));

  private Gender(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static Gender of(String value) {
    switch (value) {
      case "male": return MALE;
      case "female": return FEMALE;
      case "unisex": return UNISEX;
      default: return new Gender(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<Gender> knownValues() {
    return KNOWN_VALUES;
  }
}
