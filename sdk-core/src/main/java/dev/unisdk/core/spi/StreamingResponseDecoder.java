package dev.unisdk.core.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * A {@link ResponseDecoder} that decodes a 2xx body straight from the response stream, without
 * reading it into one array first. The pipeline counts the bytes as they are read and stops at
 * {@code ClientOptions.maxResponseBytes()}; {@link RawResponse#bodyBytes()} then holds only the
 * first 64 KiB read so far (enough for an error message), not the whole body.
 *
 * @param <T> the decoded type
 */
public interface StreamingResponseDecoder<T> extends ResponseDecoder<T> {
  /**
   * Decodes a body from its stream. Read it to its end (a check for trailing content does).
   *
   * @param response status and headers; its body bytes are the part read so far, at most 64 KiB
   * @param body the decoded (gunzipped) body, counted against the size limit
   * @return the value
   * @throws IOException when the body cannot be decoded or cannot be read
   */
  T decode(RawResponse response, InputStream body) throws IOException;
}
