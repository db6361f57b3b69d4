package dev.unisdk.it.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback socket server that reads each request's head and lets a handler write whatever bytes it
 * likes (lying lengths, endless bodies). Each connection runs on a daemon thread and ends when the
 * client goes away or the server closes.
 */
final class RawServer implements AutoCloseable {
  /** Writes the answer to one request. */
  interface Handler {
    void answer(String requestHead, OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile boolean closed;

  RawServer(Handler handler) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!closed) {
        try {
          Socket s = socket.accept();
          s.setSoTimeout(10_000);
          Thread t = new Thread(() -> serve(s, handler), "raw-server-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "raw-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve(Socket s, Handler handler) {
    try (Socket c = s) {
      InputStream in = c.getInputStream();
      String head = readHead(in);
      if (head == null) {
        return;
      }
      requests.incrementAndGet();
      handler.answer(head, c.getOutputStream());
      c.getOutputStream().flush();
    } catch (IOException ignored) {
      // the client hung up: expected for endless bodies
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int state = 0;
    int c;
    while ((c = in.read()) >= 0) {
      b.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) ? state + 1
          : (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
      if (state == 4) {
        return b.toString(StandardCharsets.ISO_8859_1);
      }
      if (b.size() > 64 * 1024) {
        return null;
      }
    }
    return null;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int requestCount() {
    return requests.get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
  }

  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Writes chunks of {@code chunk} until the client goes away or {@code maxBytes} were sent. */
  static void endlessChunks(OutputStream out, String chunk, long maxBytes) throws IOException {
    byte[] data = chunk.getBytes(StandardCharsets.UTF_8);
    byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] crlf = {'\r', '\n'};
    for (long sent = 0; sent < maxBytes; sent += data.length) {
      out.write(size);
      out.write(data);
      out.write(crlf);
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }
}
