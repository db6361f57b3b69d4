// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm;

import dev.unisdk.apideck.internal.FilterSortSpec;
import dev.unisdk.crm.model.ContactsFilter;
import dev.unisdk.crm.model.ContactsSort;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.SortDirection;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of {@code GET /crm/contacts}: {@code raw}, {@code cursor}, {@code limit} (1..200), {@code pass_through[...]}, {@code fields},
 * {@code filter[...]} (name, first_name, last_name, email, phone_number, company_id) and {@code sort[by]} (created_at, updated_at, name, first_name, last_name, email) with {@code sort[direction]}.
 *
 * <pre>{@code
 * ContactListParams.builder().limit(50).filter(f -> f.name("...")).sort(ContactsSortBy.CREATED_AT).build();
 * }</pre>
 */
public final class ContactListParams extends CrmListParams {
  private static final FilterSortSpec<ContactsFilter, ContactsFilter.Builder, ContactsSort, ContactsSortBy, SortDirection> SPEC = FilterSortSpec.<ContactsFilter, ContactsFilter.Builder, ContactsSort, ContactsSortBy, SortDirection>builder("contacts")
      .filter("name, first_name, last_name, email, phone_number, company_id", ContactsFilter::builder, ContactsFilter.Builder::build, ContactsFilter::additionalProperties)
      .sort("created_at, updated_at, name, first_name, last_name, email", ContactListParams::sortOf, ContactsSort::by, ContactsSort::direction, ContactsSort::additionalProperties)
      .build();

  private final @Nullable ContactsFilter filter;

  private final @Nullable ContactsSortBy sortBy;

  private final @Nullable SortDirection sortDirection;

  private ContactListParams(Builder b) {
    super(b, b.filter, b.sortBy, b.sortDirection);
    this.filter = b.filter;
    this.sortBy = b.sortBy;
    this.sortDirection = b.sortDirection;
  }

  private static ContactsSort sortOf(@Nullable ContactsSortBy by,
      @Nullable SortDirection direction) {
    ContactsSort.Builder sort = ContactsSort.builder();
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
  public @Nullable ContactsFilter filter() {
    return filter;
  }

  /**
   * Returns the sort.
   *
   * @return the sort field and direction, or null when none is set
   */
  public @Nullable ContactsSort sort() {
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
   * Builds {@link ContactListParams}.
   */
  public static final class Builder extends CrmListParams.Builder<Builder> {
    private @Nullable ContactsFilter filter;

    private @Nullable ContactsSortBy sortBy;

    private @Nullable SortDirection sortDirection;

    private Builder() {
    }

    private Builder(ContactListParams params) {
      from(params);
      this.filter = params.filter;
      this.sortBy = params.sortBy;
      this.sortDirection = params.sortDirection;
    }

    /**
     * Filters the list ({@code filter[<field>]=<value>}; documented: name, first_name, last_name, email, phone_number, company_id).
     *
     * @param filter the filter, or null for none
     * @return this builder
     * @throws dev.unisdk.core.errors.ValidationException when it holds a field the resource cannot be
     *     filtered on
     */
    public Builder filter(@Nullable ContactsFilter filter) {
      this.filter = SPEC.checkFilter(filter);
      return this;
    }

    /**
     * Filters the list, building the filter in place: {@code filter(f -> f.name("..."))}.
     *
     * @param filter sets the filter fields
     * @return this builder
     */
    public Builder filter(Consumer<ContactsFilter.Builder> filter) {
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
    public Builder sort(@Nullable ContactsSortBy by) {
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
    public Builder sort(@Nullable ContactsSortBy by, @Nullable SortDirection direction) {
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
    public Builder sort(@Nullable ContactsSort sort) {
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
    public ContactListParams build() {
      return new ContactListParams(this);
    }
  }
}
