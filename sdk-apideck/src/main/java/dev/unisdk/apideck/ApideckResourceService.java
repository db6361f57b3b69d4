package dev.unisdk.apideck;

import com.fasterxml.jackson.databind.JavaType;
import dev.unisdk.apideck.internal.ApideckSession;
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
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The five operations of an Apideck resource ({@code GET /<api>/<resource>}, {@code POST}, {@code GET
 * /{id}}, {@code PATCH /{id}}, {@code DELETE /{id}}), each blocking and async. The common path returns
 * models; the {@code ...WithResponse} methods and {@link #listPage} return the envelope. Every argument
 * is validated before a request is sent. Thread-safe.
 *
 * @param <T> the resource model
 * @param <P> the list parameters of the resource
 */
public abstract class ApideckResourceService<T, P extends ApideckListParams> {
  private static final Logger LOG = LoggerFactory.getLogger(ApideckResourceService.class);
  private static final ResponseDecoder<ApideckResponse<UnifiedId>> ID_DECODER =
      EnvelopeReader.single(Json.mapper().constructType(UnifiedId.class));

  private final ApideckSession session;
  private final String[] path;
  private final String resourceName;
  private final ResponseDecoder<ApideckResponse<T>> oneDecoder;
  private final ResponseDecoder<ApideckListResponse<T>> listDecoder;

  /**
   * Creates the service. Called by the client of a unified API; not for applications.
   *
   * @param session the shared session (internal type)
   * @param modelType the resource model class
   * @param path the collection path, e.g. {@code "crm", "contacts"}
   */
  protected ApideckResourceService(ApideckSession session, Class<T> modelType, String... path) {
    this.session = Checks.notNull(session, "session");
    this.path = path.clone();
    this.resourceName = path[path.length - 1];
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
    return list(null, ApideckCallOptions.none());
  }

  /**
   * Lists records matching the parameters, fetching pages lazily.
   *
   * @param params filter, sort, page size, fields...; null for none
   * @return the records
   */
  public PagedIterable<T> list(P params) {
    return list(params, ApideckCallOptions.none());
  }

  /**
   * Lists records matching the parameters with per-call options, fetching pages lazily. Each page's
   * {@link Page#response()} holds the {@link ApideckListResponse} envelope as its value.
   *
   * @param params filter, sort, page size, fields...; null for none
   * @param options per-call options (service, consumer, raw, request options)
   * @return the records
   */
  public PagedIterable<T> list(P params, ApideckCallOptions options) {
    final ApideckCallOptions call = orNone(options);
    // a cursor already used, or endless empty pages, end the iteration with InvalidResponseException
    return PagedIterable.<T>cursor(cursor -> {
      ApiResponse<ApideckListResponse<T>> response = session.execute(listRequest(params, cursor, call), listDecoder);
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
  public AsyncPager<T> listAsync(P params) {
    return listAsync(params, ApideckCallOptions.none());
  }

  /**
   * Lists records asynchronously with per-call options. Each page's {@link Page#response()} holds the
   * {@link ApideckListResponse} envelope as its value.
   *
   * @param params filter, sort, page size, fields...; null for none
   * @param options per-call options (service, consumer, raw, request options)
   * @return the pager (nothing is requested yet); validation failures complete its futures exceptionally
   */
  public AsyncPager<T> listAsync(P params, ApideckCallOptions options) {
    final ApideckCallOptions call = orNone(options);
    return AsyncPager.<T>cursor(cursor -> {
      ApiRequest request;
      try {
        request = listRequest(params, cursor, call);
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

  /**
   * Fetches one page with its envelope ({@code meta.cursors}, {@code links}, service, request id...).
   *
   * @param params the parameters (use {@code cursor} to pick the page); null for the first page
   * @return the page envelope
   */
  public ApideckListResponse<T> listPage(P params) {
    return listPage(params, ApideckCallOptions.none());
  }

  /**
   * Fetches one page with its envelope, with per-call options.
   *
   * @param params the parameters; null for the first page
   * @param options per-call options
   * @return the page envelope
   */
  public ApideckListResponse<T> listPage(P params, ApideckCallOptions options) {
    return session.execute(listRequest(params, null, orNone(options)), listDecoder).value();
  }

  /**
   * Fetches one page asynchronously.
   *
   * @param params the parameters; null for the first page
   * @return the future page envelope
   */
  public CompletableFuture<ApideckListResponse<T>> listPageAsync(P params) {
    return listPageAsync(params, ApideckCallOptions.none());
  }

  /**
   * Fetches one page asynchronously, with per-call options.
   *
   * @param params the parameters; null for the first page
   * @param options per-call options
   * @return the future page envelope; validation failures complete it exceptionally
   */
  public CompletableFuture<ApideckListResponse<T>> listPageAsync(P params, ApideckCallOptions options) {
    return async(() -> listRequest(params, null, orNone(options)), listDecoder, Function.identity());
  }

  // ---------------------------------------------------------------- create

  /**
   * Creates a record.
   *
   * @param body the record; read-only fields are never sent
   * @return the id of the new record
   */
  public UnifiedId create(T body) {
    return create(body, ApideckCallOptions.none());
  }

  /**
   * Creates a record with per-call options.
   *
   * @param body the record
   * @param options per-call options
   * @return the id of the new record
   */
  public UnifiedId create(T body, ApideckCallOptions options) {
    return idOf(createWithResponse(body, options));
  }

  /**
   * Creates a record and returns the envelope.
   *
   * @param body the record
   * @param options per-call options
   * @return the envelope whose {@code data} is the new id
   */
  public ApideckResponse<UnifiedId> createWithResponse(T body, ApideckCallOptions options) {
    return session.execute(createRequest(body, orNone(options)), ID_DECODER).value();
  }

  /**
   * Creates a record asynchronously.
   *
   * @param body the record
   * @return the future id
   */
  public CompletableFuture<UnifiedId> createAsync(T body) {
    return createAsync(body, ApideckCallOptions.none());
  }

  /**
   * Creates a record asynchronously, with per-call options.
   *
   * @param body the record
   * @param options per-call options
   * @return the future id; validation failures complete it exceptionally
   */
  public CompletableFuture<UnifiedId> createAsync(T body, ApideckCallOptions options) {
    return async(() -> createRequest(body, orNone(options)), ID_DECODER, ApideckResourceService::idOf);
  }

  // ---------------------------------------------------------------- get

  /**
   * Fetches a record.
   *
   * @param id the record id
   * @return the record
   */
  public T get(String id) {
    return get(id, ApideckGetParams.none(), ApideckCallOptions.none());
  }

  /**
   * Fetches a record with selected fields.
   *
   * @param id the record id
   * @param params {@code fields} and {@code raw}
   * @return the record
   */
  public T get(String id, ApideckGetParams params) {
    return get(id, params, ApideckCallOptions.none());
  }

  /**
   * Fetches a record with per-call options.
   *
   * @param id the record id
   * @param params {@code fields} and {@code raw}; null for none
   * @param options per-call options
   * @return the record
   */
  public T get(String id, ApideckGetParams params, ApideckCallOptions options) {
    return getWithResponse(id, params, options).data();
  }

  /**
   * Fetches a record and returns the envelope.
   *
   * @param id the record id
   * @param params {@code fields} and {@code raw}; null for none
   * @param options per-call options
   * @return the envelope whose {@code data} is the record
   */
  public ApideckResponse<T> getWithResponse(String id, ApideckGetParams params, ApideckCallOptions options) {
    return session.execute(getRequest(id, params, orNone(options)), oneDecoder).value();
  }

  /**
   * Fetches a record asynchronously.
   *
   * @param id the record id
   * @return the future record
   */
  public CompletableFuture<T> getAsync(String id) {
    return getAsync(id, ApideckGetParams.none(), ApideckCallOptions.none());
  }

  /**
   * Fetches a record asynchronously, with parameters and per-call options.
   *
   * @param id the record id
   * @param params {@code fields} and {@code raw}; null for none
   * @param options per-call options
   * @return the future record; validation failures complete it exceptionally
   */
  public CompletableFuture<T> getAsync(String id, ApideckGetParams params, ApideckCallOptions options) {
    return async(() -> getRequest(id, params, orNone(options)), oneDecoder, ApideckResponse::data);
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
    return update(id, body, ApideckCallOptions.none());
  }

  /**
   * Updates a record with per-call options.
   *
   * @param id the record id
   * @param body the changes
   * @param options per-call options
   * @return the id of the updated record
   */
  public UnifiedId update(String id, T body, ApideckCallOptions options) {
    return idOf(updateWithResponse(id, body, options));
  }

  /**
   * Updates a record and returns the envelope.
   *
   * @param id the record id
   * @param body the changes
   * @param options per-call options
   * @return the envelope whose {@code data} is the id
   */
  public ApideckResponse<UnifiedId> updateWithResponse(String id, T body, ApideckCallOptions options) {
    return session.execute(updateRequest(id, body, orNone(options)), ID_DECODER).value();
  }

  /**
   * Updates a record asynchronously.
   *
   * @param id the record id
   * @param body the changes
   * @return the future id
   */
  public CompletableFuture<UnifiedId> updateAsync(String id, T body) {
    return updateAsync(id, body, ApideckCallOptions.none());
  }

  /**
   * Updates a record asynchronously, with per-call options.
   *
   * @param id the record id
   * @param body the changes
   * @param options per-call options
   * @return the future id; validation failures complete it exceptionally
   */
  public CompletableFuture<UnifiedId> updateAsync(String id, T body, ApideckCallOptions options) {
    return async(() -> updateRequest(id, body, orNone(options)), ID_DECODER, ApideckResourceService::idOf);
  }

  // ---------------------------------------------------------------- delete

  /**
   * Deletes a record.
   *
   * @param id the record id
   * @return the id of the deleted record
   */
  public UnifiedId delete(String id) {
    return delete(id, ApideckCallOptions.none());
  }

  /**
   * Deletes a record with per-call options.
   *
   * @param id the record id
   * @param options per-call options
   * @return the id of the deleted record
   */
  public UnifiedId delete(String id, ApideckCallOptions options) {
    return idOf(deleteWithResponse(id, options));
  }

  /**
   * Deletes a record and returns the envelope.
   *
   * @param id the record id
   * @param options per-call options
   * @return the envelope whose {@code data} is the id
   */
  public ApideckResponse<UnifiedId> deleteWithResponse(String id, ApideckCallOptions options) {
    return session.execute(deleteRequest(id, orNone(options)), ID_DECODER).value();
  }

  /**
   * Deletes a record asynchronously.
   *
   * @param id the record id
   * @return the future id
   */
  public CompletableFuture<UnifiedId> deleteAsync(String id) {
    return deleteAsync(id, ApideckCallOptions.none());
  }

  /**
   * Deletes a record asynchronously, with per-call options.
   *
   * @param id the record id
   * @param options per-call options
   * @return the future id; validation failures complete it exceptionally
   */
  public CompletableFuture<UnifiedId> deleteAsync(String id, ApideckCallOptions options) {
    return async(() -> deleteRequest(id, orNone(options)), ID_DECODER, ApideckResourceService::idOf);
  }

  // ---------------------------------------------------------------- requests

  private ApiRequest listRequest(P params, String pageCursor, ApideckCallOptions call) {
    ApiRequest.Builder b = session.request("GET", call, path);
    List<Map.Entry<String, String>> query = params == null ? null : params.toQuery(pageCursor);
    boolean raw = call.raw() || (params != null && params.raw());
    if (raw) {
      b.query("raw", "true");
    }
    if (query == null) {
      b.query("cursor", pageCursor);
    } else {
      for (Map.Entry<String, String> q : query) {
        if (!"raw".equals(q.getKey())) {
          b.query(q.getKey(), q.getValue());
        }
      }
    }
    return b.build();
  }

  private ApiRequest createRequest(T body, ApideckCallOptions call) {
    Checks.notNull(body, "body");
    validateCreate(body);
    return withRaw(session.request("POST", call, path), call.raw()).jsonBody(body).build();
  }

  private ApiRequest getRequest(String id, ApideckGetParams params, ApideckCallOptions call) {
    ApideckGetParams p = params == null ? ApideckGetParams.none() : params;
    ApiRequest.Builder b = withRaw(session.request("GET", call, recordPath(id)), call.raw() || p.raw());
    return b.query("fields", p.fields()).build();
  }

  private ApiRequest updateRequest(String id, T body, ApideckCallOptions call) {
    String[] recordPath = recordPath(id);
    Checks.notNull(body, "body");
    validateUpdate(body);
    return withRaw(session.request("PATCH", call, recordPath), call.raw()).jsonBody(body).build();
  }

  private ApiRequest deleteRequest(String id, ApideckCallOptions call) {
    return withRaw(session.request("DELETE", call, recordPath(id)), call.raw()).build();
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

  private <R, V> CompletableFuture<V> async(
      Supplier<ApiRequest> request, ResponseDecoder<R> decoder, Function<R, V> extract) {
    ApiRequest req;
    try {
      req = request.get();
    } catch (RuntimeException e) {
      return Futures.failed(e);
    }
    // Futures.map, unlike thenApply, passes a cancellation on to the HTTP call
    return Futures.map(session.executeAsync(req, decoder), r -> extract.apply(r.value()));
  }

  private static UnifiedId idOf(ApideckResponse<UnifiedId> response) {
    UnifiedId id = response.data();
    return id != null ? id : UnifiedId.of(null);
  }

  private static ApideckCallOptions orNone(ApideckCallOptions options) {
    return options == null ? ApideckCallOptions.none() : options;
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
