package dev.unisdk.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.core.ClientOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class CrmClientDefaultsTest {
  @Test
  void optionsWithoutABaseUrlSendToTheDocumentedBaseUrl() {
    AtomicReference<String> seen = new AtomicReference<>();
    OkHttpClient offline = new OkHttpClient.Builder().addInterceptor(chain -> {
      seen.set(chain.request().url().toString());
      return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
          .body(ResponseBody.create("{\"status_code\":200,\"data\":{\"id\":\"1\"}}",
              MediaType.get("application/json")))
          .build();
    }).build();
    try (CrmClient crm = CrmClient.builder().apiKey("k").appId("a").consumerId("c")
        .options(ClientOptions.builder().readTimeout(Duration.ofSeconds(5)).httpClient(offline).build())
        .build()) {
      assertThat(crm.contacts().get("1").id()).isEqualTo("1");
    }
    assertThat(seen.get()).isEqualTo("https://unify.apideck.com/crm/contacts/1");
  }
}
