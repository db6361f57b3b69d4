package dev.unisdk.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback HTTP server answering canned JSON bodies in order (JDK {@code com.sun.net.httpserver}; no
 * MockWebServer): for responses the fake server never produces, such as unknown fields or wrong types.
 */
public final class StubServer implements AutoCloseable {
  /** One received request. */
  public record Received(String method, String path, String query, String body) {}

  private record Canned(int status, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "stub-server");
    t.setDaemon(true);
    return t;
  });
  private final Deque<Canned> responses = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();
  private int counter;

  public StubServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues a JSON response. */
  public synchronized StubServer enqueue(int status, String body) {
    responses.addLast(new Canned(status, body));
    return this;
  }

  /** The requests received so far. */
  public synchronized List<Received> received() {
    return new ArrayList<>(received);
  }

  /** The request id of the {@code n}-th response (1-based). */
  public static String requestId(int n) {
    return "stub-req-" + n;
  }

  private void handle(HttpExchange exchange) throws IOException {
    Canned canned;
    int n;
    try (InputStream in = exchange.getRequestBody()) {
      String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      synchronized (this) {
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(), body));
        canned = responses.pollFirst();
        n = ++counter;
      }
    }
    if (canned == null) {
      canned = new Canned(500, "{\"error\":\"no canned response left\"}");
    }
    byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Request-Id", requestId(n));
    exchange.sendResponseHeaders(canned.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
