package dev.unisdk.core.internal;

import dev.unisdk.core.ClientOptions;

/**
 * The one base-URL rule of every client builder: an explicit {@code baseUrl(..)} wins, then the one in
 * the options, then the provider's default. Not API.
 */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Returns the options a client is built with.
   *
   * @param options the options set on the builder, or null
   * @param baseUrl the base URL set on the builder, or null
   * @param defaultBaseUrl the provider's base URL
   * @return options whose base URL is set
   */
  public static ClientOptions resolve(ClientOptions options, String baseUrl, String defaultBaseUrl) {
    if (options == null) {
      return ClientOptions.builder().baseUrl(baseUrl != null ? baseUrl : defaultBaseUrl).build();
    }
    if (baseUrl != null) {
      return options.toBuilder().baseUrl(baseUrl).build();
    }
    if (options.baseUrl() == null) {
      return options.toBuilder().baseUrl(defaultBaseUrl).build();
    }
    return options;
  }
}
