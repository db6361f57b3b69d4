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
 * Status of the attendee.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ActivityAttendeeStatus.Codec.Serializer.class
)
@JsonDeserialize(
    using = ActivityAttendeeStatus.Codec.Deserializer.class
)
public final class ActivityAttendeeStatus extends OpenEnum {
  /**
   * The value <code>accepted</code>.
   */
  public static final ActivityAttendeeStatus ACCEPTED = new ActivityAttendeeStatus("accepted", true);

  /**
   * The value <code>tentative</code>.
   */
  public static final ActivityAttendeeStatus TENTATIVE = new ActivityAttendeeStatus("tentative", true);

  /**
   * The value <code>declined</code>.
   */
  public static final ActivityAttendeeStatus DECLINED = new ActivityAttendeeStatus("declined", true);

  private static final List<ActivityAttendeeStatus> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(ACCEPTED, TENTATIVE, DECLINED));

  private ActivityAttendeeStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ActivityAttendeeStatus of(String value) {
    switch (value) {
      case "accepted": return ACCEPTED;
      case "tentative": return TENTATIVE;
      case "declined": return DECLINED;
      default: return new ActivityAttendeeStatus(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ActivityAttendeeStatus> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link ActivityAttendeeStatus}; not public API.
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
    static ActivityAttendeeStatus read(JsonParser p, DeserializationContext ctxt) throws
        IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : ActivityAttendeeStatus.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ActivityAttendeeStatus value)
        throws IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link ActivityAttendeeStatus}.
     */
    public static final class Deserializer extends StdDeserializer<ActivityAttendeeStatus> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ActivityAttendeeStatus.class);
      }

      @Override
      public ActivityAttendeeStatus deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ActivityAttendeeStatus}.
     */
    public static final class Serializer extends StdSerializer<ActivityAttendeeStatus> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ActivityAttendeeStatus.class);
      }

      @Override
      public void serialize(ActivityAttendeeStatus value, JsonGenerator g,
          SerializerProvider provider) throws IOException {
        write(g, provider, value);
      }
    }
  }
}
