package dev.unisdk.core.spi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.unisdk.core.json.Json;
import java.io.IOException;

/**
 * Turns a successful response into a value. Called only for 2xx responses. An {@link IOException}
 * (including Jackson's) or other runtime failure becomes an
 * {@link dev.unisdk.core.errors.InvalidResponseException}; a {@link dev.unisdk.core.errors.UnisdkException}
 * is passed through as is.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  /**
   * Decodes a response.
   *
   * @param response the response with its body
   * @return the value
   * @throws IOException when the body cannot be decoded
   */
  T decode(RawResponse response) throws IOException;

  /**
   * Decodes the JSON body into a class with the shared mapper.
   *
   * @param type the target class
   * @param <T> the target type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> json(Class<T> type) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return response -> reader.readValue(response.bodyBytes());
  }

  /**
   * Decodes the JSON body into a generic type with the shared mapper.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> json(JavaType type) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return response -> reader.readValue(response.bodyBytes());
  }

  /**
   * Decodes the JSON body into a generic type with the shared mapper.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> json(TypeReference<T> type) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return response -> reader.readValue(response.bodyBytes());
  }

  /**
   * Ignores the body.
   *
   * @return a decoder that returns null
   */
  static ResponseDecoder<Void> discard() {
    return response -> null;
  }
}
