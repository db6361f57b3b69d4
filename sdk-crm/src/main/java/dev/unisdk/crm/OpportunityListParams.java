package dev.unisdk.crm;

import dev.unisdk.apideck.internal.FilterSortSpec;
import dev.unisdk.crm.model.OpportunitiesFilter;
import dev.unisdk.crm.model.OpportunitiesSort;
import dev.unisdk.crm.model.OpportunitiesSortBy;
import dev.unisdk.crm.model.SortDirection;

/**
 * Parameters of {@code GET /crm/opportunities}: the common list parameters plus {@code filter[...]} (opportunities
 * filter on: title, status, monetary_amount, win_probability, company_id, owner_id, primary_contact_id) and {@code sort[by]} (created_at, updated_at, title, win_probability, monetary_amount, status) with {@code sort[direction]} (asc or desc).
 *
 * <pre>{@code
 * OpportunityListParams.builder().limit(50).filter(f -> f.title("Tesla deal")).sort(OpportunitiesSortBy.CREATED_AT, SortDirection.DESC).build();
 * }</pre>
 */
public final class OpportunityListParams
    extends FilteredCrmListParams<OpportunitiesFilter, OpportunitiesFilter.Builder, OpportunitiesSort, OpportunitiesSortBy> {
  private static final FilterSortSpec<OpportunitiesFilter, OpportunitiesFilter.Builder, OpportunitiesSort, OpportunitiesSortBy, SortDirection> SPEC =
      FilterSortSpec.<OpportunitiesFilter, OpportunitiesFilter.Builder, OpportunitiesSort, OpportunitiesSortBy, SortDirection>builder("opportunities")
          .filter("title, status, monetary_amount, win_probability, company_id, owner_id, primary_contact_id",
              OpportunitiesFilter::builder, OpportunitiesFilter.Builder::build, OpportunitiesFilter::additionalProperties)
          .sort("created_at, updated_at, title, win_probability, monetary_amount, status",
              (by, direction) -> OpportunitiesSort.builder().by(by).direction(direction).build(),
              OpportunitiesSort::by, OpportunitiesSort::direction, OpportunitiesSort::additionalProperties)
          .build();

  private OpportunityListParams(Builder b) {
    super(b);
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
    return new Builder().copyOf(this);
  }

  /** Builds {@link OpportunityListParams}. */
  public static final class Builder
      extends FilteredCrmListParams.Builder<OpportunitiesFilter, OpportunitiesFilter.Builder, OpportunitiesSort, OpportunitiesSortBy, Builder> {
    private Builder() {
      super(SPEC);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws dev.unisdk.core.errors.ValidationException when a direction is set without a field
     */
    public OpportunityListParams build() {
      return new OpportunityListParams(this);
    }
  }
}
