// Generated from integrations.yaml by unisdk codegen. Do not edit.
package dev.unisdk.integrations.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.integrations.model.internal.PassthroughMethodCodec;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * HTTP method of a passthrough call.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = PassthroughMethodCodec.Serializer.class
)
@JsonDeserialize(
    using = PassthroughMethodCodec.Deserializer.class
)
public final class PassthroughMethod extends OpenEnum {
  /**
   * The value <code>GET</code>.
   */
  public static final PassthroughMethod GET = new PassthroughMethod("GET", true);

  /**
   * The value <code>POST</code>.
   */
  public static final PassthroughMethod POST = new PassthroughMethod("POST", true);

  /**
   * The value <code>PUT</code>.
   */
  public static final PassthroughMethod PUT = new PassthroughMethod("PUT", true);

  /**
   * The value <code>PATCH</code>.
   */
  public static final PassthroughMethod PATCH = new PassthroughMethod("PATCH", true);

  /**
   * The value <code>DELETE</code>.
   */
  public static final PassthroughMethod DELETE = new PassthroughMethod("DELETE", true);

  private static final List<PassthroughMethod> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(GET, POST, PUT, PATCH, DELETE));

  private PassthroughMethod(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static PassthroughMethod of(String value) {
    switch (value) {
      case "GET": return GET;
      case "POST": return POST;
      case "PUT": return PUT;
      case "PATCH": return PATCH;
      case "DELETE": return DELETE;
      default: return new PassthroughMethod(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<PassthroughMethod> knownValues() {
    return KNOWN_VALUES;
  }
}
