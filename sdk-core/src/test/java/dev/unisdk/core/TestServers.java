package dev.unisdk.core;

import dev.unisdk.core.spi.Transport;

import java.time.Duration;
import okhttp3.mockwebserver.MockWebServer;

/** Shared set-up for transports talking to a MockWebServer on 127.0.0.1. */
public final class TestServers {
  private TestServers() {}

  /** Options for the server: no jitter, short timeouts, recording sleeper. */
  public static ClientOptions.Builder options(MockWebServer server, Sleeper sleeper) {
    return ClientOptions.builder()
        .baseUrl(server.url("/").toString())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .writeTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().jitter(false).build())
        .sleeper(sleeper);
  }

  public static Transport transport(MockWebServer server, Sleeper sleeper) {
    return Transport.builder().options(options(server, sleeper).build()).build();
  }
}
