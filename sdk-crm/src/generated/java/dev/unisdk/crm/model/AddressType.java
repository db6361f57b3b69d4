// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.AddressTypeCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of address.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = AddressTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = AddressTypeCodec.Deserializer.class
)
public final class AddressType extends OpenEnum {
  /**
   * The value <code>primary</code>.
   */
  public static final AddressType PRIMARY = new AddressType("primary", true);

  /**
   * The value <code>secondary</code>.
   */
  public static final AddressType SECONDARY = new AddressType("secondary", true);

  /**
   * The value <code>home</code>.
   */
  public static final AddressType HOME = new AddressType("home", true);

  /**
   * The value <code>office</code>.
   */
  public static final AddressType OFFICE = new AddressType("office", true);

  /**
   * The value <code>shipping</code>.
   */
  public static final AddressType SHIPPING = new AddressType("shipping", true);

  /**
   * The value <code>billing</code>.
   */
  public static final AddressType BILLING = new AddressType("billing", true);

  /**
   * The value <code>other</code>.
   */
  public static final AddressType OTHER = new AddressType("other", true);

  private static final List<AddressType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(PRIMARY, SECONDARY, HOME, OFFICE, SHIPPING, BILLING, OTHER));

  private AddressType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static AddressType of(String value) {
    switch (value) {
      case "primary": return PRIMARY;
      case "secondary": return SECONDARY;
      case "home": return HOME;
      case "office": return OFFICE;
      case "shipping": return SHIPPING;
      case "billing": return BILLING;
      case "other": return OTHER;
      default: return new AddressType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<AddressType> knownValues() {
    return KNOWN_VALUES;
  }
}
