package dev.unisdk.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.ClientOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientDefaultsTest {
  @Test
  void optionsWithoutABaseUrlUseTheServiceDefault() {
    try (IntegrationsClient client = IntegrationsClient.builder()
        .token("t")
        .options(ClientOptions.builder().readTimeout(Duration.ofSeconds(5)).build())
        .build()) {
      assertThat(client.toString()).contains(IntegrationsClient.DEFAULT_BASE_URL);
    }
  }
}
