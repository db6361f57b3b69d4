package dev.unisdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.ClientOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BaseUrlsTest {
  private static final String DEFAULT = "https://api.example.com/";

  @Test
  void explicitBaseUrlWinsThenTheOptionsThenTheDefault() {
    assertThat(BaseUrls.resolve(null, null, DEFAULT).baseUrl().toString()).isEqualTo(DEFAULT);
    assertThat(BaseUrls.resolve(null, "https://other.example.com/", DEFAULT).baseUrl().toString())
        .isEqualTo("https://other.example.com/");
    ClientOptions withUrl = ClientOptions.builder().baseUrl("https://mine.example.com/")
        .readTimeout(Duration.ofSeconds(7)).build();
    assertThat(BaseUrls.resolve(withUrl, null, DEFAULT)).isSameAs(withUrl);
    ClientOptions overridden = BaseUrls.resolve(withUrl, "https://explicit.example.com/", DEFAULT);
    assertThat(overridden.baseUrl().toString()).isEqualTo("https://explicit.example.com/");
    assertThat(overridden.readTimeout()).isEqualTo(Duration.ofSeconds(7));
    ClientOptions noUrl = ClientOptions.builder().readTimeout(Duration.ofSeconds(9)).build();
    ClientOptions defaulted = BaseUrls.resolve(noUrl, null, DEFAULT);
    assertThat(defaulted.baseUrl().toString()).isEqualTo(DEFAULT);
    assertThat(defaulted.readTimeout()).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void notConfiguredSaysWhatToSet() {
    assertThat(NotConfigured.exception("Unisdk.crm()", "apideck(..)"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("Unisdk.crm() is not configured: set apideck(..)");
  }
}
