package dev.unisdk.crm;

/**
 * Parameters of {@code GET /crm/pipelines}: {@code raw}, {@code cursor}, {@code limit} (1..200),
 * {@code pass_through[...]} and {@code fields} (pipelines take no filter or sort).
 *
 * <pre>{@code
 * PipelineListParams.builder().limit(100).fields("id,name").build();
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

  /** Builds {@link PipelineListParams}. */
  public static final class Builder extends CrmListParams.Builder<Builder> {
    private Builder() {}

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
