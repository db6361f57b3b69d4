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
   * Returns a view of this service whose calls use extra options.
   *
   * @param options the options; they win over the client's
   * @return the view
   */
  public DataService withOptions(RequestOptions options) {
    return new DataService(caller.withOptions(options), connectionId, category, objectType);
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
    Checks.notNull(query, "query");
    int start = query.offset();
    // an offset page identical to the previous one (a server ignoring offset) ends it with InvalidResponseException
    return PagedIterable.<DataRecord>offset(query.limit(), (offset, limit) -> {
      long at = (long) start + offset;
      if (at > Integer.MAX_VALUE) {
        return Page.of(null, null);
      }
      return listPage(query.toBuilder().offset((int) at).limit(limit).build());
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
    Checks.notNull(query, "query");
    int start = query.offset();
    return AsyncPager.<DataRecord>offset(query.limit(), (offset, limit) -> {
      long at = (long) start + offset;
      if (at > Integer.MAX_VALUE) {
        return CompletableFuture.completedFuture(Page.<DataRecord>of(null, null));
      }
      return listPageAsync(query.toBuilder().offset((int) at).limit(limit).build());
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
    Endpoint<List<DataRecord>> endpoint = endpoint(query);
    ApiResponse<List<DataRecord>> response = caller.execute(endpoint);
    return Page.of(response.value(), response);
  }

  /**
   * Fetches exactly one page asynchronously.
   *
   * @param query the query
   * @return the future page
   */
  public CompletableFuture<Page<DataRecord>> listPageAsync(DataQuery query) {
    Endpoint<List<DataRecord>> endpoint;
    try {
      endpoint = endpoint(query);
    } catch (RuntimeException invalid) {
      return Caller.failed(invalid);
    }
    return Caller.map(caller.executeAsync(endpoint), r -> Page.of(r.value(), r));
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
}
