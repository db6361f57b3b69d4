package dev.unisdk.fakeserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

@Timeout(60)
class FakeServerExtensionTest {

  /** Run through the launcher only (not @Nested): records what the extension gave each test. */
  @ExtendWith(FakeServerExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class Probe {
    static final List<FakeServer> SEEN = new ArrayList<>();
    static final List<Long> REQUESTS_AT_START = new ArrayList<>();
    static FakeServer staticField;
    FakeServer field;

    @Test
    @Order(1)
    void first(FakeServer parameter) throws IOException {
      assertThat(parameter).isSameAs(field).isSameAs(staticField);
      SEEN.add(parameter);
      REQUESTS_AT_START.add(parameter.requests().total());
      parameter.faults().add(Fault.status(500).times(5));
      hit(parameter);
    }

    @Test
    @Order(2)
    void second(FakeServer parameter) throws IOException {
      SEEN.add(parameter);
      REQUESTS_AT_START.add(parameter.requests().total());
      assertThat(parameter.faults().pending()).isZero();
      hit(parameter);
    }

    @Nested
    class Inner {
      @Test
      void sharesTheOuterServer(FakeServer parameter) {
        SEEN.add(parameter);
        REQUESTS_AT_START.add(parameter.requests().total());
      }
    }

    private static void hit(FakeServer server) throws IOException {
      OkHttpClient client = new OkHttpClient();
      try (Response r = client.newCall(new Request.Builder().url(server.baseUrl() + "/nowhere").build()).execute()) {
        assertThat(r.code()).isIn(404, 500);
      } finally {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
      }
    }
  }

  /** Run through the launcher only: a configured extension registered programmatically. */
  static class ConfiguredProbe {
    @RegisterExtension
    static final FakeServerExtension FAKE = new FakeServerExtension(b -> b.seed(7).recordsPerResource(3));
    static FakeServer seen;

    @Test
    void injected(FakeServer server) {
      seen = server;
    }
  }

  private static TestExecutionSummary run(Class<?> testClass) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
    return listener.getSummary();
  }

  @Test
  void startsOneServerPerClassResetsBeforeEachTestInjectsAndClosesAfterTheClass() throws IOException {
    Probe.SEEN.clear();
    Probe.REQUESTS_AT_START.clear();

    TestExecutionSummary summary = run(Probe.class);

    assertThat(summary.getFailures()).isEmpty();
    assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
    assertThat(Probe.SEEN).hasSize(3).allSatisfy(s -> assertThat(s).isSameAs(Probe.SEEN.get(0)));
    assertThat(Probe.REQUESTS_AT_START).containsOnly(0L);
    int port = Probe.SEEN.get(0).port();
    try (Socket socket = new Socket()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void registeredExtensionUsesItsConfiguration() {
    ConfiguredProbe.seen = null;
    TestExecutionSummary summary = run(ConfiguredProbe.class);
    assertThat(summary.getFailures()).isEmpty();
    assertThat(ConfiguredProbe.seen).isNotNull();
  }
}
