// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.WebsiteTypeCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of website.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = WebsiteTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = WebsiteTypeCodec.Deserializer.class
)
public final class WebsiteType extends OpenEnum {
  /**
   * The value <code>primary</code>.
   */
  public static final WebsiteType PRIMARY = new WebsiteType("primary", true);

  /**
   * The value <code>secondary</code>.
   */
  public static final WebsiteType SECONDARY = new WebsiteType("secondary", true);

  /**
   * The value <code>work</code>.
   */
  public static final WebsiteType WORK = new WebsiteType("work", true);

  /**
   * The value <code>personal</code>.
   */
  public static final WebsiteType PERSONAL = new WebsiteType("personal", true);

  /**
   * The value <code>other</code>.
   */
  public static final WebsiteType OTHER = new WebsiteType("other", true);

  private static final List<WebsiteType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(PRIMARY, SECONDARY, WORK, PERSONAL, OTHER));

  private WebsiteType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static WebsiteType of(String value) {
    switch (value) {
      case "primary": return PRIMARY;
      case "secondary": return SECONDARY;
      case "work": return WORK;
      case "personal": return PERSONAL;
      case "other": return OTHER;
      default: return new WebsiteType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<WebsiteType> knownValues() {
    return KNOWN_VALUES;
  }
}
