package dev.unisdk.it.support;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.fakeserver.FakeServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds SDK clients pointed at a fake server, with short timeouts and a recording sleeper. */
public final class Clients {
  /** The instant the fixed test clock reads; Retry-After dates are expressed relative to it. */
  public static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
  /** Read timeout of the clients built here: a stall longer than this is a timeout. */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
  /** The retry budget of the clients built here: two retries, backoff 500 ms then 1 s, no jitter. */
  public static final RetryPolicy RETRIES = RetryPolicy.builder()
      .maxRetries(2).initialBackoff(Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(8))
      .maxRetryAfter(Duration.ofSeconds(60)).jitter(false).build();

  private Clients() {}

  /** Options for a client of the fake server: short timeouts, deterministic retries, no real sleeping. */
  public static ClientOptions options(FakeServer server, RecordingSleeper sleeper) {
    return options(server, sleeper, READ_TIMEOUT);
  }

  /** As {@link #options(FakeServer, RecordingSleeper)}, with another read timeout. */
  public static ClientOptions options(FakeServer server, RecordingSleeper sleeper, Duration readTimeout) {
    return ClientOptions.builder()
        .baseUrl(server.baseUrl())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(readTimeout)
        .writeTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(10))
        .retryPolicy(RETRIES)
        .sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  /** A CRM client of the fake server acting for {@code consumerId}. */
  public static CrmClient crm(FakeServer server, RecordingSleeper sleeper, String consumerId) {
    return crm(options(server, sleeper), consumerId);
  }

  /** A CRM client with the given options acting for {@code consumerId}. */
  public static CrmClient crm(ClientOptions options, String consumerId) {
    return CrmClient.builder()
        .apiKey(FakeServer.DEFAULT_APIDECK_API_KEY)
        .appId(FakeServer.DEFAULT_APIDECK_APP_ID)
        .consumerId(consumerId)
        .options(options)
        .build();
  }
}
