package dev.unisdk.fakeserver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.FakeApi;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import dev.unisdk.fakeserver.internal.http.FakeRequest;
import dev.unisdk.fakeserver.internal.http.FakeResponse;
import dev.unisdk.fakeserver.internal.http.HttpServer;
import dev.unisdk.fakeserver.internal.http.Router;
import dev.unisdk.fakeserver.internal.server.AdminApi;
import dev.unisdk.fakeserver.internal.server.ApiMount;
import dev.unisdk.fakeserver.internal.server.Dispatcher;
import dev.unisdk.fakeserver.internal.server.ErrorFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/** A server with echo routes under /echo (Apideck error format under /crm), for server-level tests. */
final class EchoServer implements AutoCloseable {
  final Faults faults = new Faults();
  final RecordedRequests requests = new RecordedRequests();
  final HttpServer http;

  EchoServer() throws IOException {
    this(HttpServer.Settings.defaults());
  }

  EchoServer(HttpServer.Settings settings) throws IOException {
    Router router = new Router();
    FakeApi echo = new FakeApi() {
      @Override
      public void register(Router r) {
        r.add("GET", "/echo/{id}", "echo.get", EchoServer::echo);
        r.add("DELETE", "/echo/{id}", "echo.delete", EchoServer::echo);
        r.add("DELETE", "/empty/{id}", "empty.delete", req -> FakeResponse.empty(200));
        r.add("POST", "/echo", "echo.add", EchoServer::echo);
        r.add("GET", "/crm/things", "crm.things.list", EchoServer::echo);
        r.add("POST", "/json", "json.parse", req -> FakeResponse.json(200, req.json()));
        r.add("GET", "/boom", "boom", req -> {
          throw new IllegalStateException("boom");
        });
      }

      @Override
      public void reset() {}
    };
    echo.register(router);
    List<ApiMount> mounts = List.of(new ApiMount("crm", List.of("/crm"), echo, ErrorFormats.APIDECK));
    AdminApi admin = new AdminApi(() -> {
      faults.clear();
      requests.clear();
    }, faults, requests);
    Dispatcher dispatcher = new Dispatcher(router, mounts, faults::take, requests::add, Clock.systemUTC(), admin);
    http = HttpServer.start(0, dispatcher, settings);
  }

  static FakeResponse echo(FakeRequest req) {
    ObjectNode out = FakeJson.object();
    out.put("method", req.method());
    out.put("path", req.path());
    out.set("segments", FakeJson.mapper().valueToTree(req.segments()));
    out.set("query", FakeJson.mapper().valueToTree(req.query()));
    out.set("params", FakeJson.mapper().valueToTree(req.pathParams()));
    out.put("body", new String(req.body(), StandardCharsets.UTF_8));
    out.put("padding", "x".repeat(200));
    return FakeResponse.json(200, out);
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + http.port() + pathAndQuery;
  }

  @Override
  public void close() {
    http.close();
  }
}
