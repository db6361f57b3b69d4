package dev.unisdk.integrations.internal;

import dev.unisdk.core.spi.ApiRequest;
import dev.unisdk.core.spi.ResponseDecoder;

/**
 * One operation ready to send: the request, how to decode a 2xx answer, and a short description of
 * the operation used in error messages. Internal.
 *
 * @param <T> the decoded type
 */
public final class Endpoint<T> {
  private final ApiRequest request;
  private final ResponseDecoder<T> decoder;
  private final String operation;

  Endpoint(ApiRequest request, ResponseDecoder<T> decoder, String operation) {
    this.request = request;
    this.decoder = decoder;
    this.operation = operation;
  }

  /**
   * Returns the request.
   *
   * @return the request, without the caller's default options
   */
  public ApiRequest request() {
    return request;
  }

  /**
   * Returns the decoder of a 2xx response.
   *
   * @return the decoder
   */
  public ResponseDecoder<T> decoder() {
    return decoder;
  }

  /**
   * Returns what the operation does, e.g. {@code "retrieving crm/contact records"}.
   *
   * @return the description
   */
  public String operation() {
    return operation;
  }
}
