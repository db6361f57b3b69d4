package dev.unisdk.crm;

import dev.unisdk.core.internal.Checks;
import dev.unisdk.crm.internal.CrmChecks;
import dev.unisdk.crm.model.OpportunitiesFilter;
import dev.unisdk.crm.model.OpportunitiesSort;
import dev.unisdk.crm.model.OpportunitiesSortBy;
import dev.unisdk.crm.model.SortDirection;
import java.util.function.Consumer;

/**
 * Parameters of {@code GET /crm/opportunities}: the common list parameters plus {@code filter[...]} (opportunities
 * filter on: title, status, monetary_amount, win_probability, company_id, owner_id, primary_contact_id) and {@code sort[by]} (created_at, updated_at, title, win_probability, monetary_amount, status) with {@code sort[direction]} (asc or desc).
 *
 * <pre>{@code
 * OpportunityListParams.builder().limit(50).filter(f -> f.title("Tesla deal")).sort(OpportunitiesSortBy.CREATED_AT, SortDirection.DESC).build();
 * }</pre>
 */
public final class OpportunityListParams extends CrmListParams {
  private static final String SORTS = "created_at, updated_at, title, win_probability, monetary_amount, status";
  private static final String FILTERS = "title, status, monetary_amount, win_probability, company_id, owner_id, primary_contact_id";

  private final OpportunitiesFilter filter;
  private final OpportunitiesSortBy sortBy;
  private final SortDirection sortDirection;

  private OpportunityListParams(Builder b) {
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
  public OpportunitiesFilter filter() {
    return filter;
  }

  /**
   * Returns the sort.
   *
   * @return the sort field and direction, or null when none is set
   */
  public OpportunitiesSort sort() {
    return sortBy == null ? null : OpportunitiesSort.builder().by(sortBy).direction(sortDirection).build();
  }

  /** Builds {@link OpportunityListParams}. */
  public static final class Builder extends CrmListParams.Builder<Builder> {
    private OpportunitiesFilter filter;
    private OpportunitiesSortBy sortBy;
    private SortDirection sortDirection;

    private Builder() {}

    private Builder(OpportunityListParams params) {
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
     * @throws dev.unisdk.core.errors.ValidationException when it holds a field opportunities cannot be filtered on
     */
    public Builder filter(OpportunitiesFilter filter) {
      if (filter != null) {
        CrmChecks.onlyDocumentedFilters(filter.additionalProperties(), "opportunities", FILTERS);
      }
      this.filter = filter;
      return this;
    }

    /**
     * Filters the list, building the filter in place: {@code filter(f -> f.title("Tesla deal"))}.
     *
     * @param spec sets the filter fields
     * @return this builder
     */
    public Builder filter(Consumer<OpportunitiesFilter.Builder> spec) {
      Checks.notNull(spec, "filter");
      OpportunitiesFilter.Builder b = OpportunitiesFilter.builder();
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
    public Builder sort(OpportunitiesSortBy by) {
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
    public Builder sort(OpportunitiesSortBy by, SortDirection direction) {
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
    public Builder sort(OpportunitiesSort sort) {
      if (sort == null) {
        return sort((OpportunitiesSortBy) null);
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
    public OpportunityListParams build() {
      return new OpportunityListParams(this);
    }
  }
}
