// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.ContactTypeCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of the contact.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ContactTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = ContactTypeCodec.Deserializer.class
)
public final class ContactType extends OpenEnum {
  /**
   * The value <code>customer</code>.
   */
  public static final ContactType CUSTOMER = new ContactType("customer", true);

  /**
   * The value <code>supplier</code>.
   */
  public static final ContactType SUPPLIER = new ContactType("supplier", true);

  /**
   * The value <code>employee</code>.
   */
  public static final ContactType EMPLOYEE = new ContactType("employee", true);

  /**
   * The value <code>personal</code>.
   */
  public static final ContactType PERSONAL = new ContactType("personal", true);

  private static final List<ContactType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CUSTOMER, SUPPLIER, EMPLOYEE, PERSONAL));

  private ContactType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ContactType of(String value) {
    switch (value) {
      case "customer": return CUSTOMER;
      case "supplier": return SUPPLIER;
      case "employee": return EMPLOYEE;
      case "personal": return PERSONAL;
      default: return new ContactType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ContactType> knownValues() {
    return KNOWN_VALUES;
  }
}
