package dev.unisdk.fakeserver.internal.ue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.ErrorFormat;
import dev.unisdk.fakeserver.internal.http.FakeApi;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeRequest;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import dev.unisdk.fakeserver.internal.http.ReasonPhrases;
import dev.unisdk.fakeserver.internal.http.Router;
import dev.unisdk.fakeserver.internal.http.Seeds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The UnificationEngine v2 fake under {@code /v2}: 11 POST endpoints with JSON object bodies, two
 * Basic credential levels (app: users; user: connections, addresses, messages), per-user connections,
 * and errors delivered in the body with HTTP 200 ({@code {"status":411,"info":"Connection not found"}})
 * as the real service does; bad credentials are HTTP 401. Thread-safe.
 */
public final class UnificationEngineFake implements FakeApi {
  /** Path prefix of the API. */
  public static final String PREFIX = "/v2";
  /** HTTP-level errors ({@code {"status":401,"info":"Unauthorized"}}). */
  public static final ErrorFormat ERRORS = (status, message) -> {
    ObjectNode body = FakeJson.object();
    body.put("status", status);
    body.put("info", ReasonPhrases.of(status));
    body.put("message", message);
    return FakeResponse.json(status, body);
  };

  static final int NO_RECEIVERS = 410;
  static final int CONNECTION_NOT_FOUND = 411;
  static final int CONNECTOR_NOT_FOUND = 413;
  static final int USER_NOT_FOUND = 414;
  static final int FEATURE_NOT_SUPPORTED = 415;
  static final int REQUEST_ERRORS = 505;
  static final int INTERNAL_ERROR = 1000;
  /** Recorded as the delivery address of a receiver without {@code address}: the connection's own account. */
  static final String ME = "me";

  private static final Map<Integer, String> INFO = Map.of(
      200, "OK", NO_RECEIVERS, "No receivers specified", CONNECTION_NOT_FOUND, "Connection not found",
      CONNECTOR_NOT_FOUND, "Connector not found", USER_NOT_FOUND, "User not found",
      FEATURE_NOT_SUPPORTED, "Feature not supported by connector", REQUEST_ERRORS, "Request contains errors",
      INTERNAL_ERROR, "Internal Error");

  private final UeSettings settings;
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final AtomicLong userSequence = new AtomicLong();
  private final AtomicLong messageSequence = new AtomicLong();
  private final Set<String> failingConnectors = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicLong> internalErrors = new ConcurrentHashMap<>();

  /** One user; its connections and sent messages are guarded by the user's monitor. */
  static final class User {
    final String key;
    final String secret;
    final long seq;
    final Map<String, Connection> connections = new LinkedHashMap<>();
    final List<ObjectNode> sent = new ArrayList<>();

    User(String key, String secret, long seq) {
      this.key = key;
      this.secret = secret;
      this.seq = seq;
    }
  }

  /** A named connection of a user. */
  record Connection(String name, String uri, UeUris.ConnectorUri parsed) {}

  /** An authenticated call: the user (null for app-level endpoints) and the JSON object body. */
  private record Call(User user, ObjectNode body) {}

  /** Creates the fake. */
  public UnificationEngineFake(UeSettings settings) {
    this.settings = settings;
  }

  @Override
  public void register(Router router) {
    app(router, "user/create", this::userCreate);
    app(router, "user/delete", this::userDelete);
    app(router, "user/list", this::userList);
    user(router, "connection/test", this::connectionTest);
    user(router, "connection/add", this::connectionAdd);
    user(router, "connection/info", this::connectionInfo);
    user(router, "connection/refresh", this::connectionRefresh);
    user(router, "connection/remove", this::connectionRemove);
    user(router, "connection/list", this::connectionList);
    user(router, "address/list", this::addressList);
    user(router, "message/send", this::messageSend);
  }

  @Override
  public void reset() {
    users.clear();
    userSequence.set(0);
    messageSequence.set(0);
    failingConnectors.clear();
    internalErrors.clear();
  }

  // ---- admin ------------------------------------------------------------------------------------

  /** The app key. */
  public String appKey() {
    return settings.appKey();
  }

  /** The app secret. */
  public String appSecret() {
    return settings.appSecret();
  }

  /** Creates a user as user/create does; returns {key, secret}. */
  public String[] createUser() {
    User u = newUser();
    return new String[] {u.key, u.secret};
  }

  /** Keys of all users, oldest first. */
  public List<String> userKeys() {
    return users.values().stream().sorted((a, b) -> Long.compare(a.seq, b.seq)).map(u -> u.key).toList();
  }

