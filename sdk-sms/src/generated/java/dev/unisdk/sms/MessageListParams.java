// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms;

import dev.unisdk.apideck.ApideckListParams;

/**
 * Parameters of {@code GET /sms/messages}: {@code raw}, {@code cursor}, {@code limit} (1..200), {@code fields} (no filter or sort documented).
 *
 * <pre>{@code
 * MessageListParams.builder().limit(50).build();
 * }</pre>
 */
public final class MessageListParams extends ApideckListParams {
  private MessageListParams(Builder b) {
    super(b, null, null, null);
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
   * Returns a builder holding these parameters.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds {@link MessageListParams}.
   */
  public static final class Builder extends ApideckListParams.Builder<Builder> {
    private Builder() {
    }

    private Builder(MessageListParams params) {
      from(params);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public MessageListParams build() {
      return new MessageListParams(this);
    }
  }
}
