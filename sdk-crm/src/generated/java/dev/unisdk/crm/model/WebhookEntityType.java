// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.internal.WebhookEntityTypeCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of the entity the event is about.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = WebhookEntityTypeCodec.Serializer.class
)
@JsonDeserialize(
    using = WebhookEntityTypeCodec.Deserializer.class
)
public final class WebhookEntityType extends OpenEnum {
  /**
   * The value <code>activity</code>.
   */
  public static final WebhookEntityType ACTIVITY = new WebhookEntityType("activity", true);

  /**
   * The value <code>company</code>.
   */
  public static final WebhookEntityType COMPANY = new WebhookEntityType("company", true);

  /**
   * The value <code>contact</code>.
   */
  public static final WebhookEntityType CONTACT = new WebhookEntityType("contact", true);

  /**
   * The value <code>lead</code>.
   */
  public static final WebhookEntityType LEAD = new WebhookEntityType("lead", true);

  /**
   * The value <code>note</code>.
   */
  public static final WebhookEntityType NOTE = new WebhookEntityType("note", true);

  /**
   * The value <code>opportunity</code>.
   */
  public static final WebhookEntityType OPPORTUNITY = new WebhookEntityType("opportunity", true);

  private static final List<WebhookEntityType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(ACTIVITY, COMPANY, CONTACT, LEAD, NOTE, OPPORTUNITY));

  private WebhookEntityType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static WebhookEntityType of(String value) {
    switch (value) {
      case "activity": return ACTIVITY;
      case "company": return COMPANY;
      case "contact": return CONTACT;
      case "lead": return LEAD;
      case "note": return NOTE;
      case "opportunity": return OPPORTUNITY;
      default: return new WebhookEntityType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<WebhookEntityType> knownValues() {
    return KNOWN_VALUES;
  }
}
