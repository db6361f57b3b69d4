package dev.unisdk.crm;

import dev.unisdk.apideck.internal.FilterSortSpec;
import dev.unisdk.crm.model.ContactsFilter;
import dev.unisdk.crm.model.ContactsSort;
import dev.unisdk.crm.model.ContactsSortBy;
import dev.unisdk.crm.model.SortDirection;

/**
 * Parameters of {@code GET /crm/contacts}: the common list parameters plus {@code filter[...]} (contacts
 * filter on: name, first_name, last_name, email, phone_number, company_id) and {@code sort[by]} (created_at, updated_at, name, first_name, last_name, email) with {@code sort[direction]} (asc or desc).
 *
 * <pre>{@code
 * ContactListParams.builder().limit(50).filter(f -> f.email("ada@example.com")).sort(ContactsSortBy.CREATED_AT, SortDirection.DESC).build();
 * }</pre>
 */
public final class ContactListParams
    extends FilteredCrmListParams<ContactsFilter, ContactsFilter.Builder, ContactsSort, ContactsSortBy> {
  private static final FilterSortSpec<ContactsFilter, ContactsFilter.Builder, ContactsSort, ContactsSortBy, SortDirection> SPEC =
      FilterSortSpec.<ContactsFilter, ContactsFilter.Builder, ContactsSort, ContactsSortBy, SortDirection>builder("contacts")
          .filter("name, first_name, last_name, email, phone_number, company_id",
              ContactsFilter::builder, ContactsFilter.Builder::build, ContactsFilter::additionalProperties)
          .sort("created_at, updated_at, name, first_name, last_name, email",
              (by, direction) -> ContactsSort.builder().by(by).direction(direction).build(),
              ContactsSort::by, ContactsSort::direction, ContactsSort::additionalProperties)
          .build();

  private ContactListParams(Builder b) {
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

  /** Builds {@link ContactListParams}. */
  public static final class Builder
      extends FilteredCrmListParams.Builder<ContactsFilter, ContactsFilter.Builder, ContactsSort, ContactsSortBy, Builder> {
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
    public ContactListParams build() {
      return new ContactListParams(this);
    }
  }
}
