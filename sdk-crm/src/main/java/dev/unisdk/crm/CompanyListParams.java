package dev.unisdk.crm;

import dev.unisdk.core.internal.Checks;
import dev.unisdk.crm.internal.CrmChecks;
import dev.unisdk.crm.model.CompaniesFilter;
import dev.unisdk.crm.model.CompaniesSort;
import dev.unisdk.crm.model.CompaniesSortBy;
import dev.unisdk.crm.model.SortDirection;
import java.util.function.Consumer;

/**
 * Parameters of {@code GET /crm/companies}: the common list parameters plus {@code filter[...]} (companies
 * filter on: name) and {@code sort[by]} (created_at, updated_at, name) with {@code sort[direction]} (asc or desc).
 *
 * <pre>{@code
 * CompanyListParams.builder().limit(50).filter(f -> f.name("SpaceX")).sort(CompaniesSortBy.CREATED_AT, SortDirection.DESC).build();
 * }</pre>
 */
public final class CompanyListParams extends CrmListParams {
  private static final String SORTS = "created_at, updated_at, name";
  private static final String FILTERS = "name";

  private final CompaniesFilter filter;
  private final CompaniesSortBy sortBy;
  private final SortDirection sortDirection;

  private CompanyListParams(Builder b) {
    super(b, b.filter, b.sortBy, b.sortDirection);
    this.filter = b.filter;
    this.sortBy = b.sortBy;
    this.sortDirection = b.sortDirection;
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
   * Returns the filter.
   *
   * @return the filter, or null when none is set
   */
  public CompaniesFilter filter() {
    return filter;
  }

  /**
   * Returns the sort.
   *
   * @return the sort field and direction, or null when none is set
   */
  public CompaniesSort sort() {
    return sortBy == null ? null : CompaniesSort.builder().by(sortBy).direction(sortDirection).build();
  }

  /** Builds {@link CompanyListParams}. */
  public static final class Builder extends CrmListParams.Builder<Builder> {
    private CompaniesFilter filter;
    private CompaniesSortBy sortBy;
    private SortDirection sortDirection;

    private Builder() {}

    private Builder(CompanyListParams params) {
      from(params);
      this.filter = params.filter;
      this.sortBy = params.sortBy;
      this.sortDirection = params.sortDirection;
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Filters the list ({@code filter[<field>]=<value>}).
     *
     * @param filter the filter, or null for none
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when it holds a field companies cannot be filtered on
     */
    public Builder filter(CompaniesFilter filter) {
      if (filter != null) {
        CrmChecks.onlyDocumentedFilters(filter.additionalProperties(), "companies", FILTERS);
      }
      this.filter = filter;
      return this;
    }

    /**
     * Filters the list, building the filter in place: {@code filter(f -> f.name("SpaceX"))}.
     *
     * @param spec sets the filter fields
     * @return this builder
     */
    public Builder filter(Consumer<CompaniesFilter.Builder> spec) {
      Checks.notNull(spec, "filter");
      CompaniesFilter.Builder b = CompaniesFilter.builder();
      spec.accept(b);
      return filter(b.build());
    }

    /**
     * Sorts by a field, in the server's default direction (ascending).
     *
     * @param by the sort field, or null for no sort
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when the field is not a documented sort field
     */
    public Builder sort(CompaniesSortBy by) {
      this.sortBy = by == null ? null : CrmChecks.documentedSort(by, SORTS);
      this.sortDirection = null;
      return this;
    }

    /**
     * Sorts by a field in a direction ({@code sort[by]=..&sort[direction]=..}).
     *
     * @param by the sort field
     * @param direction {@link SortDirection#ASC} or {@link SortDirection#DESC}
     * @return this builder
     */
    public Builder sort(CompaniesSortBy by, SortDirection direction) {
      this.sortBy = CrmChecks.documentedSort(Checks.notNull(by, "sort[by]"), SORTS);
      this.sortDirection = CrmChecks.documentedDirection(Checks.notNull(direction, "sort[direction]"));
      return this;
    }

    /**
     * Sorts as a sort model says.
     *
     * @param sort the sort, or null for none
     * @return this builder
     */
    public Builder sort(CompaniesSort sort) {
      if (sort == null) {
        return sort((CompaniesSortBy) null);
      }
      CrmChecks.onlyDocumentedSort(sort.additionalProperties());
      this.sortBy = sort.by() == null ? null : CrmChecks.documentedSort(sort.by(), SORTS);
      this.sortDirection = sort.direction() == null ? null : CrmChecks.documentedDirection(sort.direction());
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
