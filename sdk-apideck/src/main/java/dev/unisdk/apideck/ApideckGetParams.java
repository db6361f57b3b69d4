package dev.unisdk.apideck;

import dev.unisdk.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The query parameters of an Apideck get-one operation: {@code fields} and {@code raw}. Immutable. */
public final class ApideckGetParams {
  private static final ApideckGetParams NONE = new ApideckGetParams(null, false);

  private final String fields;
  private final boolean raw;

  private ApideckGetParams(String fields, boolean raw) {
    this.fields = fields;
    this.raw = raw;
  }

  /**
   * Returns parameters that add nothing to the query.
   *
   * @return the empty parameters
   */
  public static ApideckGetParams none() {
    return NONE;
  }

  /**
   * Returns parameters selecting fields.
   *
   * @param fields comma-separated fields, e.g. {@code "id,name,emails"}
   * @return the parameters
   */
  public static ApideckGetParams fields(String fields) {
    return new ApideckGetParams(Checks.notBlank(fields, "fields"), false);
  }

  /**
   * Returns these parameters with the raw flag set.
   *
   * @param raw true to request the raw downstream response
   * @return new parameters
   */
  public ApideckGetParams withRaw(boolean raw) {
    return new ApideckGetParams(fields, raw);
  }

  /**
   * Returns the fields to return.
   *
   * @return the comma-separated fields, or null for all
   */
  public @Nullable String fields() {
    return fields;
  }

  /**
   * Tells whether the raw downstream response is requested.
   *
   * @return true for {@code raw=true}
   */
  public boolean raw() {
    return raw;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApideckGetParams && raw == ((ApideckGetParams) o).raw
        && Objects.equals(fields, ((ApideckGetParams) o).fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, raw);
  }

  @Override
  public String toString() {
    return "ApideckGetParams{fields=" + fields + ", raw=" + raw + "}";
  }
}
