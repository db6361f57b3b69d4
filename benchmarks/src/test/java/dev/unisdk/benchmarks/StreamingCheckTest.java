package dev.unisdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A scaled-down {@link StreamingCheck}: 20,000 contacts through {@code list()} in a forked 64 MB JVM. */
class StreamingCheckTest {
  @Test
  @Timeout(60)
  void iterates20000ContactsThroughListInA64MegabyteHeap() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = Files.createTempFile("streaming-check", ".log");
    Process process = new ProcessBuilder(java.toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), StreamingCheck.class.getName(), "20000", "200", "25")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      assertThat(process.waitFor(45, TimeUnit.SECONDS)).as("finished in time").isTrue();
      String output = Files.readString(log);
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("OK: 20,000 of 20,000 items").contains("0 out of order").contains("-Xmx 64 MB");
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }

  @Test
  @Timeout(30)
  void reportsFailureWhenTheListingEndsBeforeAllItemsWereSeen() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = StreamingCheck.run(1000, 800, 200, 1, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL: 800 of 1,000 items");
  }

  @Test
  @Timeout(30)
  void reportsSuccessWhenEveryItemWasSeenInOrder() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = StreamingCheck.run(1000, 200, 1, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK: 1,000 of 1,000 items").contains("pages       5");
  }
}
