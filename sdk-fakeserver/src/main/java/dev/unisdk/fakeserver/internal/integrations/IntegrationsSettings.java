package dev.unisdk.fakeserver.internal.integrations;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Settings of the Integrations fake.
 *
 * @param token the accepted Bearer token
 * @param rateLimitPerMinute requests per token per sliding minute
 * @param seed seed of connection ids and records
 * @param recordsPerObjectType records per (connection, category, object type)
 * @param clock timestamps and rate-limit windows
 * @param baseUrl the server's base URL (known once it is bound), for the authorization {@code url}
 */
public record IntegrationsSettings(
    String token, int rateLimitPerMinute, long seed, int recordsPerObjectType, Clock clock,
    Supplier<String> baseUrl) {

  @Override
  public String toString() {
    return "IntegrationsSettings[token=****, rateLimitPerMinute=" + rateLimitPerMinute + ", seed=" + seed
        + ", recordsPerObjectType=" + recordsPerObjectType + "]";
  }
}
