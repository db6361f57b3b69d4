package dev.unisdk.it.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback TCP server that reads the TLS ClientHello of each connection (up to a bound), records the
 * protocol versions the client offers, and hangs up. It never completes a handshake.
 */
public final class ClientHelloRecorder implements AutoCloseable {
  /** The versions one ClientHello offered. */
  public record Hello(int legacyVersion, List<Integer> supportedVersions) {
    /** Every version offered: the {@code supported_versions} extension, else the legacy field. */
    public List<Integer> offered() {
      return supportedVersions.isEmpty() ? List.of(legacyVersion) : supportedVersions;
    }
  }

  private final ServerSocket socket;
  private final Thread thread;
  private final List<Hello> hellos = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();

  public ClientHelloRecorder(int maxConnections) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.socket.setSoTimeout(10_000);
    this.thread = new Thread(() -> accept(maxConnections), "client-hello-recorder");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  public synchronized List<Hello> hellos() {
    return new ArrayList<>(hellos);
  }

  public synchronized List<Throwable> failures() {
    return new ArrayList<>(failures);
  }

  private void accept(int maxConnections) {
    for (int i = 0; i < maxConnections && !socket.isClosed(); i++) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(5_000);
        Hello hello = read(new DataInputStream(s.getInputStream()));
        synchronized (this) {
          hellos.add(hello);
        }
      } catch (SocketTimeoutException e) {
        return;
      } catch (IOException | RuntimeException e) {
        if (!socket.isClosed()) {
          synchronized (this) {
            failures.add(e);
          }
        }
      }
    }
  }

  /** Parses one TLS record holding a ClientHello (RFC 8446 section 4.1.2). */
  static Hello read(DataInputStream in) throws IOException {
    int contentType = in.readUnsignedByte();
    if (contentType != 22) {
      throw new IOException("not a TLS handshake record: content type " + contentType);
    }
    in.readUnsignedShort(); // record version
    byte[] record = new byte[in.readUnsignedShort()];
    in.readFully(record);
    DataInputStream h = new DataInputStream(new java.io.ByteArrayInputStream(record));
    if (h.readUnsignedByte() != 1) {
      throw new IOException("not a ClientHello");
    }
    h.skipBytes(3); // handshake length
    int legacyVersion = h.readUnsignedShort();
    h.skipBytes(32); // random
    h.skipBytes(h.readUnsignedByte()); // session id
    h.skipBytes(h.readUnsignedShort()); // cipher suites
    h.skipBytes(h.readUnsignedByte()); // compression methods
    List<Integer> supported = new ArrayList<>();
    if (h.available() >= 2) {
      int extensionsLength = h.readUnsignedShort();
      int read = 0;
      while (read < extensionsLength) {
        int type = h.readUnsignedShort();
        int length = h.readUnsignedShort();
        read += 4 + length;
        if (type == 0x002b) { // supported_versions
          int listLength = h.readUnsignedByte();
          for (int i = 0; i < listLength / 2; i++) {
            int v = h.readUnsignedShort();
            if ((v & 0x0f0f) != 0x0a0a) { // skip GREASE values
              supported.add(v);
            }
          }
        } else {
          h.skipBytes(length);
        }
      }
    }
    return new Hello(legacyVersion, supported);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
