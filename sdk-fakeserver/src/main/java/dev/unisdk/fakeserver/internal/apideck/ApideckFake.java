package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.unisdk.fakeserver.internal.http.FakeApi;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeRequest;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import dev.unisdk.fakeserver.internal.http.Router;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The Apideck CRM (8 resources) and SMS (messages) fake: 45 operations, stateful in memory,
 * isolated per (consumer id, service id). When {@code x-apideck-service-id} is absent the resource's
 * default connector is used: {@code salesforce} for CRM, {@code twilio} for SMS. Seeded records and
 * the ids of created records are deterministic from the seed (created ids per table in call order).
 *
 * <p>Every answer carries a {@code Request-Id} header; errors use the documented body
 * {@code {status_code, error, type_name, message, detail, ref}}.
 */
public final class ApideckFake implements FakeApi {
  private static final String DEFAULT_BASE_URL = "https://unify.apideck.com";
  private volatile String scheme = "http";

  private final ApideckSettings settings;
  private final SeedGenerator seeder;
  private final RecordStore store;
  private final CursorCodec cursors = new CursorCodec();
  private final WebhookDispatcher webhooks;

  /** A fake with these settings; data is seeded lazily on first touch. */
  public ApideckFake(ApideckSettings settings) {
    this.settings = settings;
    this.seeder = new SeedGenerator(settings.seed());
    this.store = new RecordStore(seeder, settings.seededRecordsPerResource());
    this.webhooks = new WebhookDispatcher(settings.apiKey(), settings.clock(), settings.webhookUrl());
  }

  @Override
  public void register(Router router) {
    for (ResourceDef r : Resources.ALL) {
      String base = "/" + r.api() + "/" + r.name();
      String op = r.operationPrefix();
      router.add("GET", base, op + ".list", req -> handle(req, r, this::list));
      router.add("POST", base, op + ".add", req -> handle(req, r, this::create));
      router.add("GET", base + "/{id}", op + ".get", req -> handle(req, r, this::get));
      router.add("PATCH", base + "/{id}", op + ".update", req -> handle(req, r, this::update));
      router.add("DELETE", base + "/{id}", op + ".delete", req -> handle(req, r, this::delete));
    }
  }

  @Override
  public void reset() {
    store.clear();
    webhooks.clearDeliveries();
    webhooks.url(settings.webhookUrl());
  }

  /** The settings this fake was created with. */
  public ApideckSettings settings() {
    return settings;
  }

  /** Registers (or with null, removes) the loopback URL that receives webhook events. */
  public void webhookUrl(String url) {
    webhooks.url(url);
  }

  /** The registered webhook URL, or null. */
  public String webhookUrl() {
    return webhooks.url();
  }

  /** Every webhook delivery attempt so far. */
  public List<WebhookDelivery> webhookDeliveries() {
    return webhooks.deliveries();
  }

  /** Waits until at least {@code count} delivery attempts completed; false on timeout. */
  public boolean awaitWebhookDeliveries(int count, Duration timeout) throws InterruptedException {
    return webhooks.await(count, timeout);
  }

  /**
   * A snapshot of the stored records (seeding the table first if untouched), in insertion order.
   *
   * @throws IllegalArgumentException for an unknown resource name
   */
  public List<ObjectNode> records(String consumerId, String serviceId, String resource) {
    List<ObjectNode> out = new ArrayList<>();
    for (RecordTable.Entry e : store.table(consumerId, serviceId, resource(resource)).snapshot()) {
      out.add(e.record());
    }
    return out;
  }

  /**
   * Adds {@code count} more generated records and returns their ids.
   *
   * @throws IllegalArgumentException for an unknown resource name or a negative count
   */
  public List<String> seed(String consumerId, String serviceId, String resource, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
    ResourceDef def = resource(resource);
    RecordTable table = store.table(consumerId, serviceId, def);
    List<String> ids = new ArrayList<>();
    int index = settings.seededRecordsPerResource() + table.size();
    while (ids.size() < count) {
      ObjectNode r = seeder.generate(consumerId, serviceId, def, index++, 1, settings.seededRecordsPerResource()).get(0);
      if (table.insert(r)) {
        ids.add(r.get("id").textValue());
      }
    }
    return ids;
  }

