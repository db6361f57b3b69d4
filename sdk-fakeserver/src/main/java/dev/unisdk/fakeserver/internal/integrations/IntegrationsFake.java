package dev.unisdk.fakeserver.internal.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.ErrorFormat;
import dev.unisdk.fakeserver.internal.http.FakeApi;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeRequest;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import dev.unisdk.fakeserver.internal.http.Handler;
import dev.unisdk.fakeserver.internal.http.ReasonPhrases;
import dev.unisdk.fakeserver.internal.http.Router;
import dev.unisdk.fakeserver.internal.http.Seeds;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Integrations (Liza over Unified.to) fake under {@code /api/v1/integrations}: catalogue,
 * connect/callback flow, connections, seeded data with limit/offset/query/updated_gte, passthrough echo,
 * Bearer auth and a per-token sliding-window rate limit. Thread-safe.
 */
public final class IntegrationsFake implements FakeApi {
  /** Path prefix of the API. */
  public static final String PREFIX = "/api/v1/integrations";
  /** Path prefix of the fake's authorization page (the {@code url} of a connect answer). */
  public static final String AUTHORIZE_PATH = "/__fake/integrations/authorize";
  /** Error body: {@code {"status":400,"error":"Bad Request","message":"..."}}. */
  public static final ErrorFormat ERRORS = (status, message) -> {
    ObjectNode body = FakeJson.object();
    body.put("status", status);
    body.put("error", ReasonPhrases.of(status));
    body.put("message", message);
    return FakeResponse.json(status, body);
  };

  private static final Set<String> PASSTHROUGH_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_LIMIT = 100;

  private final IntegrationsSettings settings;
  private final SlidingWindowRateLimiter limiter;
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final Map<String, Connection> connections = new ConcurrentHashMap<>();
  private final Map<String, List<ObjectNode>> data = new ConcurrentHashMap<>();
  private final Set<String> unsupported = ConcurrentHashMap.newKeySet();
  private final AtomicLong sequence = new AtomicLong();

  /** A connection; replaced, never mutated. */
  record Connection(String id, long seq, String integrationType, List<String> categories, String externalXref,
      List<String> scopes, String redirectUrl, boolean active, Instant createdAt, Instant updatedAt) {
    Connection activated(Instant at) {
      return new Connection(id, seq, integrationType, categories, externalXref, scopes, redirectUrl, true,
          createdAt, at);
    }
  }

  /** Creates the fake. */
  public IntegrationsFake(IntegrationsSettings settings) {
    this.settings = settings;
    this.limiter = new SlidingWindowRateLimiter(settings.rateLimitPerMinute(), Duration.ofMinutes(1), settings.clock());
    tokens.add(settings.token());
  }

  @Override
  public void register(Router router) {
    router.add("GET", PREFIX, "integrations.list", guarded(r -> listIntegrations()));
    router.add("GET", PREFIX + "/connections", "integrations.connections.list", guarded(r -> listConnections()));
    router.add("POST", PREFIX + "/connect", "integrations.connect", guarded(this::connect));
    router.add("POST", PREFIX + "/callback", "integrations.callback", guarded(this::callback));
    router.add("GET", PREFIX + "/connections/{connectionId}", "integrations.connections.get",
        guarded(this::getConnection));
    router.add("DELETE", PREFIX + "/connections/{connectionId}", "integrations.connections.delete",
        guarded(this::deleteConnection));
    router.add("POST", PREFIX + "/{connectionId}/passthrough", "integrations.passthrough", guarded(this::passthrough));
    router.add("GET", PREFIX + "/{connectionId}/{category}/{objectType}", "integrations.data.list",
        guarded(this::listData));
    router.add("GET", AUTHORIZE_PATH, "integrations.authorize", this::authorizePage);
  }

  @Override
  public void reset() {
    connections.clear();
    data.clear();
    unsupported.clear();
    sequence.set(0);
    limiter.reset();
    tokens.clear();
    tokens.add(settings.token());
  }

  // ---- admin ------------------------------------------------------------------------------------

  /** Accepts another Bearer token (its own rate-limit window, same workspace). */
  public void addToken(String token) {
    tokens.add(token);
  }

  /** The configured token. */
  public String token() {
    return settings.token();
  }

  /** Requests per token per sliding minute. */
  public int rateLimitPerMinute() {
    return settings.rateLimitPerMinute();
  }

