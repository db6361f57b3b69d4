package dev.unisdk.fakeserver.internal.apideck;

import java.time.Clock;
import java.util.Objects;

/**
 * Configuration of the Apideck CRM + SMS fake.
 *
 * @param apiKey the only accepted {@code Authorization: Bearer} key; also the webhook signing key
 * @param appId the only accepted {@code x-apideck-app-id}
 * @param seed seed of the deterministic sample data
 * @param seededRecordsPerResource records generated per resource per (consumer, service) on first touch
 * @param clock source of {@code created_at}/{@code updated_at} and webhook {@code occurred_at}
 * @param webhookUrl loopback URL that receives CRM webhook events, or null for none
 */
public record ApideckSettings(
    String apiKey, String appId, long seed, int seededRecordsPerResource, Clock clock, String webhookUrl) {

  /** Validates the settings. */
  public ApideckSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(clock, "clock");
    if (apiKey.isBlank() || appId.isBlank()) {
      throw new IllegalArgumentException("apiKey and appId must not be blank");
    }
    if (seededRecordsPerResource < 0 || seededRecordsPerResource > 10_000) {
      throw new IllegalArgumentException("seededRecordsPerResource must be in 0..10000");
    }
    if (webhookUrl != null) {
      WebhookDispatcher.requireLoopback(webhookUrl);
    }
  }

  /** Defaults: key {@code sk_test_fake}, app {@code fake-app}, seed 42, 25 records, UTC system clock, no webhook. */
  public static ApideckSettings defaults() {
    return new ApideckSettings("sk_test_fake", "fake-app", 42L, 25, Clock.systemUTC(), null);
  }

  /** A copy with another webhook URL (null for none). */
  public ApideckSettings withWebhookUrl(String url) {
    return new ApideckSettings(apiKey, appId, seed, seededRecordsPerResource, clock, url);
  }

  @Override
  public String toString() {
    return "ApideckSettings[apiKey=***, appId=" + appId + ", seed=" + seed
        + ", seededRecordsPerResource=" + seededRecordsPerResource + ", webhookUrl=" + webhookUrl + "]";
  }
}
