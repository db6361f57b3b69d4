package dev.unisdk.core.internal;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body held in memory. Marked one-shot for requests that are not safe to repeat, which
 * stops OkHttp from silently replaying them (after a 408 or a dropped connection). Internal.
 */
public final class BytesRequestBody extends RequestBody {
  private final byte[] bytes;
  private final MediaType contentType;
  private final boolean oneShot;

  /**
   * Creates a body.
   *
   * @param bytes the content (not copied)
   * @param contentType the media type, or null
   * @param oneShot true when OkHttp must never transmit it twice
   */
  public BytesRequestBody(byte[] bytes, MediaType contentType, boolean oneShot) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.oneShot = oneShot;
  }

  /**
   * Returns the content for logging.
   *
   * @return the bytes (shared; do not modify)
   */
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  @Override
  public boolean isOneShot() {
    return oneShot;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(bytes);
  }
}