  /** Creates an already active connection (no OAuth round trip); returns its id. */
  public String createActiveConnection(String integrationType, List<String> categories) {
    Catalogue.Integration integration = Catalogue.INTEGRATIONS.get(integrationType);
    if (integration == null) {
      throw new IllegalArgumentException("unknown integration type " + integrationType);
    }
    for (String c : categories) {
      if (!integration.categories().contains(c)) {
        throw new IllegalArgumentException(integrationType + " does not support category " + c);
      }
    }
    Connection c = newConnection(integrationType, List.copyOf(categories), null, List.of(), null)
        .activated(settings.clock().instant());
    connections.put(c.id(), c);
    return c.id();
  }

  /** Makes {@code integrationType} answer 405 for this object type. */
  public void markUnsupported(String integrationType, String category, String objectType) {
    unsupported.add(integrationType + "/" + category + "/" + objectType);
  }

  /** Ids of all connections (pending and active), oldest first. */
  public List<String> connectionIds() {
    return connections.values().stream().sorted(Comparator.comparingLong(Connection::seq))
        .map(Connection::id).toList();
  }

  /** True when the connection exists and has been finalized. */
  public boolean isActive(String connectionId) {
    Connection c = connections.get(connectionId);
    return c != null && c.active();
  }

  // ---- handlers ---------------------------------------------------------------------------------

  private Handler guarded(Handler handler) {
    return request -> {
      String auth = request.header("authorization");
      String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
      if (token == null || !tokens.contains(token)) {
        return ERRORS.error(401, "Missing or invalid Bearer token");
      }
      Duration wait = limiter.tryAcquire(token);
      if (wait != null) {
        return ERRORS.error(429, "Rate limit of " + settings.rateLimitPerMinute() + " requests per minute exceeded")
            .withHeader("Retry-After", Long.toString(wait.getSeconds()));
      }
      return handler.handle(request);
    };
  }

  private FakeResponse listIntegrations() {
    ArrayNode out = FakeJson.array();
    for (Catalogue.Integration integration : Catalogue.INTEGRATIONS.values()) {
      out.add(Catalogue.toJson(integration));
    }
    return FakeResponse.json(200, out);
  }

  private FakeResponse listConnections() {
    ArrayNode out = FakeJson.array();
    connections.values().stream().filter(Connection::active)
        .sorted(Comparator.comparingLong(Connection::seq)).forEach(c -> out.add(toJson(c)));
    return FakeResponse.json(200, out);
  }

  private FakeResponse connect(FakeRequest request) {
    JsonNode body = request.json();
    if (!body.isObject()) {
      return ERRORS.error(400, "Body must be a JSON object");
    }
    JsonNode type = body.get("integration_type");
    if (type == null || !type.isTextual() || type.asText().isBlank()) {
      return ERRORS.error(400, "integration_type is required");
    }
    Catalogue.Integration integration = Catalogue.INTEGRATIONS.get(type.asText());
    if (integration == null) {
      return ERRORS.error(400, "Unknown integration_type '" + type.asText() + "'");
    }
    JsonNode categoriesNode = body.get("categories");
    if (categoriesNode == null || !categoriesNode.isArray() || categoriesNode.isEmpty()) {
      return ERRORS.error(400, "categories must be a non-empty array");
    }
    List<String> categories = new ArrayList<>();
    for (JsonNode c : categoriesNode) {
      if (!c.isTextual() || !Catalogue.CATEGORIES.contains(c.asText())) {
        return ERRORS.error(400, "categories: '" + c.asText() + "' is not one of " + Catalogue.CATEGORIES);
      }
      if (!integration.categories().contains(c.asText())) {
        return ERRORS.error(400, "categories: " + integration.type() + " does not support '" + c.asText() + "'");
      }
      if (!categories.contains(c.asText())) {
        categories.add(c.asText());
      }
    }
    String redirectUrl = null;
    JsonNode redirect = body.get("redirect_url");
    if (redirect != null && !redirect.isNull()) {
      if (!redirect.isTextual() || !isHttpUrl(redirect.asText())) {
        return ERRORS.error(400, "redirect_url must be an absolute http(s) URL");
      }
      redirectUrl = redirect.asText();
    }
    String externalXref = null;
    JsonNode xref = body.get("external_xref");
    if (xref != null && !xref.isNull()) {
      if (!xref.isTextual()) {
        return ERRORS.error(400, "external_xref must be a string");
      }
      externalXref = xref.asText();
    }
    List<String> scopes = new ArrayList<>();
    JsonNode scopesNode = body.get("scopes");
    if (scopesNode != null && !scopesNode.isNull()) {
      if (!scopesNode.isArray()) {
        return ERRORS.error(400, "scopes must be an array of strings");
      }
      for (JsonNode s : scopesNode) {
        if (!s.isTextual()) {
          return ERRORS.error(400, "scopes must be an array of strings");
        }
        scopes.add(s.asText());
      }
    }
    Connection pending = newConnection(integration.type(), List.copyOf(categories), externalXref,
        List.copyOf(scopes), redirectUrl);
    connections.put(pending.id(), pending);
    StringBuilder url = new StringBuilder(settings.baseUrl().get()).append(AUTHORIZE_PATH)
        .append("?connection_id=").append(encode(pending.id()))
        .append("&integration_type=").append(encode(integration.type()));
    if (redirectUrl != null) {
      url.append("&redirect_url=").append(encode(redirectUrl));
    }
    ObjectNode out = FakeJson.object();
    out.put("url", url.toString());
    out.put("connection_id", pending.id());
    return FakeResponse.json(200, out);
  }

