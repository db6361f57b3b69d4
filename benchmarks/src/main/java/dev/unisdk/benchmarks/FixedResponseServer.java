package dev.unisdk.benchmarks;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A loopback HTTP/1.1 server that answers every request with pre-serialized bytes chosen by method and
 * path, so the server side costs the same for the baseline and the SDK. Keep-alive, Content-Length bodies.
 */
public final class FixedResponseServer implements Closeable {
  private final ServerSocket socket;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fixed-response-server");
    t.setDaemon(true);
    return t;
  });
  private final Function<String, byte[]> responder;
  private final boolean capture;
  private final List<Socket> open = new ArrayList<>();
  private volatile Captured last;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong clientClosed = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong active = new AtomicLong();
  private final AtomicLong maxActive = new AtomicLong();

  /** A request as received (only kept by a capturing server, for the sanity tests). */
  public record Captured(String requestLine, List<String> headerLines, byte[] body) {}

  /**
   * Starts on a free loopback port.
   *
   * @param responder maps "METHOD /path?query" to a complete pre-built HTTP response (see {@link #response})
   */
  public FixedResponseServer(Function<String, byte[]> responder) throws IOException {
    this(responder, false);
  }

  /**
   * Starts on a free loopback port, optionally keeping the last request (headers and body) for tests.
   *
   * @param responder maps "METHOD /path?query" to a complete pre-built HTTP response
   * @param capture whether to keep the last request, see {@link #lastRequest()}
   */
  public FixedResponseServer(Function<String, byte[]> responder, boolean capture) throws IOException {
    this.responder = responder;
    this.capture = capture;
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    workers.execute(this::acceptLoop);
  }

  /** Builds the bytes of a complete 200/201/404 JSON response with the given body. */
  public static byte[] response(int status, byte[] body) {
    String reason = switch (status) {
      case 200 -> " OK";
      case 201 -> " Created";
      case 404 -> " Not Found";
      default -> throw new IllegalArgumentException("unsupported status " + status);
    };
    String head = "HTTP/1.1 " + status + reason + "\r\n"
        + "Content-Type: application/json\r\n"
        + "Request-Id: bench-request-id\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** The last request received, or null; only a capturing server keeps it. */
  public Captured lastRequest() {
    return last;
  }

  /** Connections accepted so far (each is one TCP connection a client opened). */
  public long connectionsAccepted() {
    return accepted.get();
  }

  /** Connections the client closed (end of stream between requests) so far. */
  public long connectionsClosedByClient() {
    return clientClosed.get();
  }

  /** The most connections open at the same time so far. */
  public long maxConcurrentConnections() {
    return maxActive.get();
  }

  /** Requests answered so far. */
  public long requestsServed() {
    return requests.get();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:43210}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        s.setTcpNoDelay(true);
        accepted.incrementAndGet();
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        synchronized (open) {
          open.add(s);
        }
        workers.execute(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream(), 16384);
      OutputStream out = s.getOutputStream();
      StringBuilder line = new StringBuilder();
      while (true) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          clientClosed.incrementAndGet();
          return;
        }
        int contentLength = 0;
        List<String> headers = capture ? new ArrayList<>() : null;
        String header;
        while ((header = readLine(in, line)) != null && !header.isEmpty()) {
          if (capture) {
            headers.add(header);
          }
          int colon = header.indexOf(':');
          if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
            contentLength = Integer.parseInt(header.substring(colon + 1).trim());
          }
        }
        int firstSpace = requestLine.indexOf(' ');
        int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
        if (capture) {
          last = new Captured(requestLine, List.copyOf(headers), in.readNBytes(contentLength));
        } else {
          in.skipNBytes(contentLength);
        }
        byte[] reply = responder.apply(requestLine.substring(0, secondSpace));
        out.write(reply);
        out.flush();
        requests.incrementAndGet();
      }
    } catch (IOException ignored) {
      // client went away
    } finally {
      active.decrementAndGet();
      synchronized (open) {
        open.remove(s);
      }
    }
  }

  private static String readLine(InputStream in, StringBuilder sb) throws IOException {
    sb.setLength(0);
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == '\r') {
          sb.setLength(len - 1);
        }
        return sb.toString();
      }
      sb.append((char) c);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    synchronized (open) {
      for (Socket s : open) {
        s.close();
      }
    }
    workers.shutdownNow();
  }
}
