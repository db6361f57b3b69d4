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
  /**
   * The kept bytes, in chunks that are never copied to grow: the first as large as the first read (at
   * least 512 bytes), each next one twice the last up to 16 KiB, the last one cut to what is left of
   * {@link #CAPTURE_MAX}. A body's first 64 KiB thus cost
   * 64 KiB, not the 128 KiB a doubling array copies through.
   */
  private byte[][] chunks;
  private int chunkCount;
  /** The chunk being filled and how much of it is. */
  private byte[] chunk;
  private int chunkUsed;
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
    byte[] out = new byte[captured];
    int at = 0;
    for (int i = 0; i < chunkCount; i++) {
      byte[] c = chunks[i];
      int n = c == chunk ? chunkUsed : c.length;
      System.arraycopy(c, 0, out, at, n);
      at += n;
    }
    return out;
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
    while (n > 0 && captured < CAPTURE_MAX) {
      if (chunk == null || chunkUsed == chunk.length) {
        newChunk(n);
      }
      int take = Math.min(n, chunk.length - chunkUsed);
      System.arraycopy(b, off, chunk, chunkUsed, take);
      chunkUsed += take;
      captured += take;
      off += take;
      n -= take;
    }
  }

  /** A new chunk: the first sized to the first read (at least 512), then doubling up to 16 KiB. */
  private void newChunk(int wanted) {
    int size = chunk == null
        ? Math.min(MAX_CHUNK, Math.max(512, wanted)) : Math.min(MAX_CHUNK, chunk.length * 2);
    size = Math.min(size, CAPTURE_MAX - captured);
    if (chunks == null) {
      chunks = new byte[12][];
    } else if (chunkCount == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunkCount * 2);
    }
    chunk = new byte[size];
    chunkUsed = 0;
    chunks[chunkCount++] = chunk;
  }

  private static final int MAX_CHUNK = 16 * 1024;

  @Override
  public int available() throws IOException {
    return in.available();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
