package dev.unisdk.fakeserver.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.Fault;
import dev.unisdk.fakeserver.Faults;
import dev.unisdk.fakeserver.RecordedRequest;
import dev.unisdk.fakeserver.RecordedRequests;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeRequest;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import dev.unisdk.fakeserver.internal.http.Router;
import java.util.List;

/**
 * The standalone admin endpoints under {@code /__admin}: {@code POST /__admin/reset};
 * {@code POST|GET|DELETE /__admin/faults}; {@code GET|DELETE /__admin/requests}. Admin requests are
 * neither recorded nor faulted.
 */
public final class AdminApi {
  private final Router router = new Router();
  private final Runnable reset;
  private final Faults faults;
  private final RecordedRequests requests;

  /** Creates the admin endpoints over the server's reset action, fault queue and request log. */
  public AdminApi(Runnable reset, Faults faults, RecordedRequests requests) {
    this.reset = reset;
    this.faults = faults;
    this.requests = requests;
    router.add("POST", "/__admin/reset", "admin.reset", r -> resetAll());
    router.add("POST", "/__admin/faults", "admin.faults.add", this::addFault);
    router.add("GET", "/__admin/faults", "admin.faults.list", r -> listFaults());
    router.add("DELETE", "/__admin/faults", "admin.faults.clear", r -> {
      faults.clear();
      return listFaults();
    });
    router.add("GET", "/__admin/requests", "admin.requests.list", this::listRequests);
    router.add("DELETE", "/__admin/requests", "admin.requests.clear", r -> {
      requests.clear();
      return FakeResponse.json(200, FakeJson.object().put("total", 0));
    });
  }

  /** Answers an admin request. */
  public FakeResponse handle(FakeRequest request) {
    Router.Match match = router.match(request.method(), request.segments());
    if (match == null) {
      List<String> allowed = router.allowedMethods(request.segments());
      return allowed.isEmpty()
          ? ErrorFormats.GENERIC.error(404, "No admin endpoint " + request.path())
          : ErrorFormats.GENERIC.error(405, "Method " + request.method() + " is not allowed on " + request.path())
              .withHeader("Allow", String.join(", ", allowed));
    }
    return match.handler().handle(request.withPathParams(match.params()));
  }

  private FakeResponse resetAll() {
    reset.run();
    return FakeResponse.json(200, FakeJson.object().put("reset", true));
  }

  private FakeResponse addFault(FakeRequest request) {
    JsonNode body;
    try {
      body = request.json();
    } catch (FakeJson.MalformedJsonException e) {
      return ErrorFormats.GENERIC.error(400, e.getMessage());
    }
    if (!body.isObject() || !body.path("fault").isTextual()) {
      return ErrorFormats.GENERIC.error(400,
          "body must be {\"fault\": \"status=503;retry-after=2\", \"times\": 1, \"method\": \"GET\", \"path_prefix\": \"/crm\"}");
    }
    Fault fault;
    try {
      fault = Fault.parse(body.get("fault").textValue());
      if (body.has("times")) {
        if (!body.get("times").canConvertToInt()) {
          throw new IllegalArgumentException("times must be an integer");
        }
        fault = fault.times(body.get("times").intValue());
      }
      if (body.path("method").isTextual()) {
        fault = fault.forMethod(body.get("method").textValue());
      }
      if (body.path("path_prefix").isTextual()) {
        fault = fault.forPathPrefix(body.get("path_prefix").textValue());
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      return ErrorFormats.GENERIC.error(400, e.getMessage());
    }
    faults.add(fault);
    ObjectNode out = FakeJson.object();
    out.put("queued", fault.toString());
    out.put("pending", faults.pending());
    return FakeResponse.json(201, out);
  }

  private FakeResponse listFaults() {
    ObjectNode out = FakeJson.object();
    ArrayNode list = out.putArray("faults");
    for (Fault f : faults.list()) {
      list.add(f.toString());
    }
    out.put("pending", faults.pending());
    return FakeResponse.json(200, out);
  }

  private FakeResponse listRequests(FakeRequest request) {
    String operation = request.queryParam("operation");
    List<RecordedRequest> list = operation == null ? requests.all() : requests.of(operation);
    ObjectNode out = FakeJson.object();
    out.put("total", requests.total());
    if (operation != null) {
      out.put("count", requests.count(operation));
    }
    ArrayNode items = out.putArray("requests");
    for (RecordedRequest r : list) {
      ObjectNode item = items.addObject();
      item.put("request_id", r.requestId());
      item.put("method", r.method());
      item.put("path", r.path());
      item.set("query", FakeJson.mapper().valueToTree(r.query()));
      item.set("headers", FakeJson.mapper().valueToTree(r.headers()));
      item.put("body", r.body());
      item.put("operation", r.operation());
      item.put("received_at", r.receivedAt().toString());
    }
    return FakeResponse.json(200, out);
  }
}
