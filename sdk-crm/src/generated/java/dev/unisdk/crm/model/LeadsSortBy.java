// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.LeadsSortByCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The field on which to sort the leads.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = LeadsSortByCodec.Serializer.class
)
@JsonDeserialize(
    using = LeadsSortByCodec.Deserializer.class
)
public final class LeadsSortBy extends OpenEnum {
  /**
   * The value <code>created_at</code>.
   */
  public static final LeadsSortBy CREATED_AT = new LeadsSortBy("created_at", true);

  /**
   * The value <code>updated_at</code>.
   */
  public static final LeadsSortBy UPDATED_AT = new LeadsSortBy("updated_at", true);

  /**
   * The value <code>name</code>.
   */
  public static final LeadsSortBy NAME = new LeadsSortBy("name", true);

  /**
   * The value <code>first_name</code>.
   */
  public static final LeadsSortBy FIRST_NAME = new LeadsSortBy("first_name", true);

  /**
   * The value <code>last_name</code>.
   */
  public static final LeadsSortBy LAST_NAME = new LeadsSortBy("last_name", true);

  /**
   * The value <code>email</code>.
   */
  public static final LeadsSortBy EMAIL = new LeadsSortBy("email", true);

  private static final List<LeadsSortBy> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CREATED_AT, UPDATED_AT, NAME, FIRST_NAME, LAST_NAME, EMAIL));

  private LeadsSortBy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static LeadsSortBy of(String value) {
    switch (value) {
      case "created_at": return CREATED_AT;
      case "updated_at": return UPDATED_AT;
      case "name": return NAME;
      case "first_name": return FIRST_NAME;
      case "last_name": return LAST_NAME;
      case "email": return EMAIL;
      default: return new LeadsSortBy(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<LeadsSortBy> knownValues() {
    return KNOWN_VALUES;
  }
}
