package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class FakeServerTest {

  @Test
  void startsOnAFreeLoopbackPortWellUnderASecond() {
    long start = System.nanoTime();
    try (FakeServer server = FakeServer.start()) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).isLessThan(Duration.ofSeconds(3));
      assertThat(server.port()).isPositive();
      assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
    }
  }

  @Test
  void aTakenPortFailsFast() {
    try (FakeServer first = FakeServer.start()) {
      assertThatThrownBy(() -> FakeServer.builder().port(first.port()).start())
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining(String.valueOf(first.port()));
    }
  }

  @Test
  void builderRejectsInvalidSettings() {
    assertThatThrownBy(() -> FakeServer.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeServer.builder().apideckApiKey(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeServer.builder().integrationsRateLimitPerMinute(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeServer.builder().recordsPerResource(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void closeIsIdempotent() throws IOException {
    FakeServer server = FakeServer.start();
    server.close();
    server.close();
  }

  @Test
  void standaloneBannerShowsUrlAndCredentialsAndPortParsing() {
    assertThat(FakeServerMain.port(null)).isEqualTo(8080);
    assertThat(FakeServerMain.port(" 9091 ")).isEqualTo(9091);
    assertThatThrownBy(() -> FakeServerMain.port("x")).isInstanceOf(IllegalArgumentException.class);
    try (FakeServer server = FakeServer.builder().adminEndpoints(true).start()) {
      String banner = FakeServerMain.banner(server);
      assertThat(banner).contains(server.baseUrl(), FakeServer.DEFAULT_APIDECK_API_KEY,
          FakeServer.DEFAULT_APIDECK_APP_ID, "/__admin/reset");
    }
  }

  @Test
  void standaloneHttpsFlagWritesTheCertificateAndPrintsWhere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    assertThat(FakeServerMain.parse(new String[] {"--https", "0"}, null))
        .isEqualTo(new FakeServerMain.Options(0, true, null));
    assertThat(FakeServerMain.parse(new String[0], "9092")).isEqualTo(new FakeServerMain.Options(9092, false, null));
    assertThat(FakeServerMain.parse(new String[] {"--cert-file=x.pem"}, null).https()).isTrue();
    assertThatThrownBy(() -> FakeServerMain.parse(new String[] {"--http2"}, null)).isInstanceOf(IllegalArgumentException.class);
    try (FakeServer server = FakeServer.builder().https(true).adminEndpoints(true).start()) {
      java.nio.file.Path file = FakeServerMain.writeCertificate(server, dir.resolve("fake.pem"));
      String banner = FakeServerMain.banner(server, file);
      assertThat(banner).contains("https://127.0.0.1:", file.toString(), server.tls().certificatePin());
      assertThat(java.nio.file.Files.readString(file)).isEqualTo(server.tls().certificatePem());
    }
  }
}
