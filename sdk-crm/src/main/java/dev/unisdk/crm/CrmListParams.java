package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckListParams;
import java.util.Map;

/**
 * The list parameters every CRM list operation takes: {@code raw}, {@code cursor}, {@code limit}
 * (1..200), {@code pass_through[...]} and {@code fields}. The resource classes add their documented
 * {@code filter[...]} and {@code sort[...]}.
 */
public abstract class CrmListParams extends ApideckListParams {
  /**
   * Creates the parameters.
   *
   * @param builder the builder with the common parameters
   * @param filter the filter model, or null
   * @param sortBy the sort field, or null
   * @param sortDirection the sort direction, or null
   */
  protected CrmListParams(Builder<?> builder, Object filter, Object sortBy, Object sortDirection) {
    super(builder, filter, sortBy, sortDirection);
  }

  /**
   * The builder of the common CRM list parameters.
   *
   * @param <B> the concrete builder type
   */
  public abstract static class Builder<B extends Builder<B>> extends ApideckListParams.Builder<B> {
    /** Creates a builder. */
    protected Builder() {}

    /**
     * Passes an unmapped query parameter to the connector: {@code pass_through[search]=ada} becomes
     * {@code search=ada} downstream.
     *
     * @param key the downstream parameter name
     * @param value its value
     * @return this builder
     */
    @Override
    public B passThrough(String key, String value) {
      return super.passThrough(key, value);
    }

    /**
     * Passes unmapped query parameters to the connector, in the map's order.
     *
     * @param values downstream parameter names to values
     * @return this builder
     */
    @Override
    public B passThrough(Map<String, String> values) {
      return super.passThrough(values);
    }
  }
}
