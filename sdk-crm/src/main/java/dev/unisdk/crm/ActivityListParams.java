package dev.unisdk.crm;

import dev.unisdk.apideck.internal.FilterSortSpec;
import dev.unisdk.crm.model.ActivitiesFilter;
import dev.unisdk.crm.model.ActivitiesSort;
import dev.unisdk.crm.model.ActivitiesSortBy;
import dev.unisdk.crm.model.SortDirection;

/**
 * Parameters of {@code GET /crm/activities}: the common list parameters plus {@code filter[...]} (activities
 * filter on: company_id, owner_id, contact_id, updated_since) and {@code sort[by]} (created_at, updated_at) with {@code sort[direction]} (asc or desc).
 *
 * <pre>{@code
 * ActivityListParams.builder().limit(50).filter(f -> f.companyId("1234")).sort(ActivitiesSortBy.CREATED_AT, SortDirection.DESC).build();
 * }</pre>
 */
public final class ActivityListParams
    extends FilteredCrmListParams<ActivitiesFilter, ActivitiesFilter.Builder, ActivitiesSort, ActivitiesSortBy> {
  private static final FilterSortSpec<ActivitiesFilter, ActivitiesFilter.Builder, ActivitiesSort, ActivitiesSortBy, SortDirection> SPEC =
      FilterSortSpec.<ActivitiesFilter, ActivitiesFilter.Builder, ActivitiesSort, ActivitiesSortBy, SortDirection>builder("activities")
          .filter("company_id, owner_id, contact_id, updated_since",
              ActivitiesFilter::builder, ActivitiesFilter.Builder::build, ActivitiesFilter::additionalProperties)
          .sort("created_at, updated_at",
              (by, direction) -> ActivitiesSort.builder().by(by).direction(direction).build(),
              ActivitiesSort::by, ActivitiesSort::direction, ActivitiesSort::additionalProperties)
          .build();

  private ActivityListParams(Builder b) {
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

  /** Builds {@link ActivityListParams}. */
  public static final class Builder
      extends FilteredCrmListParams.Builder<ActivitiesFilter, ActivitiesFilter.Builder, ActivitiesSort, ActivitiesSortBy, Builder> {
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
    public ActivityListParams build() {
      return new ActivityListParams(this);
    }
  }
}
