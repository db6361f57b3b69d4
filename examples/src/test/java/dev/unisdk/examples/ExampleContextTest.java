package dev.unisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which provider an example talks to is decided by the environment variables, per provider. */
class ExampleContextTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void withoutCredentialsEveryProviderIsTheEmbeddedFakeServer() {
    try (ExampleContext ctx = ExampleContext.fromEnvironment("T", Map.of(), out)) {
      assertThat(ctx.fakeFor(Provider.APIDECK)).isNotNull();
      assertThat(ctx.fakeFor(Provider.INTEGRATIONS)).isSameAs(ctx.fakeFor(Provider.APIDECK));
      assertThat(ctx.fakeFor(Provider.UNIFICATION_ENGINE)).isSameAs(ctx.fakeFor(Provider.APIDECK));
      assertThat(ctx.unisdk().crm().contacts().list().firstPage().items()).isNotEmpty(); // seeded fake data
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("[T] APIDECK: embedded fake server at http://127.0.0.1:");
  }

  @Test
  void aProviderWithAllItsVariablesSetIsTheRealServiceAndTheOthersStayFake() {
    Map<String, String> env = Map.of("LIZA_TOKEN", "liza-secret", "APIDECK_API_KEY", "only-one-of-three");
    try (ExampleContext ctx = ExampleContext.fromEnvironment("T", env, out)) {
      assertThat(ctx.fakeFor(Provider.INTEGRATIONS)).isNull();
      assertThat(ctx.unisdk().integrations().options().baseUrl().host()).isEqualTo("api.eu.liza.app");
      assertThat(ctx.fakeFor(Provider.APIDECK)).isNotNull(); // incomplete credentials: fake
      assertThat(ctx.fakeFor(Provider.UNIFICATION_ENGINE)).isNotNull();
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("INTEGRATIONS: real service (credentials from [LIZA_TOKEN])")
        .doesNotContain("liza-secret");
  }
}
