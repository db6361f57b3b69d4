package dev.unisdk.examples.readme;

import dev.unisdk.Unisdk;
import dev.unisdk.apideck.ApideckRequestOptions;
import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RequestOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.crm.CrmClient;
import dev.unisdk.crm.model.Contact;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** README: "Retries and timeouts", "Per-request options", sharing an OkHttpClient. */
final class OptionsSnippets {
  private OptionsSnippets() {}

  static CrmClient retriesAndTimeouts(String apiKey, String appId) {
    ClientOptions options = ClientOptions.builder()
        .baseUrl("https://unify.apideck.com")
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(20))
        .callTimeout(Duration.ofSeconds(30))                 // per attempt
        .retryPolicy(RetryPolicy.builder()
            .maxRetries(3)
            .initialBackoff(Duration.ofMillis(250))
            .maxBackoff(Duration.ofSeconds(4))
            .maxRetryAfter(Duration.ofSeconds(30))           // longer Retry-After: fail instead of waiting
            .build())
        .userAgent("my-app/2.3")
        .build();
    return CrmClient.builder().apiKey(apiKey).appId(appId).consumerId("acme").options(options).build();
  }

  static String perRequest(CrmClient crm) {
    RequestOptions call = ApideckRequestOptions.builder()
        .serviceId("hubspot")                                // this call only
        .timeout(Duration.ofSeconds(5))
        .maxRetries(0)
        .idempotencyKey("create-ada-2024-05-01")             // sent as Idempotency-Key; lets the SDK retry this POST
        .header("x-request-source", "nightly-sync")
        .build();
    String id = crm.contacts().create(Contact.builder().name("Ada Lovelace").build(), call).id();
    return id;
  }

  static Unisdk sharedHttpClient(OkHttpClient myOkHttp, String lizaToken) {
    Unisdk unisdk = Unisdk.builder()
        .integrationsToken(lizaToken)
        .options(Unisdk.optionsBuilder().httpClient(myOkHttp).readTimeout(Duration.ofSeconds(10)).build())
        .build();                                            // close() leaves myOkHttp running
    return unisdk;
  }

  /** The README block "Client options", verbatim. */
  static ClientOptions readmeClientOptions() {
    ClientOptions options = ClientOptions.builder()
        .baseUrl("https://unify.apideck.com")
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(20))
        .callTimeout(Duration.ofSeconds(30))                 // per attempt
        .retryPolicy(RetryPolicy.builder()
            .maxRetries(3)
            .initialBackoff(Duration.ofMillis(250))
            .maxBackoff(Duration.ofSeconds(4))
            .maxRetryAfter(Duration.ofSeconds(30))           // longer Retry-After: fail instead of waiting
            .build())
        .maxResponseBytes(16L * 1024 * 1024)                 // larger bodies: ResponseTooLargeException
        .maxRequestsPerHost(32)                              // pool and dispatcher, shared by derived clients
        .userAgent("my-app/2.3")
        .build();
    return options;
  }
}
