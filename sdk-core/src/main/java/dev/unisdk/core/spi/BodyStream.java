package dev.unisdk.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Counts a body as it is read, failing past the limit, and keeps its first 64 KiB for error
 * messages. Remembers whether it failed (too large, or an I/O failure of the connection) so the
 * pipeline can tell those from a decoding error whatever a decoder wraps them in.
 */
final class BodyStream extends InputStream {
  static final int CAPTURE_MAX = 64 * 1024;

  /** Thrown past the limit. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("response body larger than maxResponseBytes");
    }
  }

  private final InputStream in;
  private final long limit;
  private long count;
  private byte[] capture = new byte[512];
  private int captured;
  boolean tooLarge;
  IOException ioFailure;

  BodyStream(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  long count() {
    return count;
  }

  byte[] captured() {
    return Arrays.copyOf(capture, captured);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(b, off, len);
    } catch (IOException e) {
      ioFailure = e;
      throw e;
    }
    if (n > 0) {
      count += n;
      if (count > limit) {
        tooLarge = true;
        throw new TooLarge();
      }
      keep(b, off, n);
    }
    return n;
  }

  private void keep(byte[] b, int off, int n) {
    int room = CAPTURE_MAX - captured;
    if (room <= 0) {
      return;
    }
    int take = Math.min(room, n);
    if (captured + take > capture.length) {
      capture = Arrays.copyOf(capture, Math.min(CAPTURE_MAX, Math.max(capture.length * 2, captured + take)));
    }
    System.arraycopy(b, off, capture, captured, take);
    captured += take;
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
