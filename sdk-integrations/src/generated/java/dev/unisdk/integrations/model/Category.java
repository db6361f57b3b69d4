// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.integrations.model.internal.CategoryCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A category of third-party data.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = CategoryCodec.Serializer.class
)
@JsonDeserialize(
    using = CategoryCodec.Deserializer.class
)
public final class Category extends OpenEnum {
  /**
   * The value <code>crm</code>.
   */
  public static final Category CRM = new Category("crm", true);

  /**
   * The value <code>ticketing</code>.
   */
  public static final Category TICKETING = new Category("ticketing", true);

  /**
   * The value <code>calendar</code>.
   */
  public static final Category CALENDAR = new Category("calendar", true);

  /**
   * The value <code>messaging</code>.
   */
  public static final Category MESSAGING = new Category("messaging", true);

  /**
   * The value <code>storage</code>.
   */
  public static final Category STORAGE = new Category("storage", true);

  /**
   * The value <code>task</code>.
   */
  public static final Category TASK = new Category("task", true);

  /**
   * The value <code>ats</code>.
   */
  public static final Category ATS = new Category("ats", true);

  /**
   * The value <code>accounting</code>.
   */
  public static final Category ACCOUNTING = new Category("accounting", true);

  /**
   * The value <code>ecommerce</code>.
   */
  public static final Category ECOMMERCE = new Category("ecommerce", true);

  /**
   * The value <code>hr</code>.
   */
  public static final Category HR = new Category("hr", true);

  /**
   * The value <code>enrichment</code>.
   */
  public static final Category ENRICHMENT = new Category("enrichment", true);

  /**
   * The value <code>marketing</code>.
   */
  public static final Category MARKETING = new Category("marketing", true);

  private static final List<Category> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CRM, TICKETING, CALENDAR, MESSAGING, STORAGE, TASK, ATS, ACCOUNTING, ECOMMERCE, HR, ENRICHMENT, MARKETING));

  private Category(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static Category of(String value) {
    switch (value) {
      case "crm": return CRM;
      case "ticketing": return TICKETING;
      case "calendar": return CALENDAR;
      case "messaging": return MESSAGING;
      case "storage": return STORAGE;
      case "task": return TASK;
      case "ats": return ATS;
      case "accounting": return ACCOUNTING;
      case "ecommerce": return ECOMMERCE;
      case "hr": return HR;
      case "enrichment": return ENRICHMENT;
      case "marketing": return MARKETING;
      default: return new Category(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<Category> knownValues() {
    return KNOWN_VALUES;
  }
}
