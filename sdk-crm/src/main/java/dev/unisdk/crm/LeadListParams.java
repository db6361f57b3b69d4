package dev.unisdk.crm;

import dev.unisdk.apideck.internal.FilterSortSpec;
import dev.unisdk.crm.model.LeadsFilter;
import dev.unisdk.crm.model.LeadsSort;
import dev.unisdk.crm.model.LeadsSortBy;
import dev.unisdk.crm.model.SortDirection;

/**
 * Parameters of {@code GET /crm/leads}: the common list parameters plus {@code filter[...]} (leads
 * filter on: name, first_name, last_name, email) and {@code sort[by]} (created_at, updated_at, name, first_name, last_name, email) with {@code sort[direction]} (asc or desc).
 *
 * <pre>{@code
 * LeadListParams.builder().limit(50).filter(f -> f.email("elon@musk.com")).sort(LeadsSortBy.CREATED_AT, SortDirection.DESC).build();
 * }</pre>
 */
public final class LeadListParams
    extends FilteredCrmListParams<LeadsFilter, LeadsFilter.Builder, LeadsSort, LeadsSortBy> {
  private static final FilterSortSpec<LeadsFilter, LeadsFilter.Builder, LeadsSort, LeadsSortBy, SortDirection> SPEC =
      FilterSortSpec.<LeadsFilter, LeadsFilter.Builder, LeadsSort, LeadsSortBy, SortDirection>builder("leads")
          .filter("name, first_name, last_name, email",
              LeadsFilter::builder, LeadsFilter.Builder::build, LeadsFilter::additionalProperties)
          .sort("created_at, updated_at, name, first_name, last_name, email",
              (by, direction) -> LeadsSort.builder().by(by).direction(direction).build(),
              LeadsSort::by, LeadsSort::direction, LeadsSort::additionalProperties)
          .build();

  private LeadListParams(Builder b) {
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

  /** Builds {@link LeadListParams}. */
  public static final class Builder
      extends FilteredCrmListParams.Builder<LeadsFilter, LeadsFilter.Builder, LeadsSort, LeadsSortBy, Builder> {
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
    public LeadListParams build() {
      return new LeadListParams(this);
    }
  }
}
