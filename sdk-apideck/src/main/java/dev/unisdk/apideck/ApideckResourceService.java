package dev.unisdk.apideck;

import com.fasterxml.jackson.databind.JavaType;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.ApiResponse;
import dev.unisdk.core.AsyncPager;
import dev.unisdk.core.Page;
import dev.unisdk.core.PagedIterable;
import dev.unisdk.core.spi.ResponseDecoder;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.internal.Futures;
import dev.unisdk.core.json.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The five operations of an Apideck resource ({@code GET /<api>/<resource>}, {@code POST}, {@code GET
 * /{id}}, {@code PATCH /{id}}, {@code DELETE /{id}}), each blocking and async. The common path returns
 * models; {@link #withRawResponse()} returns the same operations answering the status, headers, request id
 * and the envelope. Per-call options ({@link RequestOptions}, Apideck settings through
 * {@link ApideckRequestOptions}) are the last argument of every operation. Every argument is validated
 * before a request is sent. Thread-safe.
 *
 * @param <T> the resource model
 * @param <P> the list parameters of the resource
 */
public abstract class ApideckResourceService<T, P extends ApideckListParams> {
  private static final ResponseDecoder<ApideckResponse<UnifiedId>> ID_DECODER =
      EnvelopeReader.single(Json.mapper().constructType(UnifiedId.class));

  private final ApideckSession session;
  private final String[] path;
  private final ResponseDecoder<ApideckResponse<T>> oneDecoder;
  private final ResponseDecoder<ApideckListResponse<T>> listDecoder;
  private final WithRawResponse raw = new WithRawResponse();

  /**
   * Creates the service. Called by the client of a unified API; not for applications.
   *
   * @param session the shared session
   * @param modelType the resource model class
   * @param path the collection path, e.g. {@code "crm", "contacts"}
   */
  protected ApideckResourceService(ApideckSession session, Class<T> modelType, String... path) {
    this.session = Checks.notNull(session, "session");
    this.path = path.clone();
    Decoders<T> decoders = Decoders.of(modelType);
    this.oneDecoder = decoders.one;
    this.listDecoder = decoders.list;
  }

  /**
   * Checks a create body before it is sent: required fields and documented limits.
   *
   * @param body the body, not null
   * @throws dev.unisdk.core.errors.ValidationException naming the offending field
   */
  protected void validateCreate(T body) {}

  /**
   * Checks an update body before it is sent: fields that are set must respect the documented limits.
   *
   * @param body the body, not null
   * @throws dev.unisdk.core.errors.ValidationException naming the offending field
   */
  protected void validateUpdate(T body) {}

  // ---------------------------------------------------------------- list

  /**
   * Lists every record, fetching pages lazily (one request per page, following {@code meta.cursors.next}).
   *
   * @return the records; iterate, stream, or use {@link PagedIterable#pages()}
   */
  public PagedIterable<T> list() {
    return list(null, null);
  }

  /**
   * Lists records matching the parameters, fetching pages lazily.
   *
   * @param params filter, sort, page size, fields...; null for none
   * @return the records
   */
  public PagedIterable<T> list(@Nullable P params) {
    return list(params, null);
  }

  /**
   * Lists records matching the parameters with per-call options, fetching pages lazily. Each page's
   * {@link Page#response()} holds the {@link ApideckListResponse} envelope as its value.
   *
   * @param params filter, sort, page size, fields...; null for none
   * @param options per-call options (see {@link ApideckRequestOptions}); null for none
   * @return the records
   */
  public PagedIterable<T> list(@Nullable P params, @Nullable RequestOptions options) {
    // a cursor already used, or endless empty pages, end the iteration with InvalidResponseException
    return PagedIterable.<T>cursor(cursor -> {
      ApiResponse<ApideckListResponse<T>> response = session.execute(listRequest(params, cursor, options), listDecoder);
      return Page.of(response.value().data(), response.value().nextCursor(), response);
    }).observed(listOperationName(), session.operationListener());
  }

  /**
   * Lists records asynchronously: iterate every record with {@link AsyncPager#forEach}, collect with
   * {@link AsyncPager#toList(int)}, or go page by page with {@link AsyncPager#firstPage()}. No thread
   * waits; each page is requested when the previous one arrived.
   *
   * @param params filter, sort, page size, fields...; null for none
   * @return the pager (nothing is requested yet)
   */
  public AsyncPager<T> listAsync(@Nullable P params) {
    return listAsync(params, null);
  }

  /**
   * Lists records asynchronously with per-call options. Each page's {@link Page#response()} holds the
   * {@link ApideckListResponse} envelope as its value.
   *
   * @param params filter, sort, page size, fields...; null for none
   * @param options per-call options (see {@link ApideckRequestOptions}); null for none
   * @return the pager (nothing is requested yet); validation failures complete its futures exceptionally
   */
  public AsyncPager<T> listAsync(@Nullable P params, @Nullable RequestOptions options) {
    return AsyncPager.<T>cursor(cursor -> {
      ApiRequest request;
      try {
        request = listRequest(params, cursor, options);
      } catch (RuntimeException e) {
        return Futures.failed(e);
      }
      return Futures.map(session.executeAsync(request, listDecoder),
          r -> Page.of(r.value().data(), r.value().nextCursor(), r));
    }).observed(listOperationName(), session.operationListener());
  }

  private String listOperationName() {
    return String.join(".", path) + ".list";
  }

  // ---------------------------------------------------------------- create

  /**
   * Creates a record.
   *
   * @param body the record; read-only fields are never sent
   * @return the id of the new record
   */
  public UnifiedId create(T body) {
    return create(body, null);
  }

  /**
   * Creates a record with per-call options.
   *
   * @param body the record
   * @param options per-call options; null for none
   * @return the id of the new record
   */
  public UnifiedId create(T body, @Nullable RequestOptions options) {
    return idOf(raw.create(body, options).value());
  }

  /**
   * Creates a record asynchronously.
   *
   * @param body the record
   * @return the future id
   */
  public CompletableFuture<UnifiedId> createAsync(T body) {
    return createAsync(body, null);
  }

  /**
   * Creates a record asynchronously, with per-call options.
   *
   * @param body the record
   * @param options per-call options; null for none
   * @return the future id; validation failures complete it exceptionally
   */
  public CompletableFuture<UnifiedId> createAsync(T body, @Nullable RequestOptions options) {
    return Futures.map(raw.createAsync(body, options), r -> idOf(r.value()));
  }

  // ---------------------------------------------------------------- get

  /**
   * Fetches a record.
   *
   * @param id the record id
   * @return the record
   */
  public T get(String id) {
    return get(id, null, null);
  }

  /**
   * Fetches a record with selected fields.
   *
   * @param id the record id
   * @param params {@code fields} and {@code raw}; null for none
   * @return the record
   */
  public T get(String id, @Nullable ApideckGetParams params) {
    return get(id, params, null);
  }

  /**
   * Fetches a record with per-call options.
   *
   * @param id the record id
   * @param params {@code fields} and {@code raw}; null for none
   * @param options per-call options; null for none
   * @return the record
   */
  public T get(String id, @Nullable ApideckGetParams params, @Nullable RequestOptions options) {
    return raw.get(id, params, options).value().data();
  }

  /**
   * Fetches a record asynchronously.
   *
   * @param id the record id
   * @return the future record
   */
  public CompletableFuture<T> getAsync(String id) {
    return getAsync(id, null, null);
  }

  /**
   * Fetches a record asynchronously, with parameters and per-call options.
   *
   * @param id the record id
   * @param params {@code fields} and {@code raw}; null for none
   * @param options per-call options; null for none
   * @return the future record; validation failures complete it exceptionally
   */
  public CompletableFuture<T> getAsync(String id, @Nullable ApideckGetParams params, @Nullable RequestOptions options) {
    return Futures.map(raw.getAsync(id, params, options), r -> r.value().data());
  }

  // ---------------------------------------------------------------- update

  /**
   * Updates a record ({@code PATCH}): only the fields set on {@code body} are sent; a field set to
   * null explicitly is sent as null (clears it).
   *
   * @param id the record id
   * @param body the changes
   * @return the id of the updated record
   */
  public UnifiedId update(String id, T body) {
    return update(id, body, null);
  }

  /**
   * Updates a record with per-call options.
   *
   * @param id the record id
   * @param body the changes
   * @param options per-call options; null for none
   * @return the id of the updated record
   */
  public UnifiedId update(String id, T body, @Nullable RequestOptions options) {
    return idOf(raw.update(id, body, options).value());
  }

  /**
   * Updates a record asynchronously.
   *
   * @param id the record id
   * @param body the changes
   * @return the future id
   */
  public CompletableFuture<UnifiedId> updateAsync(String id, T body) {
    return updateAsync(id, body, null);
  }

  /**
   * Updates a record asynchronously, with per-call options.
   *
   * @param id the record id
   * @param body the changes
   * @param options per-call options; null for none
   * @return the future id; validation failures complete it exceptionally
   */
  public CompletableFuture<UnifiedId> updateAsync(String id, T body, @Nullable RequestOptions options) {
    return Futures.map(raw.updateAsync(id, body, options), r -> idOf(r.value()));
  }

  // ---------------------------------------------------------------- delete

  /**
   * Deletes a record.
   *
   * @param id the record id
   * @return the id of the deleted record
   */
  public UnifiedId delete(String id) {
    return delete(id, null);
  }

  /**
   * Deletes a record with per-call options.
   *
   * @param id the record id
   * @param options per-call options; null for none
   * @return the id of the deleted record
   */
  public UnifiedId delete(String id, @Nullable RequestOptions options) {
    return idOf(raw.delete(id, options).value());
  }

  /**
   * Deletes a record asynchronously.
   *
   * @param id the record id
   * @return the future id
   */
  public CompletableFuture<UnifiedId> deleteAsync(String id) {
    return deleteAsync(id, null);
  }

  /**
   * Deletes a record asynchronously, with per-call options.
   *
   * @param id the record id
   * @param options per-call options; null for none
   * @return the future id; validation failures complete it exceptionally
   */
  public CompletableFuture<UnifiedId> deleteAsync(String id, @Nullable RequestOptions options) {
    return Futures.map(raw.deleteAsync(id, options), r -> idOf(r.value()));
  }

  // ---------------------------------------------------------------- raw responses

  /**
   * Returns the same operations answering the whole response: HTTP status, headers, request id and the
   * typed Apideck envelope ({@link ApideckResponse} or, for one page of a list, {@link ApideckListResponse}).
   *
   * <pre>{@code
   * ApiResponse<ApideckResponse<Contact>> r = crm.contacts().withRawResponse().get(id);
   * String requestId = r.requestId();
   * }</pre>
   *
   * @return the raw-response view of this service
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /** The operations of the service answering {@link ApiResponse}s with the envelope. Thread-safe. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /**
     * Fetches the first page.
     *
     * @return the response whose value is the page envelope
     */
    public ApiResponse<ApideckListResponse<T>> list() {
      return list(null, null);
    }

    /**
     * Fetches one page.
     *
     * @param params the parameters (use {@code cursor} to pick the page); null for the first page
     * @return the response whose value is the page envelope ({@code meta.cursors}, {@code links}...)
     */
    public ApiResponse<ApideckListResponse<T>> list(@Nullable P params) {
      return list(params, null);
    }

    /**
     * Fetches one page with per-call options.
     *
     * @param params the parameters; null for the first page
     * @param options per-call options; null for none
     * @return the response whose value is the page envelope
     */
    public ApiResponse<ApideckListResponse<T>> list(@Nullable P params, @Nullable RequestOptions options) {
      return session.execute(listRequest(params, null, options), listDecoder);
    }

    /**
     * Fetches one page asynchronously.
     *
     * @param params the parameters; null for the first page
     * @return the future response; validation failures complete it exceptionally
     */
    public CompletableFuture<ApiResponse<ApideckListResponse<T>>> listAsync(@Nullable P params) {
      return listAsync(params, null);
    }

    /**
     * Fetches one page asynchronously, with per-call options.
     *
     * @param params the parameters; null for the first page
     * @param options per-call options; null for none
     * @return the future response; validation failures complete it exceptionally
     */
    public CompletableFuture<ApiResponse<ApideckListResponse<T>>> listAsync(
        @Nullable P params, @Nullable RequestOptions options) {
      return async(() -> listRequest(params, null, options), listDecoder);
    }

    /**
     * Creates a record.
     *
     * @param body the record
     * @return the response whose envelope's {@code data} is the new id
     */
    public ApiResponse<ApideckResponse<UnifiedId>> create(T body) {
      return create(body, null);
    }

    /**
     * Creates a record with per-call options.
     *
     * @param body the record
     * @param options per-call options; null for none
     * @return the response whose envelope's {@code data} is the new id
     */
    public ApiResponse<ApideckResponse<UnifiedId>> create(T body, @Nullable RequestOptions options) {
      return session.execute(createRequest(body, options), ID_DECODER);
    }

    /**
     * Creates a record asynchronously.
     *
     * @param body the record
     * @param options per-call options; null for none
     * @return the future response; validation failures complete it exceptionally
     */
    public CompletableFuture<ApiResponse<ApideckResponse<UnifiedId>>> createAsync(
        T body, @Nullable RequestOptions options) {
      return async(() -> createRequest(body, options), ID_DECODER);
    }

    /**
     * Fetches a record.
     *
     * @param id the record id
     * @return the response whose envelope's {@code data} is the record
     */
    public ApiResponse<ApideckResponse<T>> get(String id) {
      return get(id, null, null);
    }

    /**
     * Fetches a record with parameters and per-call options.
     *
     * @param id the record id
     * @param params {@code fields} and {@code raw}; null for none
     * @param options per-call options; null for none
     * @return the response whose envelope's {@code data} is the record
     */
    public ApiResponse<ApideckResponse<T>> get(
        String id, @Nullable ApideckGetParams params, @Nullable RequestOptions options) {
      return session.execute(getRequest(id, params, options), oneDecoder);
    }

    /**
     * Fetches a record asynchronously.
     *
     * @param id the record id
     * @param params {@code fields} and {@code raw}; null for none
     * @param options per-call options; null for none
     * @return the future response; validation failures complete it exceptionally
     */
    public CompletableFuture<ApiResponse<ApideckResponse<T>>> getAsync(
        String id, @Nullable ApideckGetParams params, @Nullable RequestOptions options) {
      return async(() -> getRequest(id, params, options), oneDecoder);
    }

    /**
     * Updates a record.
     *
     * @param id the record id
     * @param body the changes
     * @return the response whose envelope's {@code data} is the id
     */
    public ApiResponse<ApideckResponse<UnifiedId>> update(String id, T body) {
      return update(id, body, null);
    }

    /**
     * Updates a record with per-call options.
     *
     * @param id the record id
     * @param body the changes
     * @param options per-call options; null for none
     * @return the response whose envelope's {@code data} is the id
     */
    public ApiResponse<ApideckResponse<UnifiedId>> update(String id, T body, @Nullable RequestOptions options) {
      return session.execute(updateRequest(id, body, options), ID_DECODER);
    }

    /**
     * Updates a record asynchronously.
     *
     * @param id the record id
     * @param body the changes
     * @param options per-call options; null for none
     * @return the future response; validation failures complete it exceptionally
     */
    public CompletableFuture<ApiResponse<ApideckResponse<UnifiedId>>> updateAsync(
        String id, T body, @Nullable RequestOptions options) {
      return async(() -> updateRequest(id, body, options), ID_DECODER);
    }

    /**
     * Deletes a record.
     *
     * @param id the record id
     * @return the response whose envelope's {@code data} is the id
     */
    public ApiResponse<ApideckResponse<UnifiedId>> delete(String id) {
      return delete(id, null);
    }

    /**
     * Deletes a record with per-call options.
     *
     * @param id the record id
     * @param options per-call options; null for none
     * @return the response whose envelope's {@code data} is the id
     */
    public ApiResponse<ApideckResponse<UnifiedId>> delete(String id, @Nullable RequestOptions options) {
      return session.execute(deleteRequest(id, options), ID_DECODER);
    }

    /**
     * Deletes a record asynchronously.
     *
     * @param id the record id
     * @param options per-call options; null for none
     * @return the future response; validation failures complete it exceptionally
     */
    public CompletableFuture<ApiResponse<ApideckResponse<UnifiedId>>> deleteAsync(
        String id, @Nullable RequestOptions options) {
      return async(() -> deleteRequest(id, options), ID_DECODER);
    }

    @Override
    public String toString() {
      return ApideckResourceService.this + ".withRawResponse()";
    }
  }

  // ---------------------------------------------------------------- requests

  private ApiRequest listRequest(@Nullable P params, @Nullable String pageCursor, @Nullable RequestOptions options) {
    ApiRequest.Builder b = session.request("GET", options, path);
    List<Map.Entry<String, String>> query = params == null ? null : params.toQuery(pageCursor);
    if (query == null) {
      b.query("cursor", pageCursor);
    } else {
      for (Map.Entry<String, String> q : query) {
        b.query(q.getKey(), q.getValue());
      }
    }
    return b.build();
  }

  private ApiRequest createRequest(T body, @Nullable RequestOptions options) {
    Checks.notNull(body, "body");
    validateCreate(body);
    return session.request("POST", options, path).jsonBody(body).build();
  }

  private ApiRequest getRequest(String id, @Nullable ApideckGetParams params, @Nullable RequestOptions options) {
    ApideckGetParams p = params == null ? ApideckGetParams.none() : params;
    ApiRequest.Builder b = withRaw(session.request("GET", options, recordPath(id)), p.raw());
    return b.query("fields", p.fields()).build();
  }

  private ApiRequest updateRequest(String id, T body, @Nullable RequestOptions options) {
    String[] recordPath = recordPath(id);
    Checks.notNull(body, "body");
    validateUpdate(body);
    return session.request("PATCH", options, recordPath).jsonBody(body).build();
  }

  private ApiRequest deleteRequest(String id, @Nullable RequestOptions options) {
    return session.request("DELETE", options, recordPath(id)).build();
  }

  private String[] recordPath(String id) {
    Checks.notBlank(id, "id");
    if (".".equals(id) || "..".equals(id)) {
      throw new dev.unisdk.core.errors.ValidationException("id", "must not be \".\" or \"..\"");
    }
    String[] p = Arrays.copyOf(path, path.length + 1);
    p[path.length] = id;
    return p;
  }

  private static ApiRequest.Builder withRaw(ApiRequest.Builder b, boolean raw) {
    return raw ? b.query("raw", "true") : b;
  }

  private <R> CompletableFuture<ApiResponse<R>> async(Supplier<ApiRequest> request, ResponseDecoder<R> decoder) {
    ApiRequest req;
    try {
      req = request.get();
    } catch (RuntimeException e) {
      return Futures.failed(e);
    }
    return session.executeAsync(req, decoder);
  }

  private static UnifiedId idOf(ApideckResponse<UnifiedId> response) {
    UnifiedId id = response.data();
    return id != null ? id : UnifiedId.of(null);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{/" + String.join("/", path) + "}";
  }

  /** The envelope decoders of one model type, built once and shared by every service of that type. */
  private static final class Decoders<T> {
    private static final ConcurrentMap<Class<?>, Decoders<?>> CACHE = new ConcurrentHashMap<>();

    final ResponseDecoder<ApideckResponse<T>> one;
    final ResponseDecoder<ApideckListResponse<T>> list;

    private Decoders(Class<T> type) {
      JavaType javaType = Json.mapper().constructType(type);
      this.one = EnvelopeReader.single(javaType);
      this.list = EnvelopeReader.list(javaType);
    }

    @SuppressWarnings("unchecked")
    static <T> Decoders<T> of(Class<T> type) {
      Checks.notNull(type, "modelType");
      return (Decoders<T>) CACHE.computeIfAbsent(type, t -> new Decoders<>(type));
    }
  }
}
