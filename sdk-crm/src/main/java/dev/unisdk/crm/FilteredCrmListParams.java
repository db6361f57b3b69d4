package dev.unisdk.crm;

import dev.unisdk.apideck.internal.FilterSortSpec;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.crm.model.SortDirection;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The CRM list parameters of a resource that documents {@code filter[...]} and {@code sort[...]}: the
 * common parameters of {@link CrmListParams} plus a typed filter model, a sort field (an open enum) and
 * a direction. {@code ContactListParams}, {@code CompanyListParams}... only name their types.
 *
 * @param <F> the filter model, e.g. {@code ContactsFilter}
 * @param <FB> the filter model's builder
 * @param <S> the sort model, e.g. {@code ContactsSort}
 * @param <SB> the sort field, e.g. {@code ContactsSortBy}
 */
public abstract class FilteredCrmListParams<F, FB, S, SB extends OpenEnum> extends CrmListParams {
  private final FilterSortSpec<F, FB, S, SB, SortDirection> spec;
  private final F filter;
  private final SB sortBy;
  private final SortDirection sortDirection;

  /**
   * Creates the parameters from a builder.
   *
   * @param b the builder
   */
  protected FilteredCrmListParams(Builder<F, FB, S, SB, ?> b) {
    super(b, b.filter, b.sortBy, b.sortDirection);
    this.spec = b.spec;
    this.filter = b.filter;
    this.sortBy = b.sortBy;
    this.sortDirection = b.sortDirection;
  }

  /**
   * Returns the filter.
   *
   * @return the filter, or null when none is set
   */
  public @Nullable F filter() {
    return filter;
  }

  /**
   * Returns the sort.
   *
   * @return the sort field and direction, or null when none is set
   */
  public @Nullable S sort() {
    return spec.sortOf(sortBy, sortDirection);
  }

  /**
   * The builder of filtered CRM list parameters.
   *
   * @param <F> the filter model
   * @param <FB> the filter model's builder
   * @param <S> the sort model
   * @param <SB> the sort field
   * @param <B> the concrete builder type
   */
  public abstract static class Builder<F, FB, S, SB extends OpenEnum, B extends Builder<F, FB, S, SB, B>>
      extends CrmListParams.Builder<B> {
    private final FilterSortSpec<F, FB, S, SB, SortDirection> spec;
    private F filter;
    private SB sortBy;
    private SortDirection sortDirection;

    /**
     * Creates a builder for a resource's filter and sort.
     *
     * @param spec the resource's filter and sort description
     */
    Builder(FilterSortSpec<F, FB, S, SB, SortDirection> spec) {
      this.spec = spec;
    }

    /**
     * Copies existing parameters (for {@code toBuilder()}).
     *
     * @param params the parameters to copy
     * @return this builder
     */
    protected B copyOf(FilteredCrmListParams<F, FB, S, SB> params) {
      from(params);
      this.filter = params.filter;
      this.sortBy = params.sortBy;
      this.sortDirection = params.sortDirection;
      return self();
    }

    /**
     * Filters the list ({@code filter[<field>]=<value>}).
     *
     * @param filter the filter, or null for none
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when it holds a field the resource cannot be
     *     filtered on
     */
    public B filter(F filter) {
      this.filter = spec.checkFilter(filter);
      return self();
    }

    /**
     * Filters the list, building the filter in place: {@code filter(f -> f.email("ada@example.com"))}.
     *
     * @param filterSpec sets the filter fields
     * @return this builder
     */
    public B filter(Consumer<FB> filterSpec) {
      this.filter = spec.buildFilter(filterSpec);
      return self();
    }

    /**
     * Sorts by a field, in the server's default direction (ascending).
     *
     * @param by the sort field, or null for no sort
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when the field is not a documented sort field
     */
    public B sort(SB by) {
      this.sortBy = spec.checkSortBy(by);
      this.sortDirection = null;
      return self();
    }

    /**
     * Sorts by a field in a direction ({@code sort[by]=..&sort[direction]=..}).
     *
     * @param by the sort field
     * @param direction {@link SortDirection#ASC} or {@link SortDirection#DESC}
     * @return this builder
     */
    public B sort(SB by, SortDirection direction) {
      this.sortBy = spec.checkSortBy(Checks.notNull(by, "sort[by]"));
      this.sortDirection = spec.checkDirection(Checks.notNull(direction, "sort[direction]"));
      return self();
    }

    /**
     * Sorts as a sort model says.
     *
     * @param sort the sort, or null for none
     * @return this builder
     */
    public B sort(S sort) {
      if (sort == null) {
        this.sortBy = null;
        this.sortDirection = null;
        return self();
      }
      spec.checkSort(sort);
      this.sortBy = spec.checkSortBy(spec.sortBy(sort));
      this.sortDirection = spec.checkDirection(spec.sortDirection(sort));
      return self();
    }
  }
}
