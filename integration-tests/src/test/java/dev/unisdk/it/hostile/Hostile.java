package dev.unisdk.it.hostile;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.it.support.RecordingSleeper;
import dev.unisdk.integrations.IntegrationsClient;
import java.time.Duration;

/** Clients of a misbehaving loopback server: short timeouts, counted retries, no real sleeping. */
final class Hostile {
  static final String API_KEY = "sk_hostile_SECRET_1";
  static final String ONE_CONTACT =
      "{\"status_code\":200,\"status\":\"OK\",\"service\":\"x\",\"resource\":\"contacts\","
          + "\"operation\":\"one\",\"data\":{\"id\":\"c1\",\"first_name\":\"Ada\"}}";
  static final String CREATED =
      "{\"status_code\":201,\"status\":\"Created\",\"service\":\"x\",\"resource\":\"contacts\","
          + "\"operation\":\"add\",\"data\":{\"id\":\"c1\"}}";

  private Hostile() {}

  static ClientOptions.Builder options(String baseUrl, RecordingSleeper sleeper, int maxRetries) {
    return ClientOptions.builder()
        .baseUrl(baseUrl)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .writeTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(10))
        .sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().maxRetries(maxRetries).initialBackoff(Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(40)).maxRetryAfter(Duration.ofSeconds(30)).jitter(false).build());
  }

  static CrmClient crm(ClientOptions options) {
    return CrmClient.builder().apiKey(API_KEY).appId("app").consumerId("consumer").options(options).build();
  }

  static IntegrationsClient integrations(ClientOptions options) {
    return IntegrationsClient.builder().token("tok_SECRET").options(options).build();
  }
}
