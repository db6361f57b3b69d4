package dev.unisdk.crm;

import dev.unisdk.apideck.internal.FilterSortSpec;
import dev.unisdk.crm.model.CompaniesFilter;
import dev.unisdk.crm.model.CompaniesSort;
import dev.unisdk.crm.model.CompaniesSortBy;
import dev.unisdk.crm.model.SortDirection;

/**
 * Parameters of {@code GET /crm/companies}: the common list parameters plus {@code filter[...]} (companies
 * filter on: name) and {@code sort[by]} (created_at, updated_at, name) with {@code sort[direction]} (asc or desc).
 *
 * <pre>{@code
 * CompanyListParams.builder().limit(50).filter(f -> f.name("SpaceX")).sort(CompaniesSortBy.CREATED_AT, SortDirection.DESC).build();
 * }</pre>
 */
public final class CompanyListParams
    extends FilteredCrmListParams<CompaniesFilter, CompaniesFilter.Builder, CompaniesSort, CompaniesSortBy> {
  private static final FilterSortSpec<CompaniesFilter, CompaniesFilter.Builder, CompaniesSort, CompaniesSortBy, SortDirection> SPEC =
      FilterSortSpec.<CompaniesFilter, CompaniesFilter.Builder, CompaniesSort, CompaniesSortBy, SortDirection>builder("companies")
          .filter("name",
              CompaniesFilter::builder, CompaniesFilter.Builder::build, CompaniesFilter::additionalProperties)
          .sort("created_at, updated_at, name",
              (by, direction) -> CompaniesSort.builder().by(by).direction(direction).build(),
              CompaniesSort::by, CompaniesSort::direction, CompaniesSort::additionalProperties)
          .build();

  private CompanyListParams(Builder b) {
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

  /** Builds {@link CompanyListParams}. */
  public static final class Builder
      extends FilteredCrmListParams.Builder<CompaniesFilter, CompaniesFilter.Builder, CompaniesSort, CompaniesSortBy, Builder> {
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
    public CompanyListParams build() {
      return new CompanyListParams(this);
    }
  }
}