  /** Names of a user's connections in the order added (empty for an unknown user). */
  public List<String> connectionNames(String userKey) {
    User u = users.get(userKey);
    if (u == null) {
      return List.of();
    }
    synchronized (u) {
      return List.copyOf(u.connections.keySet());
    }
  }

  /** The messages a user sent successfully, one entry per connection, oldest first. */
  public List<ObjectNode> sentMessages(String userKey) {
    User u = users.get(userKey);
    if (u == null) {
      return List.of();
    }
    synchronized (u) {
      List<ObjectNode> out = new ArrayList<>();
      u.sent.forEach(m -> out.add(m.deepCopy()));
      return out;
    }
  }

  /** Makes every send through connections of this connector fail with 1000 Internal Error (until reset). */
  public void failConnector(String connector) {
    failingConnectors.add(connector);
  }

  /** Makes the next {@code times} calls of an endpoint (e.g. {@code user/create}) answer 1000 Internal Error. */
  public void failNextWithInternalError(String endpoint, int times) {
    internalErrors.computeIfAbsent(endpoint, k -> new AtomicLong()).addAndGet(times);
  }

  // ---- plumbing ---------------------------------------------------------------------------------

  private void app(Router router, String endpoint, Function<Call, ObjectNode> handler) {
    router.add("POST", PREFIX + "/" + endpoint, "ue." + endpoint.replace('/', '.'), request -> {
      String[] credentials = basic(request);
      if (credentials == null || !secretEquals(credentials[0], settings.appKey())
          || !secretEquals(credentials[1], settings.appSecret())) {
        return ERRORS.error(401, "Invalid app credentials");
      }
      return answer(endpoint, request, null, handler);
    });
  }

  private void user(Router router, String endpoint, Function<Call, ObjectNode> handler) {
    router.add("POST", PREFIX + "/" + endpoint, "ue." + endpoint.replace('/', '.'), request -> {
      String[] credentials = basic(request);
      User user = credentials == null ? null : users.get(credentials[0]);
      if (user == null || !secretEquals(credentials[1], user.secret)) {
        return ERRORS.error(401, "Invalid user credentials");
      }
      return answer(endpoint, request, user, handler);
    });
  }

  private FakeResponse answer(String endpoint, FakeRequest request, User user,
      Function<Call, ObjectNode> handler) {
    JsonNode body;
    try {
      body = request.json();
    } catch (FakeJson.MalformedJsonException e) {
      return FakeResponse.json(200, status(REQUEST_ERRORS));
    }
    if (!body.isObject()) {
      return FakeResponse.json(200, status(REQUEST_ERRORS));
    }
    AtomicLong failures = internalErrors.get(endpoint);
    if (failures != null && failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
      return FakeResponse.json(200, status(INTERNAL_ERROR));
    }
    return FakeResponse.json(200, handler.apply(new Call(user, (ObjectNode) body)));
  }

