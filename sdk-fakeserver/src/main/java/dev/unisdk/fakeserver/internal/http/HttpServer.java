package dev.unisdk.fakeserver.internal.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server on a loopback {@link ServerSocket} (plain or TLS): one acceptor thread, a bounded worker pool
 * (one task per connection), keep-alive, Content-Length and chunked request bodies, size limits, and
 * exact control over the bytes written (for fault injection). {@link #close()} stops accepting, closes
 * every open socket and joins all threads.
 */
public final class HttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  /** Thread-name prefix of every thread the server starts. */
  public static final String THREAD_PREFIX = "unisdk-fakeserver-";

  private final ServerSocket serverSocket;
  private final RequestProcessor processor;
  private final Settings settings;
  private final Tls tls;
  private final ThreadPoolExecutor workers;
  private final Thread acceptor;
  private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicLong unexpectedFailures = new AtomicLong();

  /**
   * Server limits.
   *
   * @param maxConnections worker threads, i.e. connections served at once
   * @param maxQueuedConnections accepted connections waiting for a worker; more are closed at once
   * @param idleTimeoutMillis a connection with no request for this long is closed
   * @param maxBodyBytes larger request bodies get 413
   */
  public record Settings(int maxConnections, int maxQueuedConnections, int idleTimeoutMillis, int maxBodyBytes) {
    /**
     * Defaults: 200 connections (an idle keep-alive connection holds a worker), 256 queued, 10 s idle
     * (clients such as OkHttp drop a pooled connection the server closed and reconnect), 16 MiB bodies.
     */
    public static Settings defaults() {
      return new Settings(200, 256, 10_000, 16 * 1024 * 1024);
    }
  }

  private HttpServer(ServerSocket serverSocket, RequestProcessor processor, Settings settings, Tls tls) {
    this.serverSocket = serverSocket;
    this.tls = tls;
    this.processor = processor;
    this.settings = settings;
    int port = serverSocket.getLocalPort();
    AtomicInteger threadCount = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(
        settings.maxConnections(), settings.maxConnections(), 10, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(settings.maxQueuedConnections()),
        r -> {
          Thread t = new Thread(r, THREAD_PREFIX + "worker-" + port + "-" + threadCount.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.workers.allowCoreThreadTimeOut(true);
    this.acceptor = new Thread(this::acceptLoop, THREAD_PREFIX + "acceptor-" + port);
    this.acceptor.setDaemon(true);
  }

  /**
   * TLS for the server socket.
   *
   * @param context the server context (key manager with the certificate)
   * @param protocols the enabled protocols, e.g. {@code TLSv1.3}, {@code TLSv1.2}
   * @param onHandshake told the negotiated protocol of each completed handshake
   */
  public record Tls(SSLContext context, List<String> protocols, Consumer<String> onHandshake) {}

  /**
   * Binds 127.0.0.1:{@code port} (0 = any free port) and starts accepting plain HTTP/1.1.
   *
   * @throws IOException when the port cannot be bound
   */
  public static HttpServer start(int port, RequestProcessor processor, Settings settings) throws IOException {
    return start(port, processor, settings, null);
  }

  /**
   * Binds 127.0.0.1:{@code port} (0 = any free port) and starts accepting, over TLS when {@code tls} is
   * not null (HTTP/1.1 only: no ALPN, so clients never try HTTP/2).
   *
   * @throws IOException when the port cannot be bound
   */
  public static HttpServer start(int port, RequestProcessor processor, Settings settings, Tls tls)
      throws IOException {
    ServerSocket socket;
    if (tls == null) {
      socket = new ServerSocket();
    } else {
      SSLServerSocket ssl = (SSLServerSocket) tls.context().getServerSocketFactory().createServerSocket();
      ssl.setEnabledProtocols(tls.protocols().toArray(new String[0]));
      ssl.setUseClientMode(false);
      socket = ssl;
    }
    try {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    HttpServer server = new HttpServer(socket, processor, settings, tls);
    server.acceptor.start();
    return server;
  }

  /** The bound port. */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /**
   * Connections that ended in an unexpected exception (a bug of the server: malformed input gets an
   * error response or a clean close, never an exception).
   */
  public long unexpectedFailures() {
    return unexpectedFailures.get();
  }

  /** Number of currently open client connections. */
  public int openConnections() {
    return openSockets.size();
  }

  private void acceptLoop() {
    while (!closed.get()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (!closed.get()) {
          LOG.warn("accept failed", e);
          try {
            Thread.sleep(50); // e.g. out of file descriptors: do not spin
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        continue;
      }
      openSockets.add(socket);
      if (closed.get()) {
        closeQuietly(socket);
        continue;
      }
      try {
        workers.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        LOG.warn("too many connections; closing a new one");
        closeQuietly(socket);
      }
    }
  }

  private void serve(Socket socket) {
    try {
      socket.setSoTimeout(settings.idleTimeoutMillis());
      socket.setTcpNoDelay(true);
      if (socket instanceof SSLSocket ssl) {
        try {
          ssl.startHandshake(); // here, not on the first read, so a failed handshake is just a closed connection
        } catch (IOException e) {
          LOG.debug("TLS handshake failed: {}", e.toString());
          return;
        }
        tls.onHandshake().accept(ssl.getSession().getProtocol());
      }
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      RequestReader reader = new RequestReader(in, out, settings.maxBodyBytes());
      Next next = Next.KEEP_ALIVE;
      while (next == Next.KEEP_ALIVE && !closed.get()) {
        next = exchange(reader, out);
      }
      if (next == Next.CLOSE_AFTER_ERROR) {
        lingeringClose(socket, in);
      }
    } catch (SocketTimeoutException | SocketException e) {
      LOG.trace("connection ended: {}", e.toString());
    } catch (IOException e) {
      LOG.debug("connection failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      unexpectedFailures.incrementAndGet();
      LOG.error("unexpected failure serving a connection", e);
    } finally {
      closeQuietly(socket);
    }
  }

  /** What happens to a connection after an exchange. */
  private enum Next { KEEP_ALIVE, CLOSE, CLOSE_AFTER_ERROR }

  /**
   * After an error answer to a request not read to its end: stop sending, then read and discard what
   * the client still sends (bounded: 1 s, 1 MiB) before closing, so the close does not reset the
   * connection and destroy the answer before the client read it (RFC 9112 9.6).
   */
  private static void lingeringClose(Socket socket, InputStream in) {
    if (socket instanceof SSLSocket) {
      return; // no half-close over TLS; the close_notify alert goes out with the close
    }
    try {
      socket.shutdownOutput();
      socket.setSoTimeout(1_000);
      byte[] buf = new byte[8192];
      long deadline = System.nanoTime() + 1_000_000_000L;
      for (long total = 0; total < (1 << 20) && System.nanoTime() < deadline; ) {
        int n = in.read(buf);
        if (n < 0) {
          return;
        }
        total += n;
      }
    } catch (IOException e) {
      // the client went away: nothing left to protect
    }
  }

  /** Serves one request; returns what happens to the connection. */
  private Next exchange(RequestReader reader, OutputStream out) throws IOException, InterruptedException {
    RequestReader.Parsed parsed;
    try {
      parsed = reader.read();
    } catch (HttpProtocolException e) {
      write(out, processor.protocolError(e.status(), e.getMessage(), null), false, false);
      return Next.CLOSE_AFTER_ERROR;
    }
    if (parsed == null) {
      return Next.CLOSE;
    }
    FakeRequest request;
    try {
      request = new FakeRequest(
          parsed.method(), parsed.rawPath(), UrlCodec.segments(parsed.rawPath()),
          UrlCodec.query(parsed.rawQuery()), parsed.headers(), parsed.body(), Map.of());
    } catch (HttpProtocolException e) {
      write(out, processor.protocolError(e.status(), e.getMessage(), parsed.rawPath()), false, false);
      return Next.CLOSE_AFTER_ERROR;
    }
    Reply reply = processor.process(request);
    boolean keepAlive = parsed.keepAlive() && !closed.get();
    boolean head = parsed.method().equals("HEAD");
    switch (reply.delivery()) {
      case DROP_BEFORE_RESPONSE -> {
        sleep(reply.delayMillis());
        return Next.CLOSE;
      }
      case STALL_THEN_DROP -> {
        sleep(reply.delayMillis());
        return Next.CLOSE;
      }
      case DROP_MID_BODY -> {
        sleep(reply.delayMillis());
        writeHalf(out, reply.response());
        return Next.CLOSE;
      }
      default -> {
        sleep(reply.delayMillis());
        write(out, reply.response(), keepAlive, head);
        return keepAlive ? Next.KEEP_ALIVE : Next.CLOSE;
      }
    }
  }

  private static void sleep(long millis) throws InterruptedException {
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  private static void write(OutputStream out, FakeResponse response, boolean keepAlive, boolean head)
      throws IOException {
    int status = response.status();
    boolean noBody = status == 204 || status == 304 || (status >= 100 && status < 200);
    byte[] body = noBody ? new byte[0] : response.body();
    out.write(head(response, body.length, noBody, keepAlive));
    if (!head) {
      out.write(body);
    }
    out.flush();
  }

  private static void writeHalf(OutputStream out, FakeResponse response) throws IOException {
    byte[] body = response.body();
    byte[] head = head(response, body.length, false, false);
    if (body.length == 0) {
      // no body to cut in half: cut the header section before its final CRLF, so the response never completes
      out.write(head, 0, head.length - 2);
    } else {
      out.write(head);
      out.write(body, 0, body.length / 2);
    }
    out.flush();
  }

  private static byte[] head(FakeResponse response, int contentLength, boolean noBody, boolean keepAlive) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("HTTP/1.1 ").append(response.status()).append(' ')
        .append(ReasonPhrases.of(response.status())).append("\r\n");
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      String lower = h.getKey().toLowerCase(Locale.ROOT);
      if (lower.equals("content-length") || lower.equals("connection") || lower.equals("transfer-encoding")) {
        continue;
      }
      sb.append(h.getKey()).append(": ").append(sanitize(h.getValue())).append("\r\n");
    }
    if (!noBody) {
      sb.append("Content-Length: ").append(contentLength).append("\r\n");
    }
    if (!keepAlive) {
      sb.append("Connection: close\r\n");
    }
    sb.append("\r\n");
    return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String sanitize(String value) {
    return value.replace('\r', ' ').replace('\n', ' ');
  }

  private void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    } finally {
      openSockets.remove(socket);
    }
  }

  /**
   * Stops accepting, closes open connections (in-flight responses are cut), interrupts stalled
   * exchanges and waits for every server thread to end. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      serverSocket.close();
    } catch (IOException e) {
      LOG.debug("closing the server socket failed", e);
    }
    for (Socket socket : List.copyOf(openSockets)) {
      closeQuietly(socket);
    }
    workers.shutdownNow();
    try {
      acceptor.join(5_000);
      if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("fake server workers did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
