// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.core.model.internal.Codecs;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The type of CRM event.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = WebhookEventType.Codec.Serializer.class
)
@JsonDeserialize(
    using = WebhookEventType.Codec.Deserializer.class
)
public final class WebhookEventType extends OpenEnum {
  /**
   * The value <code>crm.activity.created</code>.
   */
  public static final WebhookEventType CRM_ACTIVITY_CREATED = new WebhookEventType("crm.activity.created", true);

  /**
   * The value <code>crm.activity.updated</code>.
   */
  public static final WebhookEventType CRM_ACTIVITY_UPDATED = new WebhookEventType("crm.activity.updated", true);

  /**
   * The value <code>crm.activity.deleted</code>.
   */
  public static final WebhookEventType CRM_ACTIVITY_DELETED = new WebhookEventType("crm.activity.deleted", true);

  /**
   * The value <code>crm.company.created</code>.
   */
  public static final WebhookEventType CRM_COMPANY_CREATED = new WebhookEventType("crm.company.created", true);

  /**
   * The value <code>crm.company.updated</code>.
   */
  public static final WebhookEventType CRM_COMPANY_UPDATED = new WebhookEventType("crm.company.updated", true);

  /**
   * The value <code>crm.company.deleted</code>.
   */
  public static final WebhookEventType CRM_COMPANY_DELETED = new WebhookEventType("crm.company.deleted", true);

  /**
   * The value <code>crm.contact.created</code>.
   */
  public static final WebhookEventType CRM_CONTACT_CREATED = new WebhookEventType("crm.contact.created", true);

  /**
   * The value <code>crm.contact.updated</code>.
   */
  public static final WebhookEventType CRM_CONTACT_UPDATED = new WebhookEventType("crm.contact.updated", true);

  /**
   * The value <code>crm.contact.deleted</code>.
   */
  public static final WebhookEventType CRM_CONTACT_DELETED = new WebhookEventType("crm.contact.deleted", true);

  /**
   * The value <code>crm.lead.created</code>.
   */
  public static final WebhookEventType CRM_LEAD_CREATED = new WebhookEventType("crm.lead.created", true);

  /**
   * The value <code>crm.lead.updated</code>.
   */
  public static final WebhookEventType CRM_LEAD_UPDATED = new WebhookEventType("crm.lead.updated", true);

  /**
   * The value <code>crm.lead.deleted</code>.
   */
  public static final WebhookEventType CRM_LEAD_DELETED = new WebhookEventType("crm.lead.deleted", true);

  /**
   * The value <code>crm.note.created</code>.
   */
  public static final WebhookEventType CRM_NOTE_CREATED = new WebhookEventType("crm.note.created", true);

  /**
   * The value <code>crm.note.updated</code>.
   */
  public static final WebhookEventType CRM_NOTE_UPDATED = new WebhookEventType("crm.note.updated", true);

  /**
   * The value <code>crm.note.deleted</code>.
   */
  public static final WebhookEventType CRM_NOTE_DELETED = new WebhookEventType("crm.note.deleted", true);

  /**
   * The value <code>crm.opportunity.created</code>.
   */
  public static final WebhookEventType CRM_OPPORTUNITY_CREATED = new WebhookEventType("crm.opportunity.created", true);

  /**
   * The value <code>crm.opportunity.updated</code>.
   */
  public static final WebhookEventType CRM_OPPORTUNITY_UPDATED = new WebhookEventType("crm.opportunity.updated", true);

  /**
   * The value <code>crm.opportunity.deleted</code>.
   */
  public static final WebhookEventType CRM_OPPORTUNITY_DELETED = new WebhookEventType("crm.opportunity.deleted", true);

  private static final List<WebhookEventType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CRM_ACTIVITY_CREATED, CRM_ACTIVITY_UPDATED, CRM_ACTIVITY_DELETED, CRM_COMPANY_CREATED, CRM_COMPANY_UPDATED, CRM_COMPANY_DELETED, CRM_CONTACT_CREATED, CRM_CONTACT_UPDATED, CRM_CONTACT_DELETED, CRM_LEAD_CREATED, CRM_LEAD_UPDATED, CRM_LEAD_DELETED, CRM_NOTE_CREATED, CRM_NOTE_UPDATED, CRM_NOTE_DELETED, CRM_OPPORTUNITY_CREATED, CRM_OPPORTUNITY_UPDATED, CRM_OPPORTUNITY_DELETED));

  private WebhookEventType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static WebhookEventType of(String value) {
    switch (value) {
      case "crm.activity.created": return CRM_ACTIVITY_CREATED;
      case "crm.activity.updated": return CRM_ACTIVITY_UPDATED;
      case "crm.activity.deleted": return CRM_ACTIVITY_DELETED;
      case "crm.company.created": return CRM_COMPANY_CREATED;
      case "crm.company.updated": return CRM_COMPANY_UPDATED;
      case "crm.company.deleted": return CRM_COMPANY_DELETED;
      case "crm.contact.created": return CRM_CONTACT_CREATED;
      case "crm.contact.updated": return CRM_CONTACT_UPDATED;
      case "crm.contact.deleted": return CRM_CONTACT_DELETED;
      case "crm.lead.created": return CRM_LEAD_CREATED;
      case "crm.lead.updated": return CRM_LEAD_UPDATED;
      case "crm.lead.deleted": return CRM_LEAD_DELETED;
      case "crm.note.created": return CRM_NOTE_CREATED;
      case "crm.note.updated": return CRM_NOTE_UPDATED;
      case "crm.note.deleted": return CRM_NOTE_DELETED;
      case "crm.opportunity.created": return CRM_OPPORTUNITY_CREATED;
      case "crm.opportunity.updated": return CRM_OPPORTUNITY_UPDATED;
      case "crm.opportunity.deleted": return CRM_OPPORTUNITY_DELETED;
      default: return new WebhookEventType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<WebhookEventType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link WebhookEventType}; not public API.
   */
  static final class Codec {
    private Codec() {
    }

    /**
     * Reads a value; unknown values are kept, JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the value or null
     * @throws IOException when the value is an object or array
     */
    static WebhookEventType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : WebhookEventType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, WebhookEventType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link WebhookEventType}.
     */
    public static final class Deserializer extends StdDeserializer<WebhookEventType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(WebhookEventType.class);
      }

      @Override
      public WebhookEventType deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link WebhookEventType}.
     */
    public static final class Serializer extends StdSerializer<WebhookEventType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(WebhookEventType.class);
      }

      @Override
      public void serialize(WebhookEventType value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