  private static String[] basic(FakeRequest request) {
    String auth = request.header("authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean secretEquals(String given, String expected) {
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  static ObjectNode status(int code) {
    ObjectNode node = FakeJson.object();
    node.put("status", code);
    node.put("info", INFO.getOrDefault(code, "Error"));
    return node;
  }

  private static String text(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    return v != null && v.isTextual() && !v.asText().isEmpty() ? v.asText() : null;
  }

  private User newUser() {
    long seq = userSequence.incrementAndGet();
    long base = Seeds.derive(settings.seed(), "ue-users");
    String key = new UUID(Seeds.nth(base, 4 * seq), Seeds.nth(base, 4 * seq + 1)).toString();
    String secret = new UUID(Seeds.nth(base, 4 * seq + 2), Seeds.nth(base, 4 * seq + 3)).toString();
    User user = new User(key, secret, seq);
    users.put(key, user);
    return user;
  }

  // ---- users ------------------------------------------------------------------------------------

  private ObjectNode userCreate(Call call) {
    User user = newUser();
    ObjectNode out = status(200);
    out.put("uri", "user://" + user.key + ":" + user.secret + "@");
    return out;
  }

  private ObjectNode userDelete(Call call) {
    if (!call.body().hasNonNull("uri")) {
      return status(USER_NOT_FOUND); // no user named: the documented "not found", not a required-field error
    }
    String uri = text(call.body(), "uri");
    UeUris.UserUri parsed = uri == null ? null : UeUris.user(uri);
    if (parsed == null) {
      return status(REQUEST_ERRORS);
    }
    User user = users.get(parsed.key());
    if (user == null || (parsed.secret() != null && !secretEquals(parsed.secret(), user.secret))) {
      return status(USER_NOT_FOUND);
    }
    return users.remove(parsed.key(), user) ? status(200) : status(USER_NOT_FOUND);
  }

  private ObjectNode userList(Call call) {
    ObjectNode out = status(200);
    ArrayNode list = out.putArray("users");
    for (String key : userKeys()) {
      list.addObject().put("uri", "user://" + key + "@");
    }
    return out;
  }

  // ---- connections ------------------------------------------------------------------------------

  private ObjectNode connectionTest(Call call) {
    String uri = text(call.body(), "uri");
    if (uri == null) {
      return status(CONNECTOR_NOT_FOUND); // the document lists 413 only; no URI names no connector
    }
    String name = UeUris.unifiedName(uri);
    if (name != null) {
      return find(call.user(), name) == null ? status(CONNECTION_NOT_FOUND) : status(200);
    }
    UeUris.ConnectorUri parsed = UeUris.connector(uri);
    if (parsed == null) {
      return status(REQUEST_ERRORS);
    }
    return Connectors.ALL.containsKey(parsed.connector()) ? status(200) : status(CONNECTOR_NOT_FOUND);
  }

  private ObjectNode connectionAdd(Call call) {
    String uri = text(call.body(), "uri");
    if (uri == null) {
      return status(CONNECTOR_NOT_FOUND); // the document lists 413 and 1000 only; no URI names no connector
    }
    UeUris.ConnectorUri parsed = UeUris.connector(uri);
    if (parsed == null) {
      return status(REQUEST_ERRORS);
    }
    if (!Connectors.ALL.containsKey(parsed.connector())) {
      return status(CONNECTOR_NOT_FOUND);
    }
    // the document does not require a name; without one the connection is named after its connector
    // (as in the document's example: uri facebook://..., name "facebook")
    String name = text(call.body(), "name");
    if (name == null) {
      name = parsed.connector();
    } else if (!UeUris.validName(name)) {
      return status(REQUEST_ERRORS);
    }
    User user = call.user();
    synchronized (user) {
      user.connections.put(name, new Connection(name, uri, parsed));
    }
    return status(200);
  }

  private ObjectNode connectionInfo(Call call) {
    Connection c = byUnifiedUri(call);
    if (c == null) {
      return status(CONNECTION_NOT_FOUND);
    }
    Connectors.Connector connector = Connectors.ALL.get(c.parsed().connector());
    SplittableRandom rnd = new SplittableRandom(Seeds.derive(settings.seed(), c.uri()));
    ObjectNode out = status(200);
    out.putArray("connectors").addObject()
        .put("connector", connector.name())
        .put("displayName", connector.displayName())
        .put("loginName", connector.name() + ".user" + (1000 + rnd.nextInt(9000)))
        .put("userImage", "https://" + connector.host() + "/avatars/" + Long.toHexString(rnd.nextLong()) + ".png");
    return out;
  }

  private ObjectNode connectionRefresh(Call call) {
    return byUnifiedUri(call) == null ? status(CONNECTION_NOT_FOUND) : status(200);
  }

  private ObjectNode connectionRemove(Call call) {
    String name = text(call.body(), "name");
    if (name == null) {
      return status(CONNECTION_NOT_FOUND); // the document lists 411 and 1000 only
    }
    User user = call.user();
    synchronized (user) {
      return user.connections.remove(name) == null ? status(CONNECTION_NOT_FOUND) : status(200);
    }
  }

  private ObjectNode connectionList(Call call) {
    ObjectNode out = status(200);
    ObjectNode map = out.putObject("connections");
    User user = call.user();
    synchronized (user) {
      user.connections.values().forEach(c -> map.putObject(c.name()).put("uri", c.uri()));
    }
    return out;
  }

  private ObjectNode addressList(Call call) {
    String uri = text(call.body(), "uri");
    String name = uri != null ? UeUris.unifiedName(uri) : text(call.body(), "name");
    if (name == null) {
      return status(CONNECTION_NOT_FOUND); // the document lists 411 only
    }
    Connection c = find(call.user(), name);
    if (c == null) {
      return status(CONNECTION_NOT_FOUND);
    }
    Connectors.Connector connector = Connectors.ALL.get(c.parsed().connector());
    SplittableRandom rnd = new SplittableRandom(Seeds.derive(settings.seed(), c.uri(), "addresses"));
    String[] names = {"Ada Lovelace", "Alan Turing", "Grace Hopper", "Linus Torvalds", "Margaret Hamilton"};
    ObjectNode out = status(200);
    ArrayNode list = out.putArray("addresses");
    for (String person : names) {
      String handle = person.toLowerCase(Locale.ROOT).replace(' ', '.') + rnd.nextInt(100);
      list.addObject()
          .put("connector", connector.name())
          .put("name", person)
          .put("address", handle + "@" + connector.host())
          .put("userImage", "https://" + connector.host() + "/avatars/" + handle + ".png")
          .put("type", "person");
    }
    return out;
  }

  // ---- messages ---------------------------------------------------------------------------------

  private ObjectNode messageSend(Call call) {
    JsonNode message = call.body().get("message");
    if (message == null || message.isNull()) {
      return status(NO_RECEIVERS); // no message, so no receivers: the document's 410
    }
    if (!message.isObject()) {
      return status(REQUEST_ERRORS);
    }
    JsonNode receivers = message.get("receivers");
    if (receivers == null || receivers.isNull() || (receivers.isArray() && receivers.isEmpty())) {
      return status(NO_RECEIVERS);
    }
    if (!receivers.isArray()) {
      return status(REQUEST_ERRORS);
    }
    String defaultName = null;
    for (JsonNode uriNode : new JsonNode[] {message.get("uri"), call.body().get("uri")}) {
      if (defaultName == null && uriNode != null && uriNode.isTextual()) {
        defaultName = UeUris.unifiedName(uriNode.asText());
      }
    }
    Map<String, List<JsonNode>> byConnection = new LinkedHashMap<>();
    for (JsonNode receiver : receivers) {
      // the document requires no receiver field: without an address the message goes to the
      // connection's own account ("me", as UnificationEngine's own SDK sends it: {"name":"Me","Connector":..})
      if (!receiver.isObject() || !validAddress(receiver.get("address"))) {
        return status(REQUEST_ERRORS);
      }
      JsonNode connectorField = receiver.get("Connector");
      String name = connectorField != null && connectorField.isTextual() && !connectorField.asText().isEmpty()
          ? connectorField.asText() : defaultName;
      if (name == null) {
        return status(CONNECTION_NOT_FOUND); // no connection named, by the receiver or the message uri
      }
      byConnection.computeIfAbsent(name, k -> new ArrayList<>()).add(receiver);
    }

    ObjectNode perConnection = FakeJson.object();
    ArrayNode uris = FakeJson.array();
    int firstFailure = 0;
    boolean anySuccess = false;
    User user = call.user();
    for (Map.Entry<String, List<JsonNode>> entry : byConnection.entrySet()) {
      Connection c = find(user, entry.getKey());
      int code;
      if (c == null) {
        code = CONNECTION_NOT_FOUND;
      } else if (!Connectors.ALL.get(c.parsed().connector()).canSend()) {
        code = FEATURE_NOT_SUPPORTED;
      } else if (failingConnectors.contains(c.parsed().connector())) {
        code = INTERNAL_ERROR;
      } else {
        code = 200;
      }
      perConnection.set(entry.getKey(), status(code));
      if (code != 200) {
        firstFailure = firstFailure == 0 ? code : firstFailure;
        continue;
      }
      anySuccess = true;
      ArrayNode sentUris = FakeJson.array();
      ArrayNode deliveredTo = FakeJson.array();
      for (JsonNode receiver : entry.getValue()) {
        JsonNode address = receiver.get("address");
        deliveredTo.add(address == null || address.isNull() || address.asText().isEmpty() ? ME : address.asText());
        String id = Long.toString(Seeds.nth(Seeds.derive(settings.seed(), "ue-messages"),
            messageSequence.incrementAndGet()) & Long.MAX_VALUE);
        String sentUri = c.parsed().connector() + "://" + c.parsed().host() + "/" + id;
        uris.add(sentUri);
        sentUris.add(sentUri);
      }
      ObjectNode record = FakeJson.object();
      record.put("connection", c.name());
      record.put("connector", c.parsed().connector());
      record.set("message", message.deepCopy());
      record.set("receivers", FakeJson.mapper().valueToTree(entry.getValue()));
      record.set("URIs", sentUris);
      record.set("delivered_to", deliveredTo);
      record.put("sent_at", settings.clock().instant().toString());
      synchronized (user) {
        user.sent.add(record);
      }
    }
    ObjectNode out = status(anySuccess ? 200 : firstFailure);
    out.set("Status", perConnection);
    out.set("URIs", uris);
    return out;
  }

  /** Absent, null or a scalar (a page id may come as a number); objects and arrays are malformed. */
  private static boolean validAddress(JsonNode address) {
    return address == null || address.isNull() || address.isValueNode();
  }

  private Connection byUnifiedUri(Call call) {
    String uri = text(call.body(), "uri");
    String name = uri == null ? null : UeUris.unifiedName(uri);
    return name == null ? null : find(call.user(), name);
  }

  private static Connection find(User user, String name) {
    synchronized (user) {
      return user.connections.get(name);
    }
  }
}
