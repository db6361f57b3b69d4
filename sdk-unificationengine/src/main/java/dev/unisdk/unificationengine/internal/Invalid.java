package dev.unisdk.unificationengine.internal;

import dev.unisdk.core.spi.RawResponse;
import dev.unisdk.core.errors.InvalidResponseException;

/** Builds the exception for a 2xx body whose content cannot be used; never echoes a credential. */
public final class Invalid {
  private Invalid() {}

  /**
   * Creates the exception.
   *
   * @param raw the response
   * @param field the JSON path of the offending field
   * @param problem what is wrong, without the value (it may hold a secret)
   * @return the exception
   */
  public static InvalidResponseException response(RawResponse raw, String field, String problem) {
    String id = raw.requestId();
    return new InvalidResponseException(
        "Unusable UnificationEngine response (status " + raw.statusCode() + ") at field '" + field
            + "': " + problem + (id == null ? "" : " (request id " + id + ")"),
        raw.statusCode(), raw.bodyString(), field, null);
  }
}
