// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm;

/**
 * Parameters of {@code GET /crm/users}: {@code raw}, {@code cursor}, {@code limit} (1..200), {@code pass_through[...]}, {@code fields} (no filter or sort documented).
 *
 * <pre>{@code
 * UserListParams.builder().limit(50).build();
 * }</pre>
 */
public final class UserListParams extends CrmListParams {
  private UserListParams(Builder b) {
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
   * Builds {@link UserListParams}.
   */
  public static final class Builder extends CrmListParams.Builder<Builder> {
    private Builder() {
    }

    private Builder(UserListParams params) {
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
    public UserListParams build() {
      return new UserListParams(this);
    }
  }
}
