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
 * The type of the entity the event is about.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = WebhookEntityType.Codec.Serializer.class
)
@JsonDeserialize(
    using = WebhookEntityType.Codec.Deserializer.class
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

  /**
   * Streaming JSON codec of {@link WebhookEntityType}; not public API.
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
    static WebhookEntityType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : WebhookEntityType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, WebhookEntityType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link WebhookEntityType}.
     */
    public static final class Deserializer extends StdDeserializer<WebhookEntityType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(WebhookEntityType.class);
      }

      @Override
      public WebhookEntityType deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link WebhookEntityType}.
     */
    public static final class Serializer extends StdSerializer<WebhookEntityType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(WebhookEntityType.class);
      }

      @Override
      public void serialize(WebhookEntityType value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
