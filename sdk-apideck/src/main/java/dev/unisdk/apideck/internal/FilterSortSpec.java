package dev.unisdk.apideck.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.model.OpenEnum;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@code filter[...]} and {@code sort[...]} of one Apideck list operation: the resource's generated
 * filter and sort models, how to build and take them apart, and the checks that refuse undocumented
 * filter members, sort fields and directions before any request. One immutable instance per resource.
 * Not API.
 *
 * @param <F> the filter model, e.g. {@code ContactsFilter}
 * @param <FB> the filter model's builder
 * @param <S> the sort model, e.g. {@code ContactsSort}
 * @param <SB> the sort field open enum, e.g. {@code ContactsSortBy}
 * @param <D> the sort direction open enum
 */
public final class FilterSortSpec<F, FB, S, SB extends OpenEnum, D extends OpenEnum> {
  private final String resource;
  private final String filterFields;
  private final Supplier<FB> newFilter;
  private final Function<FB, F> buildFilter;
  private final Function<F, Map<String, JsonNode>> filterExtras;
  private final String sortFields;
  private final BiFunction<SB, D, S> sortOf;
  private final Function<S, SB> sortBy;
  private final Function<S, D> sortDirection;
  private final Function<S, Map<String, JsonNode>> sortExtras;

  private FilterSortSpec(Builder<F, FB, S, SB, D> b) {
    this.resource = b.resource;
    this.filterFields = Checks.notBlank(b.filterFields, "filterFields");
    this.newFilter = Checks.notNull(b.newFilter, "newFilter");
    this.buildFilter = Checks.notNull(b.buildFilter, "buildFilter");
    this.filterExtras = Checks.notNull(b.filterExtras, "filterExtras");
    this.sortFields = Checks.notBlank(b.sortFields, "sortFields");
    this.sortOf = Checks.notNull(b.sortOf, "sortOf");
    this.sortBy = Checks.notNull(b.sortBy, "sortBy");
    this.sortDirection = Checks.notNull(b.sortDirection, "sortDirection");
    this.sortExtras = Checks.notNull(b.sortExtras, "sortExtras");
  }

  /**
   * Starts describing a resource's filter and sort.
   *
   * @param resource the resource name used in messages, e.g. {@code "contacts"}
   * @param <F> the filter model
   * @param <FB> the filter model's builder
   * @param <S> the sort model
   * @param <SB> the sort field type
   * @param <D> the sort direction type
   * @return a builder
   */
  public static <F, FB, S, SB extends OpenEnum, D extends OpenEnum> Builder<F, FB, S, SB, D> builder(
      String resource) {
    return new Builder<>(Checks.notBlank(resource, "resource"));
  }

  /**
   * Builds a filter in place.
   *
   * @param spec sets the filter fields
   * @return the checked filter
   */
  public F buildFilter(Consumer<FB> spec) {
    Checks.notNull(spec, "filter");
    FB b = newFilter.get();
    spec.accept(b);
    return checkFilter(buildFilter.apply(b));
  }

  /**
   * Refuses filter members the resource does not document (set through additional properties).
   *
   * @param filter the filter, or null
   * @return the filter
   */
  public F checkFilter(F filter) {
    if (filter != null) {
      Map<String, JsonNode> additional = filterExtras.apply(filter);
      if (!additional.isEmpty()) {
        String name = additional.keySet().iterator().next();
        throw new ValidationException("filter[" + name + "]",
            "is not a filter of " + resource + " (documented: " + filterFields + ")");
      }
    }
    return filter;
  }

  /**
   * Refuses a sort field the resource does not document (an unknown open-enum value).
   *
   * @param by the sort field, or null
   * @return the field
   */
  public SB checkSortBy(SB by) {
    if (by != null && !by.isKnown()) {
      throw new ValidationException("sort[by]", "\"" + by.value() + "\" is not a sort field here (documented: "
          + sortFields + ")");
    }
    return by;
  }

