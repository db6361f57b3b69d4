// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

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
 * A category of third-party data.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = Category.Codec.Serializer.class
)
@JsonDeserialize(
    using = Category.Codec.Deserializer.class
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

  /**
   * Streaming JSON codec of {@link Category}; not public API.
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
    static Category read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : Category.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Category value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link Category}.
     */
    public static final class Deserializer extends StdDeserializer<Category> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Category.class);
      }

      @Override
      public Category deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Category}.
     */
    public static final class Serializer extends StdSerializer<Category> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Category.class);
      }

      @Override
      public void serialize(Category value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