  /** The scheme of the links and entity URLs the fake writes ({@code http} or {@code https}). */
  public void scheme(String scheme) {
    this.scheme = scheme;
  }

  /** Stops the webhook threads. */
  public void close() {
    webhooks.shutdown();
  }

  private static ResourceDef resource(String name) {
    ResourceDef def = Resources.byName(name);
    if (def == null) {
      throw new IllegalArgumentException("unknown Apideck resource '" + name + "'; known: companies, contacts, leads,"
          + " opportunities, pipelines, notes, users, activities, messages");
    }
    return def;
  }

  // ---------------------------------------------------------------------------------------------
  // request handling

  /** What every operation needs besides the request. */
  private record Call(FakeRequest request, ResourceDef resource, String consumerId, String serviceId, boolean raw,
      String baseUrl) {
    RecordTable table(RecordStore store) {
      return store.table(consumerId, serviceId, resource);
    }
  }

  private FakeResponse handle(FakeRequest request, ResourceDef resource, BiFunction<Call, FakeRequest, FakeResponse> op) {
    FakeResponse response;
    try {
      response = op.apply(authenticate(request, resource), request);
    } catch (ApideckError e) {
      response = e.toResponse();
    } catch (FakeJson.MalformedJsonException e) {
      response = new ApideckError(400, "RequestValidationError", "Invalid JSON",
          TextNode.valueOf("Request body is not valid JSON: " + e.getMessage())).toResponse();
    }
    return response.withHeader("Request-Id", UUID.randomUUID().toString());
  }

