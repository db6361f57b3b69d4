package dev.unisdk.benchmarks;

import dev.unisdk.benchmarks.baseline.BaselineCrmClient;
import dev.unisdk.benchmarks.floor.FloorCrmClient;
import dev.unisdk.core.SdkVersion;
import dev.unisdk.crm.CrmClient;
import okhttp3.OkHttpClient;

/** Builds the clients under comparison with the same credentials against the same server. */
public final class Clients {
  /** The API key both sides send as {@code Authorization: Bearer}. */
  public static final String API_KEY = "bench-api-key";
  /** {@code x-apideck-app-id}. */
  public static final String APP_ID = "bench-app";
  /** {@code x-apideck-consumer-id}. */
  public static final String CONSUMER_ID = "bench-consumer";

  private Clients() {}

  /** The SDK client, built as an application would (its own OkHttp client, default options). */
  public static CrmClient sdk(String baseUrl) {
    return CrmClient.builder().apiKey(API_KEY).appId(APP_ID).consumerId(CONSUMER_ID).baseUrl(baseUrl).build();
  }

  /** The hand-written OkHttp + Jackson client, sending the SDK's {@code User-Agent}. */
  public static BaselineCrmClient baseline(String baseUrl) {
    return baseline(new OkHttpClient(), baseUrl);
  }

  /** The baseline on a given OkHttp client (close its dispatcher and pool when done). */
  public static BaselineCrmClient baseline(OkHttpClient http, String baseUrl) {
    return new BaselineCrmClient(http, baseUrl, API_KEY, APP_ID, CONSUMER_ID, SdkVersion.USER_AGENT);
  }

  /** The streaming floor on a given OkHttp client (close its dispatcher and pool when done). */
  public static FloorCrmClient floor(OkHttpClient http, String baseUrl) {
    return new FloorCrmClient(http, baseUrl, API_KEY, APP_ID, CONSUMER_ID, SdkVersion.USER_AGENT);
  }

  /** Releases an OkHttp client's threads and pooled connections. */
  public static void shutdown(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
