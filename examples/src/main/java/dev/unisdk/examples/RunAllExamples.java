package dev.unisdk.examples;

import dev.unisdk.fakeserver.FakeServer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs every example against ONE embedded fake server, printing what each step did. Exits with
 * status 1 when any example fails. This is the main job:
 * {@code ./mvnw -B -q -pl examples -am package -DskipTests -Drun-examples}.
 */
public final class RunAllExamples {
  private RunAllExamples() {}

  /** The examples, in the order they run. */
  public static Map<String, Consumer<ExampleContext>> examples() {
    Map<String, Consumer<ExampleContext>> all = new LinkedHashMap<>();
    all.put("CrmExample", CrmExample::run);
    all.put("SmsExample", SmsExample::run);
    all.put("IntegrationsExample", IntegrationsExample::run);
    all.put("UnificationEngineExample", UnificationEngineExample::run);
    all.put("WebhookExample", WebhookExample::run);
    return all;
  }

  /** Runs every example; exits with 1 when one failed. */
  public static void main(String[] args) {
    List<String> failed = runAll(System.out);
    if (!failed.isEmpty()) {
      System.exit(1);
    }
  }

  /**
   * Runs every example on one fresh fake server, even after a failure.
   *
   * @return the names of the examples that failed (empty when all passed)
   */
  public static List<String> runAll(PrintStream out) {
    List<String> failed = new ArrayList<>();
    long start = System.nanoTime();
    try (FakeServer fake = FakeServer.start()) {
      out.println("Embedded fake server at " + fake.baseUrl());
      for (Map.Entry<String, Consumer<ExampleContext>> example : examples().entrySet()) {
        String name = example.getKey();
        out.println();
        out.println("== " + name);
        try (ExampleContext ctx = ExampleContext.onFakeServer(name, fake, out)) {
          example.getValue().accept(ctx);
          out.println("== " + name + ": OK");
        } catch (RuntimeException e) {
          failed.add(name);
          out.println("== " + name + ": FAILED: " + e);
          e.printStackTrace(out);
        }
      }
      out.println();
      out.printf("%d examples, %d failed%s, %d requests served, %d ms%n", examples().size(), failed.size(),
          failed.isEmpty() ? "" : " " + failed, fake.requests().total(), (System.nanoTime() - start) / 1_000_000);
    }
    return failed;
  }
}
