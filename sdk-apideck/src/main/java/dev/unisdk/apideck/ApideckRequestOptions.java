package dev.unisdk.apideck;

import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.internal.Checks;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link RequestOptions} of one Apideck call: another consumer or connector than the
 * client's, the {@code raw} flag, and the generic options (timeout, retries, headers, query parameters,
 * idempotency key). There is one per-call options type in unisdk, {@link RequestOptions}; this class
 * only adds the Apideck settings to it, as the headers {@value ApideckHeaders#CONSUMER_ID} and
 * {@value ApideckHeaders#SERVICE_ID} and the query parameter {@code raw=true}.
 *
 * <pre>{@code
 * crm.contacts().get(id, ApideckRequestOptions.builder().serviceId("hubspot").consumerId("acme").build());
 * }</pre>
 */
public final class ApideckRequestOptions {
  private ApideckRequestOptions() {}

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(RequestOptions.builder());
  }

  /**
   * Starts a builder holding existing request options, to add the Apideck settings to them.
   *
   * @param options the options to start from; null for none
   * @return a builder
   */
  public static Builder builder(@Nullable RequestOptions options) {
    return new Builder(options == null ? RequestOptions.builder() : options.toBuilder());
  }

  /** Builds the {@link RequestOptions} of an Apideck call. */
  public static final class Builder {
    private final RequestOptions.Builder options;

    private Builder(RequestOptions.Builder options) {
      this.options = options;
    }

    /**
     * Calls this connector instead of the client's, e.g. {@code "hubspot"}.
     *
     * @param serviceId a non-blank service id
     * @return this builder
     */
    public Builder serviceId(String serviceId) {
      options.header(ApideckHeaders.SERVICE_ID, Checks.notBlank(serviceId, "serviceId"));
      return this;
    }

    /**
     * Acts for this consumer instead of the client's.
     *
     * @param consumerId a non-blank consumer id
     * @return this builder
     */
    public Builder consumerId(String consumerId) {
      options.header(ApideckHeaders.CONSUMER_ID, Checks.notBlank(consumerId, "consumerId"));
      return this;
    }

    /**
     * Requests the raw downstream response ({@code raw=true}), returned in the envelope's {@code _raw}.
     *
     * @return this builder
     */
    public Builder raw() {
      options.queryParam("raw", "true");
      return this;
    }

    /**
     * Sets the timeout of this call (all attempts together).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      options.timeout(timeout);
      return this;
    }

    /**
     * Sets the maximum number of retries of this call.
     *
     * @param maxRetries 0 to 10
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      options.maxRetries(maxRetries);
      return this;
    }

    /**
     * Adds a header to this call, replacing one of the same name.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      options.header(name, value);
      return this;
    }

    /**
     * Adds a query parameter to this call.
     *
     * @param name the parameter name
     * @param value the value; null adds nothing
     * @return this builder
     */
    public Builder queryParam(String name, @Nullable String value) {
      options.queryParam(name, value);
      return this;
    }

    /**
     * Sets the idempotency key of this call.
     *
     * @param idempotencyKey a non-blank key
     * @return this builder
     */
    public Builder idempotencyKey(String idempotencyKey) {
      options.idempotencyKey(idempotencyKey);
      return this;
    }

    /**
     * Builds plain request options carrying the Apideck settings.
     *
     * @return the options, accepted as the last argument of every operation
     */
    public RequestOptions build() {
      return options.build();
    }
  }
}
