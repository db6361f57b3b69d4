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
 * The type of the activity. The documents list call, meeting, email and note; Apideck's published CRM spec (10.x) adds task, deadline, send-letter, send-quote and other.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ActivityType.Codec.Serializer.class
)
@JsonDeserialize(
    using = ActivityType.Codec.Deserializer.class
)
public final class ActivityType extends OpenEnum {
  /**
   * The value <code>call</code>.
   */
  public static final ActivityType CALL = new ActivityType("call", true);

  /**
   * The value <code>meeting</code>.
   */
  public static final ActivityType MEETING = new ActivityType("meeting", true);

  /**
   * The value <code>email</code>.
   */
  public static final ActivityType EMAIL = new ActivityType("email", true);

  /**
   * The value <code>note</code>.
   */
  public static final ActivityType NOTE = new ActivityType("note", true);

  /**
   * The value <code>task</code>.
   */
  public static final ActivityType TASK = new ActivityType("task", true);

  /**
   * The value <code>deadline</code>.
   */
  public static final ActivityType DEADLINE = new ActivityType("deadline", true);

  /**
   * The value <code>send-letter</code>.
   */
  public static final ActivityType SEND_LETTER = new ActivityType("send-letter", true);

  /**
   * The value <code>send-quote</code>.
   */
  public static final ActivityType SEND_QUOTE = new ActivityType("send-quote", true);

  /**
   * The value <code>other</code>.
   */
  public static final ActivityType OTHER = new ActivityType("other", true);

  private static final List<ActivityType> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(CALL, MEETING, EMAIL, NOTE, TASK, DEADLINE, SEND_LETTER, SEND_QUOTE, OTHER));

  private ActivityType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ActivityType of(String value) {
    switch (value) {
      case "call": return CALL;
      case "meeting": return MEETING;
      case "email": return EMAIL;
      case "note": return NOTE;
      case "task": return TASK;
      case "deadline": return DEADLINE;
      case "send-letter": return SEND_LETTER;
      case "send-quote": return SEND_QUOTE;
      case "other": return OTHER;
      default: return new ActivityType(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ActivityType> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link ActivityType}; not public API.
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
    static ActivityType read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : ActivityType.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ActivityType value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link ActivityType}.
     */
    public static final class Deserializer extends StdDeserializer<ActivityType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ActivityType.class);
      }

      @Override
      public ActivityType deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ActivityType}.
     */
    public static final class Serializer extends StdSerializer<ActivityType> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ActivityType.class);
      }

      @Override
      public void serialize(ActivityType value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
