// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.BankAccountTypeCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of bank account.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = BankAccountTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = BankAccountTypeCodec.Deserializer.class
)
public final class BankAccountType extends OpenEnum {
  /**
   * The value <code>bank_account</code>.
   */
  public static final BankAccountType BANK_ACCOUNT = new BankAccountType("bank_account", true);

  /**
   * The value <code>credit_card</code>.
   */
  public static final BankAccountType CREDIT_CARD = new BankAccountType("credit_card", true);

  /**
   * The value <code>other</code>.
   */
  public static final BankAccountType OTHER = new BankAccountType("other", true);

  private static final List<BankAccountType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(BANK_ACCOUNT, CREDIT_CARD, OTHER));

  private BankAccountType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static BankAccountType of(String value) {
    switch (value) {
      case "bank_account": return BANK_ACCOUNT;
      case "credit_card": return CREDIT_CARD;
      case "other": return OTHER;
      default: return new BankAccountType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<BankAccountType> knownValues() {
    return KNOWN_VALUES;
  }
}
