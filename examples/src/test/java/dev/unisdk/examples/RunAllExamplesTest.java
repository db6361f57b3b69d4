package dev.unisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The main job, as a test: every example passes on one embedded fake server. */
class RunAllExamplesTest {

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyExamplePassesOnTheEmbeddedFakeServer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> failed;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      failed = RunAllExamples.runAll(out);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(failed).as(output).isEmpty();
    for (String name : RunAllExamples.examples().keySet()) {
      assertThat(output).contains("== " + name + ": OK");
    }
    assertThat(output)
        .contains("[CrmExample] contacts page 2: [Grace Hopper]")
        .contains("[CrmExample] 404 as expected: type=EntityNotFoundError")
        .contains("[CrmExample] 422 as expected: type=RequestValidationError")
        .contains("[SmsExample] got message")
        .contains("[IntegrationsExample] callback completed")
        .contains("[UnificationEngineExample] connection rss      -> 415")
        .contains("[WebhookExample] verified event")
        .contains("[WebhookExample] tampered body rejected")
        .contains("5 examples, 0 failed");
  }
}
