package dev.unisdk.core.spi;

import dev.unisdk.core.ApiResponse;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.unisdk.core.errors.ApiException;
import dev.unisdk.core.errors.ConnectionException;
import dev.unisdk.core.errors.InvalidResponseException;
import dev.unisdk.core.errors.TimeoutException;
import dev.unisdk.core.errors.UnisdkException;
import dev.unisdk.core.internal.InterceptorFailure;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.util.List;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Reads a response once, maps failures to typed exceptions, and decodes successes. */
final class ResponseReader {
  private ResponseReader() {}

  /**
   * Reads the whole body once and closes the response. An {@link IOException} here (a connection cut
   * mid-body, a read timeout) is a transport failure the caller may retry for a safe request.
   */
  static byte[] readBody(Response response) throws IOException {
    try (Response r = response) {
      ResponseBody body = r.body();
      return body == null ? new byte[0] : bytes(body);
    }
  }

  /**
   * Reads a body of known length straight into an array of that size: okio's segments are recycled as
   * they are consumed, where {@code body.bytes()} buffers the whole body in segments and then copies it.
   */
  private static byte[] bytes(ResponseBody body) throws IOException {
    long length = body.contentLength();
    if (length < 0 || length > Integer.MAX_VALUE - 8) {
      return body.bytes();
    }
    byte[] bytes = new byte[(int) length];
    InputStream in = body.byteStream();
    int off = 0;
    while (off < bytes.length) {
      int n = in.read(bytes, off, bytes.length - off);
      if (n < 0) {
        throw new EOFException("expected " + length + " body bytes, got " + off);
      }
      off += n;
    }
    return bytes;
  }

  /** Describes a failure while reading the body, for {@link #failure}. */
  static String bodyFailureDescription(String description) {
    return description + " (reading the response body)";
  }

  /** Throws the matching {@link ApiException} for non-2xx, else decodes the body read before. */
  static <T> ApiResponse<T> interpret(
      Response response, byte[] bytes, ResponseDecoder<T> decoder, Clock clock) {
    RawResponse raw = new RawResponse(response.code(), response.headers(), bytes);
    if (!response.isSuccessful()) {
      throw ApiException.create(raw.statusCode(), raw.headers(), raw.bodyString(), clock);
    }
    return ApiResponse.of(raw, decode(raw, decoder));
  }

  private static <T> T decode(RawResponse raw, ResponseDecoder<T> decoder) {
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
