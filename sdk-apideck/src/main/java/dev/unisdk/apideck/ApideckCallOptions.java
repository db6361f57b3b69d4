package dev.unisdk.apideck;

import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.internal.Checks;
import java.util.Objects;

/**
 * Options for one call to an Apideck API: another consumer or connector than the client's, the
 * {@code raw} flag, and the generic {@link RequestOptions} (timeout, retries, extra headers). Immutable.
 *
 * <pre>{@code
 * crm.contacts().get(id, ApideckCallOptions.builder().serviceId("hubspot").consumerId("acme").build());
 * }</pre>
 */
public final class ApideckCallOptions {
  private static final ApideckCallOptions NONE = new Builder().build();

  private final String serviceId;
  private final String consumerId;
  private final boolean raw;
  private final RequestOptions requestOptions;

  private ApideckCallOptions(Builder b) {
    this.serviceId = b.serviceId;
    this.consumerId = b.consumerId;
    this.raw = b.raw;
    this.requestOptions = b.requestOptions;
  }

  /**
   * Returns options that change nothing.
   *
   * @return the empty options
   */
  public static ApideckCallOptions none() {
    return NONE;
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.serviceId = serviceId;
    b.consumerId = consumerId;
    b.raw = raw;
    b.requestOptions = requestOptions;
    return b;
  }

  /**
   * Returns the connector to call instead of the client's.
   *
   * @return the service id, or null to use the client's
   */
  public String serviceId() {
    return serviceId;
  }

  /**
   * Returns the consumer to act for instead of the client's.
   *
   * @return the consumer id, or null to use the client's
   */
  public String consumerId() {
    return consumerId;
  }

  /**
   * Tells whether the raw downstream response is requested ({@code raw=true}).
   *
   * @return true when raw is requested
   */
  public boolean raw() {
    return raw;
  }

  /**
   * Returns the generic request options.
   *
   * @return the options, never null
   */
  public RequestOptions requestOptions() {
    return requestOptions;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApideckCallOptions)) {
      return false;
    }
    ApideckCallOptions other = (ApideckCallOptions) o;
    return raw == other.raw
        && Objects.equals(serviceId, other.serviceId)
        && Objects.equals(consumerId, other.consumerId)
        && requestOptions.equals(other.requestOptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceId, consumerId, raw, requestOptions);
  }

  @Override
  public String toString() {
    return "ApideckCallOptions{serviceId=" + serviceId + ", consumerId=" + consumerId + ", raw=" + raw
        + ", requestOptions=" + requestOptions + "}";
  }

  /** Builds {@link ApideckCallOptions}. */
  public static final class Builder {
    private String serviceId;
    private String consumerId;
    private boolean raw;
    private RequestOptions requestOptions = RequestOptions.none();

    private Builder() {}

    /**
     * Calls this connector instead of the client's, e.g. {@code "hubspot"}.
     *
     * @param serviceId a non-blank service id
     * @return this builder
     */
    public Builder serviceId(String serviceId) {
      this.serviceId = Checks.notBlank(serviceId, "serviceId");
      return this;
    }

    /**
     * Acts for this consumer instead of the client's.
     *
     * @param consumerId a non-blank consumer id
     * @return this builder
     */
    public Builder consumerId(String consumerId) {
      this.consumerId = Checks.notBlank(consumerId, "consumerId");
      return this;
    }

    /**
     * Requests the raw downstream response ({@code raw=true}), returned in the envelope's {@code _raw}.
     *
     * @param raw true to request it
     * @return this builder
     */
    public Builder raw(boolean raw) {
      this.raw = raw;
      return this;
    }

    /**
     * Sets the generic request options (timeout, retries, headers, query parameters).
     *
     * @param requestOptions the options; null means none
     * @return this builder
     */
    public Builder requestOptions(RequestOptions requestOptions) {
      this.requestOptions = requestOptions == null ? RequestOptions.none() : requestOptions;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ApideckCallOptions build() {
      return new ApideckCallOptions(this);
    }
  }
}
