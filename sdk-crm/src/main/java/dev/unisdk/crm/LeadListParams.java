package dev.unisdk.crm;

import dev.unisdk.core.internal.Checks;
import dev.unisdk.crm.internal.CrmChecks;
import dev.unisdk.crm.model.LeadsFilter;
import dev.unisdk.crm.model.LeadsSort;
import dev.unisdk.crm.model.LeadsSortBy;
import dev.unisdk.crm.model.SortDirection;
import java.util.function.Consumer;

/**
 * Parameters of {@code GET /crm/leads}: the common list parameters plus {@code filter[...]} (leads
 * filter on: name, first_name, last_name, email) and {@code sort[by]} (created_at, updated_at, name, first_name, last_name, email) with {@code sort[direction]} (asc or desc).
 *
 * <pre>{@code
 * LeadListParams.builder().limit(50).filter(f -> f.email("elon@musk.com")).sort(LeadsSortBy.CREATED_AT, SortDirection.DESC).build();
 * }</pre>
 */
public final class LeadListParams extends CrmListParams {
  private static final String SORTS = "created_at, updated_at, name, first_name, last_name, email";
  private static final String FILTERS = "name, first_name, last_name, email";

  private final LeadsFilter filter;
  private final LeadsSortBy sortBy;
  private final SortDirection sortDirection;

  private LeadListParams(Builder b) {
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
  public LeadsFilter filter() {
    return filter;
  }

  /**
   * Returns the sort.
   *
   * @return the sort field and direction, or null when none is set
   */
  public LeadsSort sort() {
    return sortBy == null ? null : LeadsSort.builder().by(sortBy).direction(sortDirection).build();
  }

  /** Builds {@link LeadListParams}. */
  public static final class Builder extends CrmListParams.Builder<Builder> {
    private LeadsFilter filter;
    private LeadsSortBy sortBy;
    private SortDirection sortDirection;

    private Builder() {}

    private Builder(LeadListParams params) {
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
     * @throws dev.unisdk.core.errors.ValidationException when it holds a field leads cannot be filtered on
     */
    public Builder filter(LeadsFilter filter) {
      if (filter != null) {
        CrmChecks.onlyDocumentedFilters(filter.additionalProperties(), "leads", FILTERS);
      }
      this.filter = filter;
      return this;
    }

    /**
     * Filters the list, building the filter in place: {@code filter(f -> f.email("elon@musk.com"))}.
     *
     * @param spec sets the filter fields
     * @return this builder
     */
    public Builder filter(Consumer<LeadsFilter.Builder> spec) {
      Checks.notNull(spec, "filter");
      LeadsFilter.Builder b = LeadsFilter.builder();
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
    public Builder sort(LeadsSortBy by) {
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
    public Builder sort(LeadsSortBy by, SortDirection direction) {
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
    public Builder sort(LeadsSort sort) {
      if (sort == null) {
        return sort((LeadsSortBy) null);
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
    public LeadListParams build() {
      return new LeadListParams(this);
    }
  }
}
