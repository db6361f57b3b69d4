// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm;

/**
 * Parameters of {@code GET /crm/pipelines}: {@code raw}, {@code cursor}, {@code limit} (1..200), {@code pass_through[...]}, {@code fields} (no filter or sort documented).
 *
 * <pre>{@code
 * PipelineListParams.builder().limit(50).build();
 * }</pre>
 */
public final class PipelineListParams extends CrmListParams {
  private PipelineListParams(Builder b) {
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
   * Builds {@link PipelineListParams}.
   */
  public static final class Builder extends CrmListParams.Builder<Builder> {
    private Builder() {
    }

    private Builder(PipelineListParams params) {
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
    public PipelineListParams build() {
      return new PipelineListParams(this);
    }
  }
}
