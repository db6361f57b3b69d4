package dev.unisdk.integrations;

import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.AsyncPager;
import dev.unisdk.core.Page;
import dev.unisdk.core.PagedIterable;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.integrations.internal.Caller;
import dev.unisdk.integrations.internal.Endpoint;
import dev.unisdk.integrations.internal.Endpoints;
import dev.unisdk.integrations.internal.Segments;
import dev.unisdk.integrations.model.Category;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The records of one object type of one category of a connection ({@code GET
 * /v1/integrations/{connectionId}/{category}/{objectType}}), offset-paged. Get one with {@link
 * IntegrationsClient#data(String, Category, String)}. Thread-safe.
 *
 * <pre>{@code
 * for (DataRecord r : api.data(connectionId, Category.CRM, "contact")
 *     .list(DataQuery.builder().query("acme").build())) {
 *   System.out.println(r.id() + " " + r.getString("name"));
 * }
 * }</pre>
 *
 * <p>Per-call {@link RequestOptions} are the optional last argument of every operation.
 */
public final class DataService {
  private static final String LIST_OPERATION = "integrations.data.list";
  private final Caller caller;
  private final String connectionId;
  private final Category category;
  private final String objectType;

  DataService(Caller caller, String connectionId, Category category, String objectType) {
    this.caller = caller;
    this.connectionId = Segments.require(connectionId, "connectionId");
    this.category = Checks.notNull(category, "category");
    Segments.require(category.value(), "category");
    this.objectType = Segments.require(objectType, "objectType");
  }

  /**
   * Returns the same operations answering the whole response (status, headers, request id) with the
   * records of one page.
   *
   * @return the view
   */
  public WithRawResponse withRawResponse() {
    return new WithRawResponse();
  }

  /**
   * Returns the connection's id.
   *
   * @return the connection id
   */
  public String connectionId() {
    return connectionId;
  }

  /**
   * Returns the category.
   *
   * @return the category
   */
  public Category category() {
    return category;
  }

  /**
   * Returns the object type.
   *
   * @return the object type, e.g. {@code contact}
   */
  public String objectType() {
    return objectType;
  }

  /**
   * Iterates over all records, 50 per request.
   *
   * @return a lazy iterable; see {@link #list(DataQuery)}
   */
  public PagedIterable<DataRecord> list() {
    return list(DataQuery.defaults());
  }

  /**
   * Iterates over all records matching a query, from its offset on. Nothing is requested until the
   * iteration starts; each next page (offset + limit) is requested only when the caller iterates
   * past the last record of the current one, and iteration ends after a page holding fewer than
   * {@code limit} records. Only one page is held in memory.
   *
   * @param query the query (limit, start offset, search, updated since)
   * @return a lazy iterable of records
   */
  public PagedIterable<DataRecord> list(DataQuery query) {
    return list(query, null);
  }

  /**
   * Iterates over all records matching a query, with per-call options applied to every page request.
   *
   * @param query the query (limit, start offset, search, updated since)
   * @param options per-call options; null for none
   * @return a lazy iterable of records
   */
  public PagedIterable<DataRecord> list(DataQuery query, @Nullable RequestOptions options) {
    Checks.notNull(query, "query");
    int start = query.offset();
    // an offset page identical to the previous one (a server ignoring offset) ends it with InvalidResponseException
    return PagedIterable.<DataRecord>offset(query.limit(), (offset, limit) -> {
      long at = (long) start + offset;
      if (at > Integer.MAX_VALUE) {
        return Page.of(null, null);
      }
      return listPage(query.toBuilder().offset((int) at).limit(limit).build(), options);
    }).observed(LIST_OPERATION, caller.transport().options().operationListener());
  }

  /**
   * Iterates asynchronously over all records matching a query, from its offset on: every record with
   * {@link AsyncPager#forEach}, at most n with {@link AsyncPager#toList(int)}, or page by page with
   * {@link AsyncPager#firstPage()}. Each page (offset + limit) is requested when the previous one
   * arrived, without blocking a thread; the walk ends after a page holding fewer than {@code limit}
   * records.
   *
   * @param query the query (limit, start offset, search, updated since)
   * @return the pager (nothing is requested yet)
   */
  public AsyncPager<DataRecord> listAsync(DataQuery query) {
    return listAsync(query, null);
  }

  /**
   * Iterates asynchronously over all records matching a query, with per-call options applied to every
   * page request.
   *
   * @param query the query (limit, start offset, search, updated since)
   * @param options per-call options; null for none
   * @return the pager (nothing is requested yet)
   */
  public AsyncPager<DataRecord> listAsync(DataQuery query, @Nullable RequestOptions options) {
    Checks.notNull(query, "query");
    int start = query.offset();
    return AsyncPager.<DataRecord>offset(query.limit(), (offset, limit) -> {
      long at = (long) start + offset;
      if (at > Integer.MAX_VALUE) {
        return CompletableFuture.completedFuture(Page.<DataRecord>of(null, null));
      }
      return listPageAsync(query.toBuilder().offset((int) at).limit(limit).build(), options);
    }).observed(LIST_OPERATION, caller.transport().options().operationListener());
  }

  /**
   * Fetches exactly one page: the records from {@code query.offset()} on, at most {@code
   * query.limit()} of them. Use {@link DataQuery#next(Page)} for the next page's query.
   *
   * @param query the query
   * @return the page, with the response it came from
   */
  public Page<DataRecord> listPage(DataQuery query) {
    return listPage(query, null);
  }

  /**
   * Fetches exactly one page, with per-call options.
   *
   * @param query the query
   * @param options per-call options; null for none
   * @return the page, with the response it came from
   */
  public Page<DataRecord> listPage(DataQuery query, @Nullable RequestOptions options) {
    Endpoint<List<DataRecord>> endpoint = endpoint(query);
    ApiResponse<List<DataRecord>> response = caller(options).execute(endpoint);
    return Page.of(response.value(), response);
  }

  /**
   * Fetches exactly one page asynchronously.
   *
   * @param query the query
   * @return the future page
   */
  public CompletableFuture<Page<DataRecord>> listPageAsync(DataQuery query) {
    return listPageAsync(query, null);
  }

  /**
   * Fetches exactly one page asynchronously, with per-call options.
   *
   * @param query the query
   * @param options per-call options; null for none
   * @return the future page
   */
  public CompletableFuture<Page<DataRecord>> listPageAsync(DataQuery query, @Nullable RequestOptions options) {
    Endpoint<List<DataRecord>> endpoint;
    try {
      endpoint = endpoint(query);
    } catch (RuntimeException invalid) {
      return Caller.failed(invalid);
    }
    return Caller.map(caller(options).executeAsync(endpoint), r -> Page.of(r.value(), r));
  }

  private Caller caller(@Nullable RequestOptions options) {
    return options == null ? caller : caller.withOptions(options);
  }

  private Endpoint<List<DataRecord>> endpoint(DataQuery query) {
    Checks.notNull(query, "query");
    return Endpoints.listRecords(connectionId, category, objectType, query.limit(), query.offset(),
        query.query(), query.updatedSince(), RecordsDecoder.INSTANCE);
  }

  @Override
  public String toString() {
    return "DataService{" + category + "/" + objectType + "}";
  }

  /** The operations of {@link DataService}, answering the whole response of one page. Thread-safe. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Fetches exactly one page.
     *
     * @param query the query
     * @return the response whose value is the page's records
     */
    public ApiResponse<List<DataRecord>> list(DataQuery query) {
      return list(query, null);
    }

    /**
     * Fetches exactly one page, with per-call options.
     *
     * @param query the query
     * @param options per-call options; null for none
     * @return the response whose value is the page's records
     */
    public ApiResponse<List<DataRecord>> list(DataQuery query, @Nullable RequestOptions options) {
      return caller(options).execute(endpoint(query));
    }
  }
}
