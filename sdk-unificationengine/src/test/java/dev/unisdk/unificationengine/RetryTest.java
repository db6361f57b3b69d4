package dev.unisdk.unificationengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unisdk.core.ClientOptions;
import dev.unisdk.core.RetryPolicy;
import dev.unisdk.core.errors.ServerException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every call is a POST: read-only ones are retried like a GET, the others never without a key. */
class RetryTest {
  private final UeServer ue = new UeServer();
  private final List<Duration> sleeps = new ArrayList<>();
  private final UnificationEngineClient retrying = UnificationEngineClient.builder()
      .appKey(UeServer.APP_KEY)
      .appSecret(UeServer.APP_SECRET)
      .options(ClientOptions.builder()
          .baseUrl(ue.server.url("/").toString())
          .retryPolicy(RetryPolicy.builder().maxRetries(2).build())
          .sleeper(sleeps::add)
          .build())
      .build();

  @AfterEach
  void close() {
    retrying.close();
    ue.close();
  }

  @Test
  void readOnlyPostsAreRetriedOn503() {
    ue.enqueue(503, "{}");
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"users\":[]}");
    assertThat(retrying.users().list()).isEmpty();
    assertThat(ue.server.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void postsWithSideEffectsAreNotRetriedOn503() {
    ue.enqueue(503, "{}");
    ue.enqueueOk("{\"status\":200,\"info\":\"OK\",\"uri\":\"user://k:s@\"}");
    assertThatThrownBy(() -> retrying.users().create()).isInstanceOf(ServerException.class);
    assertThat(ue.server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void optionsWithoutABaseUrlUseTheServiceDefault() {
    try (UnificationEngineClient defaults = UnificationEngineClient.builder()
        .appKey(UeServer.APP_KEY).appSecret(UeServer.APP_SECRET)
        .options(ClientOptions.builder().readTimeout(Duration.ofSeconds(5)).build())
        .build()) {
      assertThat(defaults.toString()).contains(UnificationEngineClient.DEFAULT_BASE_URL);
    }
  }
}
