// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.CompaniesSortByCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The field on which to sort the companies.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = CompaniesSortByCodec.Serializer.class
)
@JsonDeserialize(
    using = CompaniesSortByCodec.Deserializer.class
)
public final class CompaniesSortBy extends OpenEnum {
  /**
   * The value <code>created_at</code>.
   */
  public static final CompaniesSortBy CREATED_AT = new CompaniesSortBy("created_at", true);

  /**
   * The value <code>updated_at</code>.
   */
  public static final CompaniesSortBy UPDATED_AT = new CompaniesSortBy("updated_at", true);

  /**
   * The value <code>name</code>.
   */
  public static final CompaniesSortBy NAME = new CompaniesSortBy("name", true);

  private static final List<CompaniesSortBy> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CREATED_AT, UPDATED_AT, NAME));

  private CompaniesSortBy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static CompaniesSortBy of(String value) {
    switch (value) {
      case "created_at": return CREATED_AT;
      case "updated_at": return UPDATED_AT;
      case "name": return NAME;
      default: return new CompaniesSortBy(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<CompaniesSortBy> knownValues() {
    return KNOWN_VALUES;
  }
}
