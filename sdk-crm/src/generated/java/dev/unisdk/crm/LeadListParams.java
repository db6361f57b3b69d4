// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm;

import dev.unisdk.apideck.internal.FilterSortSpec;
import dev.unisdk.crm.model.LeadsFilter;
import dev.unisdk.crm.model.LeadsSort;
import dev.unisdk.crm.model.LeadsSortBy;
import dev.unisdk.crm.model.SortDirection;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of {@code GET /crm/leads}: {@code raw}, {@code cursor}, {@code limit} (1..200), {@code pass_through[...]}, {@code fields},
 * {@code filter[...]} (name, first_name, last_name, email) and {@code sort[by]} (created_at, updated_at, name, first_name, last_name, email) with {@code sort[direction]}.
 *
 * <pre>{@code
 * LeadListParams.builder().limit(50).filter(f -> f.name("...")).sort(LeadsSortBy.CREATED_AT).build();
 * }</pre>
 */
public final class LeadListParams extends CrmListParams {
  private static final FilterSortSpec<LeadsFilter, LeadsFilter.Builder, LeadsSort, LeadsSortBy, SortDirection> SPEC = FilterSortSpec.<LeadsFilter, LeadsFilter.Builder, LeadsSort, LeadsSortBy, SortDirection>builder("leads")
      .filter("name, first_name, last_name, email", LeadsFilter::builder, LeadsFilter.Builder::build, LeadsFilter::additionalProperties)
      .sort("created_at, updated_at, name, first_name, last_name, email", LeadListParams::sortOf, LeadsSort::by, LeadsSort::direction, LeadsSort::additionalProperties)
      .build();

  private final @Nullable LeadsFilter filter;

  private final @Nullable LeadsSortBy sortBy;

  private final @Nullable SortDirection sortDirection;

  private LeadListParams(Builder b) {
    super(b, b.filter, b.sortBy, b.sortDirection);
    this.filter = b.filter;
    this.sortBy = b.sortBy;
    this.sortDirection = b.sortDirection;
  }

  private static LeadsSort sortOf(@Nullable LeadsSortBy by, @Nullable SortDirection direction) {
    LeadsSort.Builder sort = LeadsSort.builder();
    if (by != null) {
      sort.by(by);
    }
    if (direction != null) {
      sort.direction(direction);
    }
    return sort.build();
  }

  /**
   * Returns the filter.
   *
   * @return the filter, or null when none is set
   */
  public @Nullable LeadsFilter filter() {
    return filter;
  }

  /**
   * Returns the sort.
   *
   * @return the sort field and direction, or null when none is set
   */
  public @Nullable LeadsSort sort() {
    return sortBy == null && sortDirection == null ? null : sortOf(sortBy, sortDirection);
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
   * Builds {@link LeadListParams}.
   */
  public static final class Builder extends CrmListParams.Builder<Builder> {
    private @Nullable LeadsFilter filter;

    private @Nullable LeadsSortBy sortBy;

    private @Nullable SortDirection sortDirection;

    private Builder() {
    }

    private Builder(LeadListParams params) {
      from(params);
      this.filter = params.filter;
      this.sortBy = params.sortBy;
      this.sortDirection = params.sortDirection;
    }

    /**
     * Filters the list ({@code filter[<field>]=<value>}; documented: name, first_name, last_name, email).
     *
     * @param filter the filter, or null for none
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when it holds a field the resource cannot be
     *     filtered on
     */
    public Builder filter(@Nullable LeadsFilter filter) {
      this.filter = SPEC.checkFilter(filter);
      return this;
    }

    /**
     * Filters the list, building the filter in place: {@code filter(f -> f.name("..."))}.
     *
     * @param filter sets the filter fields
     * @return this builder
     */
    public Builder filter(Consumer<LeadsFilter.Builder> filter) {
      this.filter = SPEC.buildFilter(filter);
      return this;
    }

    /**
     * Sorts by a field ({@code sort[by]}; documented: created_at, updated_at, name, first_name, last_name, email), in the server's default direction.
     *
     * @param by the sort field, or null for no sort
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when the field is not a documented sort field
     */
    public Builder sort(@Nullable LeadsSortBy by) {
      this.sortBy = SPEC.checkSortBy(by);
      this.sortDirection = null;
      return this;
    }

    /**
     * Sorts by a field in a direction ({@code sort[by]=..&sort[direction]=..}); a null field sends
     * the direction alone (the server's default field).
     *
     * @param by the sort field, or null for the server's default field
     * @param direction the direction, or null for the server's default direction
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when the field or the direction is not documented
     */
    public Builder sort(@Nullable LeadsSortBy by, @Nullable SortDirection direction) {
      this.sortBy = SPEC.checkSortBy(by);
      this.sortDirection = SPEC.checkDirection(direction);
      return this;
    }

    /**
     * Sets the sort direction ({@code sort[direction]}), keeping the sort field (none: the server's
     * default field).
     *
     * @param direction the direction, or null for the server's default direction
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when the direction is not documented
     */
    public Builder sortDirection(@Nullable SortDirection direction) {
      this.sortDirection = SPEC.checkDirection(direction);
      return this;
    }

    /**
     * Sorts as a sort model says.
     *
     * @param sort the sort, or null for none
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when it holds an undocumented member or value
     */
    public Builder sort(@Nullable LeadsSort sort) {
      if (sort == null) {
        this.sortBy = null;
        this.sortDirection = null;
        return this;
      }
      SPEC.checkSort(sort);
      this.sortBy = SPEC.checkSortBy(sort.by());
      this.sortDirection = SPEC.checkDirection(sort.direction());
      return this;
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
    public LeadListParams build() {
      return new LeadListParams(this);
    }
  }
}