  private FakeResponse callback(FakeRequest request) {
    JsonNode body = request.json();
    JsonNode id = body.get("connection_id");
    if (!body.isObject() || id == null || !id.isTextual() || id.asText().isBlank()) {
      return ERRORS.error(400, "connection_id is required");
    }
    Connection activated = connections.computeIfPresent(id.asText(),
        (k, c) -> c.active() ? c : c.activated(settings.clock().instant()));
    if (activated == null) {
      return ERRORS.error(404, "Connection '" + id.asText() + "' not found");
    }
    return FakeResponse.json(200, toJson(activated));
  }

  private FakeResponse getConnection(FakeRequest request) {
    Connection c = connections.get(request.pathParam("connectionId"));
    return c == null ? notFound(request.pathParam("connectionId")) : FakeResponse.json(200, toJson(c));
  }

  private FakeResponse deleteConnection(FakeRequest request) {
    String id = request.pathParam("connectionId");
    Connection removed = connections.remove(id);
    if (removed == null) {
      return notFound(id);
    }
    data.keySet().removeIf(k -> k.startsWith(id + "/"));
    // the conventions document: the API "returns JSON content in all of its responses"
    ObjectNode out = FakeJson.object();
    out.put("id", id);
    out.put("deleted", true);
    return FakeResponse.json(200, out);
  }

  private FakeResponse passthrough(FakeRequest request) {
    String id = request.pathParam("connectionId");
    Connection c = connections.get(id);
    if (c == null) {
      return notFound(id);
    }
    if (!c.active()) {
      return pending(id);
    }
    JsonNode body = request.json();
    if (!body.isObject()) {
      return ERRORS.error(400, "Body must be a JSON object");
    }
    JsonNode method = body.get("method");
    if (method == null || !method.isTextual() || !PASSTHROUGH_METHODS.contains(method.asText())) {
      return ERRORS.error(400, "method must be one of GET, POST, PUT, PATCH, DELETE");
    }
    JsonNode path = body.get("path");
    if (path == null || !path.isTextual() || !isValidPassthroughPath(path.asText())) {
      return ERRORS.error(400, "path must be a path on the third-party system starting with '/'");
    }
    JsonNode payload = body.get("data");
    if (payload != null && !payload.isNull() && !payload.isObject()) {
      return ERRORS.error(400, "data must be an object or null");
    }
    ObjectNode echo = FakeJson.object();
    echo.put("method", method.asText());
    echo.put("path", path.asText());
    echo.set("data", payload == null ? FakeJson.mapper().nullNode() : payload);
    echo.put("integration_type", c.integrationType());
    echo.put("connection_id", c.id());
    return FakeResponse.json(200, echo);
  }

