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
 * How the activity shows in a calendar.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = ActivityShowAs.Codec.Serializer.class
)
@JsonDeserialize(
    using = ActivityShowAs.Codec.Deserializer.class
)
public final class ActivityShowAs extends OpenEnum {
  /**
   * The value <code>free</code>.
   */
  public static final ActivityShowAs FREE = new ActivityShowAs("free", true);

  /**
   * The value <code>busy</code>.
   */
  public static final ActivityShowAs BUSY = new ActivityShowAs("busy", true);

  private static final List<ActivityShowAs> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(FREE, BUSY));

  private ActivityShowAs(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static ActivityShowAs of(String value) {
    switch (value) {
      case "free": return FREE;
      case "busy": return BUSY;
      default: return new ActivityShowAs(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<ActivityShowAs> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link ActivityShowAs}; not public API.
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
    static ActivityShowAs read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : ActivityShowAs.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, ActivityShowAs value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link ActivityShowAs}.
     */
    public static final class Deserializer extends StdDeserializer<ActivityShowAs> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(ActivityShowAs.class);
      }

      @Override
      public ActivityShowAs deserialize(JsonParser p, DeserializationContext ctxt) throws
          IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link ActivityShowAs}.
     */
    public static final class Serializer extends StdSerializer<ActivityShowAs> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(ActivityShowAs.class);
      }

      @Override
      public void serialize(ActivityShowAs value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write(g, provider, value);
      }
    }
  }
}
