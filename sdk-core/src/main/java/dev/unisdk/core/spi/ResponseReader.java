package dev.unisdk.core.spi;


import com.fasterxml.jackson.databind.JsonMappingException;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.errors.TimeoutException;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.core.internal.InterceptorFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.List;
import okhttp3.ResponseBody;

/** Reads a response once, maps failures to typed exceptions, and decodes successes. */
final class ResponseReader {
  private ResponseReader() {}

  private static final int INITIAL_BUFFER = 8 * 1024;

  /**
   * Reads a body up to a limit, counting the bytes actually decoded (after gzip). The buffer grows
   * with what arrives (never sized from {@code Content-Length}, which is a claim), so a lying or
   * endless body costs at most about twice the limit.
   *
   * @param body the body
   * @param limit the largest accepted size, at most {@code Integer.MAX_VALUE - 8}
   * @param truncate true to return the first {@code limit} bytes of a longer body, false to return null
   * @return the bytes, or null when the body is longer than the limit and {@code truncate} is false
   */
  static byte[] readBounded(ResponseBody body, long limit, boolean truncate) throws IOException {
    long declared = body.contentLength();
    if (declared > limit && !truncate) {
      return null;
    }
    int max = (int) Math.min(limit, Integer.MAX_VALUE - 8);
    int size = declared >= 0 ? (int) Math.min(declared, INITIAL_BUFFER) : INITIAL_BUFFER;
    byte[] buf = new byte[Math.min(Math.max(size, 1), max)];
    InputStream in = body.byteStream();
    int off = 0;
    while (true) {
      if (off == buf.length) {
        if (off >= max) {
          if (truncate || in.read() < 0) {
            return buf;
          }
          return null;
        }
        long grown = Math.min((long) max, (long) off * 2);
        if (declared > off && declared < grown) {
          grown = declared;
        }
        buf = Arrays.copyOf(buf, (int) grown);
      }
      int n = in.read(buf, off, buf.length - off);
      if (n < 0) {
        return off == buf.length ? buf : Arrays.copyOf(buf, off);
      }
      off += n;
    }
  }

  /** Describes a failure while reading the body, for {@link #failure}. */
  static String bodyFailureDescription(String description) {
    return description + " (reading the response body)";
  }

  /** Decodes a 2xx body; decoder failures become {@link InvalidResponseException}. */
  static <T> T decode(RawResponse raw, ResponseDecoder<T> decoder) {
    try {
      return decoder.decode(raw);
    } catch (UnisdkException e) {
      throw e;
    } catch (JsonMappingException e) {
      String field = fieldPath(e.getPath());
      throw new InvalidResponseException(
          "Could not decode the response body (status " + raw.statusCode() + ")"
              + (field == null ? "" : " at field '" + field + "'") + ": " + e.getOriginalMessage()
              + requestIdSuffix(raw),
          raw.statusCode(), raw.bodyString(), field, e);
    } catch (IOException | RuntimeException e) {
      String detail = e instanceof com.fasterxml.jackson.core.JsonProcessingException
          ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage()
          : e.getClass().getSimpleName();
      throw new InvalidResponseException(
          "Could not decode the response body (status " + raw.statusCode() + "): " + detail
              + requestIdSuffix(raw),
          raw.statusCode(), raw.bodyString(), null, e);
    }
  }

  private static String requestIdSuffix(RawResponse raw) {
    String id = raw.requestId();
    return id == null ? "" : " (request id " + id + ")";
  }

  /** Builds {@code data[0].created_at} from Jackson's reference path. */
  static String fieldPath(List<JsonMappingException.Reference> path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /** Maps a transport failure; an interceptor's runtime exception is rethrown as is. */
  static RuntimeException failure(IOException e, String description) {
    if (e instanceof InterceptorFailure) {
      RuntimeException cause = ((InterceptorFailure) e).failure();
      return cause instanceof UnisdkException
          ? cause
          : new UnisdkException(description + " failed in an interceptor: " + cause, cause);
    }
    if (e instanceof InterruptedIOException) {
      return new TimeoutException(description + " timed out: " + e.getMessage(), e);
    }
    return new ConnectionException(description + " failed: " + e, e);
  }
}