  private Call authenticate(FakeRequest request, ResourceDef resource) {
    String authorization = request.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      throw ApideckError.unauthorized("Missing Authorization header (Authorization: Bearer <API key>)");
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApideckError.unauthorized("Authorization header must use the Bearer scheme");
    }
    String token = authorization.substring(7).trim();
    if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), settings.apiKey().getBytes(StandardCharsets.UTF_8))) {
      throw ApideckError.unauthorized("Invalid API key");
    }
    String appId = request.header("x-apideck-app-id");
    if (appId == null || appId.isBlank()) {
      throw ApideckError.unauthorized("Missing Application ID (x-apideck-app-id header)");
    }
    if (!appId.equals(settings.appId())) {
      throw ApideckError.unauthorized("Unknown Application ID");
    }
    String consumerId = request.header("x-apideck-consumer-id");
    if (consumerId == null || consumerId.isBlank()) {
      throw ApideckError.unauthorized("Missing Consumer ID (x-apideck-consumer-id header)");
    }
    String serviceId = request.header("x-apideck-service-id");
    if (serviceId == null || serviceId.isBlank()) {
      serviceId = resource.defaultService();
    }
    boolean raw = flag(request.queryParam("raw"), "raw") || flag(request.header("x-apideck-raw"), "x-apideck-raw");
    String host = request.header("Host");
    String baseUrl = host == null || host.isBlank() ? DEFAULT_BASE_URL : scheme + "://" + host;
    return new Call(request, resource, consumerId, serviceId.trim(), raw, baseUrl);
  }

  private static boolean flag(String value, String name) {
    if (value == null || value.isEmpty() || "false".equalsIgnoreCase(value)) {
      return false;
    }
    if ("true".equalsIgnoreCase(value)) {
      return true;
    }
    throw ApideckError.badRequest(name + " must be true or false, got '" + value + "'");
  }

  private FakeResponse list(Call call, FakeRequest request) {
    ListQuery query = ListQuery.parse(request, call.resource());
    Projection projection = Projection.parse(request.queryParam("fields"));
    String scope = query.scope(call.consumerId(), call.serviceId(), call.resource().name());
    CursorCodec.Position from = query.cursor == null
        ? new CursorCodec.Position(CursorCodec.Mode.START, null, 0)
        : cursors.decode(scope, query.cursor);
    Pager.Page page = Pager.page(call.table(store).view(), query, from);

    ArrayNode data = FakeJson.array();
    for (RecordTable.Entry e : page.items()) {
      data.add(projection == null ? e.record() : projection.apply(e.record()));
    }
    ObjectNode body = envelope(call, 200, "all");
    body.set("data", data);
    String current = query.cursor != null ? query.cursor : cursors.encode(scope, from);
    String previous = page.previous() == null ? null : cursors.encode(scope, page.previous());
    String next = page.next() == null ? null : cursors.encode(scope, page.next());
    ObjectNode meta = body.putObject("meta");
    meta.put("items_on_page", data.size());
    ObjectNode metaCursors = meta.putObject("cursors");
    metaCursors.put("previous", previous);
    metaCursors.put("current", current);
    metaCursors.put("next", next);
    ObjectNode links = body.putObject("links");
    links.put("previous", previous == null ? null : link(call, previous));
    links.put("current", link(call, query.cursor));
    links.put("next", next == null ? null : link(call, next));
    addRaw(call, body, "GET", 200, data);
    return FakeResponse.json(200, body);
  }

  private FakeResponse create(Call call, FakeRequest request) {
    ResourceDef def = call.resource();
    ObjectNode record = BodyValidator.validate(request.json(), def.schema(), true);
    String now = Timestamps.format(settings.clock().instant());
    for (Schema.Field f : def.schema().fields().values()) {
      if (f.readOnly() && !record.has(f.name())) {
        record.set(f.name(), f.defaultValue() == null ? NullNode.getInstance() : f.defaultValue().deepCopy());
      }
    }
    stamp(call, record, now, true);
    def.derive().apply(record);
    RecordTable table = call.table(store);
    String id;
    if (def.clientIds() && record.hasNonNull("id")) {
      id = record.get("id").textValue();
      if (!table.insert(reorder(def, record))) {
        throw ApideckError.validation("Field 'id': a " + def.schema().name() + " with id '" + id + "' already exists");
      }
    } else {
      do {
        id = seeder.createdId(call.consumerId(), call.serviceId(), def.name(), table.nextCreateNumber());
        record.put("id", id);
      } while (!table.insert(reorder(def, record)));
    }
    webhooks.publish(def, "created", call.consumerId(), call.serviceId(), id, call.baseUrl());
    return FakeResponse.json(201, idEnvelope(call, 201, "add", id));
  }

  private FakeResponse get(Call call, FakeRequest request) {
    Projection projection = Projection.parse(request.queryParam("fields"));
    String id = request.pathParam("id");
    ObjectNode record = call.table(store).get(id);
    if (record == null) {
      throw ApideckError.notFound(call.resource().schema().name(), id);
    }
    ObjectNode body = envelope(call, 200, "one");
    JsonNode data = projection == null ? record : projection.apply(record);
    body.set("data", data);
    addRaw(call, body, "GET", 200, data);
    return FakeResponse.json(200, body);
  }

  private FakeResponse update(Call call, FakeRequest request) {
    ResourceDef def = call.resource();
    String id = request.pathParam("id");
    ObjectNode changes = BodyValidator.validate(request.json(), def.schema(), false);
    JsonNode newId = changes.get("id");
    if (newId != null && !(newId.isTextual() && newId.textValue().equals(id))) {
      throw ApideckError.validation("Field 'id' cannot be changed");
    }
    String now = Timestamps.format(settings.clock().instant());
    ObjectNode updated = call.table(store).update(id, record -> {
      Iterator<Map.Entry<String, JsonNode>> it = changes.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        record.set(e.getKey(), e.getValue());
      }
      stamp(call, record, now, false);
      def.derive().apply(record);
      ObjectNode ordered = reorder(def, record);
      record.removeAll();
      record.setAll(ordered);
    });
    if (updated == null) {
      throw ApideckError.notFound(def.schema().name(), id);
    }
    webhooks.publish(def, "updated", call.consumerId(), call.serviceId(), id, call.baseUrl());
    return FakeResponse.json(200, idEnvelope(call, 200, "update", id));
  }

  private FakeResponse delete(Call call, FakeRequest request) {
    String id = request.pathParam("id");
    if (call.table(store).delete(id) == null) {
      throw ApideckError.notFound(call.resource().schema().name(), id);
    }
    webhooks.publish(call.resource(), "deleted", call.consumerId(), call.serviceId(), id, call.baseUrl());
    return FakeResponse.json(200, idEnvelope(call, 200, "delete", id));
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  private void stamp(Call call, ObjectNode record, String now, boolean created) {
    Schema schema = call.resource().schema();
    if (created) {
      record.put("created_at", now);
      if (schema.field("created_by") != null) {
        record.put("created_by", actor(call));
      }
    }
    record.put("updated_at", now);
    if (schema.field("updated_by") != null) {
      record.put("updated_by", actor(call));
    }
  }

  /** The API user writes "as": the consumer's first seeded CRM user, or null when none are seeded. */
  private String actor(Call call) {
    return settings.seededRecordsPerResource() == 0 ? null : seeder.id(call.consumerId(), call.serviceId(), "users", 0);
  }

  /** The record with its fields in documented order (id first), unknown ones last. */
  private static ObjectNode reorder(ResourceDef def, ObjectNode record) {
    ObjectNode out = FakeJson.object();
    for (String name : def.schema().fields().keySet()) {
      if (record.has(name)) {
        out.set(name, record.get(name));
      }
    }
    record.fields().forEachRemaining(e -> {
      if (!out.has(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      }
    });
    return out;
  }

  private static ObjectNode envelope(Call call, int status, String operation) {
    ObjectNode body = FakeJson.object();
    body.put("status_code", status);
    body.put("status", ApideckError.reason(status));
    body.put("service", call.serviceId());
    body.put("resource", call.resource().envelopeResource());
    body.put("operation", operation);
    return body;
  }

  private ObjectNode idEnvelope(Call call, int status, String operation, String id) {
    ObjectNode body = envelope(call, status, operation);
    body.putObject("data").put("id", id);
    String method = switch (operation) {
      case "add" -> "POST";
      case "update" -> "PATCH";
      default -> "DELETE";
    };
    addRaw(call, body, method, status, body.get("data"));
    return body;
  }

  /**
   * {@code raw=true}: what the fake connector was sent and answered, including the
   * {@code pass_through[...]} query parameters forwarded downstream.
   */
  private static void addRaw(Call call, ObjectNode body, String method, int status, JsonNode data) {
    if (!call.raw()) {
      return;
    }
    ObjectNode raw = body.putObject("_raw");
    ObjectNode req = raw.putObject("request");
    req.put("service", call.serviceId());
    req.put("method", method);
    req.put("path", call.request().path());
    ObjectNode query = req.putObject("query");
    passThrough(call.request()).forEach(query::put);
    ObjectNode res = raw.putObject("response");
    res.put("status", status);
    res.set("body", data.deepCopy());
  }

  /** {@code pass_through[name]=value} query parameters, as {@code name=value}. */
  static Map<String, String> passThrough(FakeRequest request) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
      String name = e.getKey();
      if (name.startsWith("pass_through[") && name.endsWith("]") && !e.getValue().isEmpty()) {
        out.put(name.substring(13, name.length() - 1), e.getValue().get(0));
      }
    }
    return out;
  }

  /** The request's URL with {@code cursor} replaced (or removed when null). */
  private static String link(Call call, String cursor) {
    StringBuilder url = new StringBuilder(call.baseUrl()).append(call.request().path());
    char sep = '?';
    for (Map.Entry<String, List<String>> e : call.request().query().entrySet()) {
      if ("cursor".equals(e.getKey())) {
        continue;
      }
      for (String v : e.getValue()) {
        url.append(sep).append(encode(e.getKey())).append('=').append(encode(v));
        sep = '&';
      }
    }
    if (cursor != null) {
      url.append(sep).append("cursor=").append(encode(cursor));
    }
    return url.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
