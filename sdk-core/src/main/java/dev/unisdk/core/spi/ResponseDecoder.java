package dev.unisdk.core.spi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.unisdk.core.errors.InvalidResponseException;
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
    return json(Json.mapper().readerFor(type));
  }

  /**
   * Decodes the JSON body into a generic type with the shared mapper.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> json(JavaType type) {
    return json(Json.mapper().readerFor(type));
  }

  /**
   * Decodes the JSON body into a generic type with the shared mapper.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> json(TypeReference<T> type) {
    return json(Json.mapper().readerFor(type));
  }

  /**
   * Decodes the whole body as exactly one JSON value with a reader: content after it (a second
   * document) and a {@code null} or empty body fail as an
   * {@link dev.unisdk.core.errors.InvalidResponseException}.
   *
   * @param reader the reader (trailing tokens are made an error)
   * @param <T> the target type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> json(ObjectReader reader) {
    ObjectReader strict = reader.with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return response -> {
      T value = strict.readValue(response.bodyBytes());
      if (value == null) {
        throw new InvalidResponseException(
            "Expected a JSON value but the body was null (status " + response.statusCode() + ")",
            response.statusCode(), response.bodyString(), null, null);
      }
      return value;
    };
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