  private FakeResponse listData(FakeRequest request) {
    String id = request.pathParam("connectionId");
    String category = request.pathParam("category");
    String objectType = request.pathParam("objectType");
    Connection c = connections.get(id);
    if (c == null) {
      return notFound(id);
    }
    if (!c.active()) {
      return pending(id);
    }
    if (!Catalogue.CATEGORIES.contains(category)) {
      return ERRORS.error(400, "Unknown category '" + category + "'; one of " + Catalogue.CATEGORIES);
    }
    if (!c.categories().contains(category)) {
      return ERRORS.error(405, "Category '" + category + "' is not activated for connection " + id);
    }
    Catalogue.Integration integration = Catalogue.INTEGRATIONS.get(c.integrationType());
    if (!integration.supports(category, objectType)
        || unsupported.contains(c.integrationType() + "/" + category + "/" + objectType)) {
      return ERRORS.error(405, c.integrationType() + " does not support " + category + "/" + objectType);
    }
    int limit;
    int offset;
    Instant updatedGte;
    try {
      limit = intParam(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
      offset = intParam(request, "offset", 0, 0, Integer.MAX_VALUE);
      updatedGte = instantParam(request.queryParam("updated_gte"));
    } catch (IllegalArgumentException e) {
      return ERRORS.error(400, e.getMessage());
    }
    String query = request.queryParam("query");
    String needle = query == null || query.isEmpty() ? null : query.toLowerCase(Locale.ROOT);
    List<ObjectNode> records = data.computeIfAbsent(id + "/" + category + "/" + objectType,
        k -> RecordGenerator.generate(settings.seed(), id, category, objectType, settings.recordsPerObjectType()));
    ArrayNode page = FakeJson.array();
    int matched = 0;
    for (ObjectNode record : records) {
      if (updatedGte != null && Instant.parse(record.get("updated_at").asText()).isBefore(updatedGte)) {
        continue;
      }
      if (needle != null && !matchesQuery(record, needle)) {
        continue;
      }
      if (matched++ < offset) {
        continue;
      }
      page.add(record);
      if (page.size() == limit) {
        break;
      }
    }
    return FakeResponse.json(200, page);
  }

  private FakeResponse authorizePage(FakeRequest request) {
    String id = request.queryParam("connection_id");
    Connection c = id == null ? null : connections.get(id);
    if (c == null) {
      return ERRORS.error(404, "Unknown connection_id");
    }
    if (c.redirectUrl() != null) {
      String sep = c.redirectUrl().contains("?") ? "&" : "?";
      return FakeResponse.empty(302)
          .withHeader("Location", c.redirectUrl() + sep + "connection_id=" + encode(c.id()));
    }
    ObjectNode out = FakeJson.object();
    out.put("connection_id", c.id());
    out.put("integration_type", c.integrationType());
    out.put("next", "POST " + PREFIX + "/callback {\"connection_id\": \"" + c.id() + "\"}");
    return FakeResponse.json(200, out);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private Connection newConnection(String type, List<String> categories, String xref, List<String> scopes,
      String redirectUrl) {
    long seq = sequence.incrementAndGet();
    String id = String.format(Locale.ROOT, "conn_%016x", Seeds.nth(Seeds.derive(settings.seed(), "connections"), seq));
    Instant now = settings.clock().instant();
    return new Connection(id, seq, type, categories, xref, scopes, redirectUrl, false, now, now);
  }

  private static ObjectNode toJson(Connection c) {
    ObjectNode node = FakeJson.object();
    node.put("id", c.id());
    node.put("integration_type", c.integrationType());
    node.put("integration_name", Catalogue.INTEGRATIONS.get(c.integrationType()).name());
    ArrayNode categories = node.putArray("categories");
    c.categories().forEach(categories::add);
    if (c.externalXref() != null) {
      node.put("external_xref", c.externalXref());
    }
    ArrayNode permissions = node.putArray("permissions");
    c.scopes().forEach(permissions::add);
    node.put("status", c.active() ? "active" : "pending");
    node.put("is_paused", false);
    node.put("environment", "Production");
    node.put("created_at", c.createdAt().toString());
    node.put("updated_at", c.updatedAt().toString());
    return node;
  }

  private static FakeResponse notFound(String id) {
    return ERRORS.error(404, "Connection '" + id + "' not found");
  }

  private static FakeResponse pending(String id) {
    return ERRORS.error(400, "Connection '" + id + "' is pending; finalize it with POST " + PREFIX + "/callback");
  }

  private static int intParam(FakeRequest request, String name, int dflt, int min, int max) {
    String raw = request.queryParam(name);
    if (raw == null) {
      return dflt;
    }
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was '" + raw + "'");
    }
  }

  /** ISO-8601: an instant with offset, a local date-time (UTC) or a date (start of day UTC). */
  static Instant instantParam(String raw) {
    if (raw == null) {
      return null;
    }
    String v = raw.trim();
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeException e1) {
      try {
        return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e2) {
        try {
          return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e3) {
          throw new IllegalArgumentException("updated_gte must be an ISO-8601 date-time, was '" + raw + "'");
        }
      }
    }
  }

  /** Case-insensitive substring match over the record's values, except id and timestamps. */
  private static boolean matchesQuery(ObjectNode record, String needle) {
    for (Map.Entry<String, JsonNode> field : record.properties()) {
      String key = field.getKey();
      if (!key.equals("id") && !key.equals("created_at") && !key.equals("updated_at")
          && containsText(field.getValue(), needle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsText(JsonNode node, String needle) {
    if (node.isTextual()) {
      return node.asText().toLowerCase(Locale.ROOT).contains(needle);
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (containsText(child, needle)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isHttpUrl(String s) {
    try {
      URI uri = new URI(s);
      return uri.isAbsolute() && uri.getHost() != null
          && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isValidPassthroughPath(String p) {
    if (!p.startsWith("/") || p.startsWith("//") || p.length() > 2048) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch <= ' ' || ch == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
