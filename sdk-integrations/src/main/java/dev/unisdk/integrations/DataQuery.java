package dev.unisdk.integrations;

import dev.unisdk.core.Page;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Query of {@link DataService#list(DataQuery)} ({@code GET
 * /v1/integrations/{connectionId}/{category}/{objectType}}): page size {@code limit} (1..100,
 * default 50), start {@code offset} (default 0), free-text {@code query}, and {@code updated_gte}
 * (records updated at or after an instant). Immutable; every value is checked when set.
 */
public final class DataQuery {
  /** The page size the API uses when none is given. */
  public static final int DEFAULT_LIMIT = 50;
  /** The largest page size the API accepts. */
  public static final int MAX_LIMIT = 100;

  private static final DataQuery DEFAULTS = builder().build();

  private final int limit;
  private final int offset;
  private final String query;
  private final Instant updatedSince;

  private DataQuery(Builder b) {
    this.limit = b.limit;
    this.offset = b.offset;
    this.query = b.query;
    this.updatedSince = b.updatedSince;
  }

  /**
   * Returns the default query: 50 records per page from the start, no filter.
   *
   * @return the default query
   */
  public static DataQuery defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.limit = limit;
    b.offset = offset;
    b.query = query;
    b.updatedSince = updatedSince;
    return b;
  }

  /**
   * Returns the page size.
   *
   * @return 1..100
   */
  public int limit() {
    return limit;
  }

  /**
   * Returns the index of the first record.
   *
   * @return the offset, 0 or more
   */
  public int offset() {
    return offset;
  }

  /**
   * Returns the free-text search.
   *
   * @return the search text, or null
   */
  public @Nullable String query() {
    return query;
  }

  /**
   * Returns the lower bound of the records' update time ({@code updated_gte}).
   *
   * @return the instant, or null
   */
  public @Nullable Instant updatedSince() {
    return updatedSince;
  }

  /**
   * Returns the query of the page after {@code page}, or null when {@code page} was the last one
   * (it held fewer than {@link #limit()} records). Useful with the async single-page calls.
   *
   * @param page a page fetched with this query
   * @return the next page's query, or null at the end
   */
  public @Nullable DataQuery next(Page<?> page) {
    Checks.notNull(page, "page");
    int size = page.items().size();
    if (size < limit || (long) offset + size > Integer.MAX_VALUE) {
      return null;
    }
    return toBuilder().offset(offset + size).build();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DataQuery)) {
      return false;
    }
    DataQuery that = (DataQuery) o;
    return limit == that.limit && offset == that.offset && Objects.equals(query, that.query)
        && Objects.equals(updatedSince, that.updatedSince);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, offset, query, updatedSince);
  }

  @Override
  public String toString() {
    return "DataQuery{limit=" + limit + ", offset=" + offset + ", query=" + query
        + ", updatedSince=" + updatedSince + "}";
  }

  /** Builds a {@link DataQuery}. */
  public static final class Builder {
    private int limit = DEFAULT_LIMIT;
    private int offset;
    private String query;
    private Instant updatedSince;

    private Builder() {}

    /**
     * Sets the page size.
     *
     * @param limit 1..100 (default 50)
     * @return this builder
     * @throws ValidationException when out of range
     */
    public Builder limit(int limit) {
      this.limit = Checks.inRange(limit, 1, MAX_LIMIT, "limit");
      return this;
    }

    /**
     * Sets the index of the first record.
     *
     * @param offset 0 or more (default 0)
     * @return this builder
     * @throws ValidationException when negative
     */
    public Builder offset(int offset) {
      this.offset = Checks.inRange(offset, 0, Integer.MAX_VALUE, "offset");
      return this;
    }

    /**
     * Sets the free-text search.
     *
     * @param query the text, or null for none
     * @return this builder
     * @throws ValidationException when blank
     */
    public Builder query(String query) {
      this.query = query == null ? null : Checks.notBlank(query, "query");
      return this;
    }

    /**
     * Keeps only records updated at or after an instant ({@code updated_gte}, sent as ISO 8601 UTC).
     *
     * @param updatedSince the instant, or null for no bound
     * @return this builder
     */
    public Builder updatedSince(Instant updatedSince) {
      this.updatedSince = updatedSince;
      return this;
    }

    /**
     * Keeps only records updated at or after a date-time ({@code updated_gte}, sent as ISO 8601 UTC).
     *
     * @param updatedSince the date-time, or null for no bound
     * @return this builder
     */
    public Builder updatedSince(OffsetDateTime updatedSince) {
      this.updatedSince = updatedSince == null ? null : updatedSince.toInstant();
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public DataQuery build() {
      return new DataQuery(this);
    }
  }
}