  /**
   * Refuses a sort direction other than the documented ones (asc and desc).
   *
   * @param direction the direction, or null
   * @return the direction
   */
  public D checkDirection(D direction) {
    if (direction != null && !direction.isKnown()) {
      throw new ValidationException("sort[direction]", "must be asc or desc (was \"" + direction.value() + "\")");
    }
    return direction;
  }

  /**
   * Refuses sort members other than {@code by} and {@code direction}.
   *
   * @param sort the sort model
   * @return the sort model
   */
  public S checkSort(S sort) {
    Map<String, JsonNode> additional = sortExtras.apply(sort);
    if (!additional.isEmpty()) {
      throw new ValidationException("sort[" + additional.keySet().iterator().next() + "]",
          "is not a sort parameter (documented: by, direction)");
    }
    return sort;
  }

  /**
   * Returns the sort field of a sort model.
   *
   * @param sort the sort model
   * @return the field, or null
   */
  public SB sortBy(S sort) {
    return sortBy.apply(sort);
  }

  /**
   * Returns the direction of a sort model.
   *
   * @param sort the sort model
   * @return the direction, or null
   */
  public D sortDirection(S sort) {
    return sortDirection.apply(sort);
  }

  /**
   * Builds the sort model of a field and a direction.
   *
   * @param by the field, or null for no sort
   * @param direction the direction, or null
   * @return the sort model, or null when {@code by} is null
   */
  public S sortOf(SB by, D direction) {
    return by == null ? null : sortOf.apply(by, direction);
  }

  /**
   * Builds a {@link FilterSortSpec}.
   *
   * @param <F> the filter model
   * @param <FB> the filter model's builder
   * @param <S> the sort model
   * @param <SB> the sort field type
   * @param <D> the sort direction type
   */
  public static final class Builder<F, FB, S, SB extends OpenEnum, D extends OpenEnum> {
    private final String resource;
    private String filterFields;
    private Supplier<FB> newFilter;
    private Function<FB, F> buildFilter;
    private Function<F, Map<String, JsonNode>> filterExtras;
    private String sortFields;
    private BiFunction<SB, D, S> sortOf;
    private Function<S, SB> sortBy;
    private Function<S, D> sortDirection;
    private Function<S, Map<String, JsonNode>> sortExtras;

    private Builder(String resource) {
      this.resource = resource;
    }

    /**
     * Describes the filter model.
     *
     * @param documented the documented filter fields, for messages
     * @param newFilter starts a filter builder
     * @param buildFilter builds the filter
     * @param extras the filter's additional (undocumented) properties
     * @return this builder
     */
    public Builder<F, FB, S, SB, D> filter(String documented, Supplier<FB> newFilter, Function<FB, F> buildFilter,
        Function<F, Map<String, JsonNode>> extras) {
      this.filterFields = documented;
      this.newFilter = newFilter;
      this.buildFilter = buildFilter;
      this.filterExtras = extras;
      return this;
    }

    /**
     * Describes the sort model.
     *
     * @param documented the documented sort fields, for messages
     * @param sortOf builds a sort model of a field and a direction
     * @param by the sort model's field
     * @param direction the sort model's direction
     * @param extras the sort model's additional (undocumented) properties
     * @return this builder
     */
    public Builder<F, FB, S, SB, D> sort(String documented, BiFunction<SB, D, S> sortOf, Function<S, SB> by,
        Function<S, D> direction, Function<S, Map<String, JsonNode>> extras) {
      this.sortFields = documented;
      this.sortOf = sortOf;
      this.sortBy = by;
      this.sortDirection = direction;
      this.sortExtras = extras;
      return this;
    }

    /**
     * Builds the description.
     *
     * @return the description
     */
    public FilterSortSpec<F, FB, S, SB, D> build() {
      return new FilterSortSpec<>(this);
    }
  }
}
