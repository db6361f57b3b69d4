package dev.unisdk.core.spi;


import okhttp3.OkHttpClient;

/**
 * Reads the OkHttp client a {@link Transport} built (package-private in sdk-core), so that the
 * integration tests can inspect the connection specs the SDK really uses.
 */
public final class TransportProbe {
  private TransportProbe() {}

  /** The OkHttp client requests of {@code transport} go through. */
  public static OkHttpClient httpClient(Transport transport) {
    return transport.httpClient();
  }
}
