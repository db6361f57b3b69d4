package dev.unisdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
  private static String result(String benchmark, double score, double error, Double bytesPerOp) {
    String secondary = bytesPerOp == null ? "{}"
        : "{\"gc.alloc.rate.norm\":{\"score\":" + bytesPerOp + ",\"scoreError\":10.0}}";
    return "{\"benchmark\":\"dev.unisdk.benchmarks." + benchmark + "\",\"primaryMetric\":{\"score\":" + score
        + ",\"scoreError\":" + error + ",\"scoreUnit\":\"us/op\"},\"secondaryMetrics\":" + secondary + "}";
  }

  @Test
  void rendersRatiosAndVerdictsAgainstEachOperationsTargets() throws IOException {
    String json = "[" + String.join(",",
        result("ListPageBenchmark.baseline", 1000, 10, 3_000_000.0),
        result("ListPageBenchmark.sdk", 1050, 10, 3_300_000.0),
        result("GetBenchmark.baseline", 100, 1, 20_000.0),
        result("GetBenchmark.sdk", 120, 1, 30_000.0)) + "]";

    String table = ResultsTable.render(new ObjectMapper().readTree(json));

    assertThat(table).contains("| list page (200 contacts) | 1,000.0 ± 10.0 | 1,050.0 ± 10.0 | 1.05x | 3,000,000 | 3,300,000 | 1.10x "
        + "| time OK (<= 1.10x); alloc OK (<= 1.25x) |");
    assertThat(table).contains("| get one contact | 100.0 ± 1.0 | 120.0 ± 1.0 | 1.20x | 20,000 | 30,000 | 1.50x "
        + "| time MISS (<= 1.15x); alloc MISS (<= 1.25x) |");
    assertThat(table).doesNotContain("create one contact");
  }

  @Test
  void saysWhenTheErrorBarsCannotDecideAndWhenAllocationWasNotMeasured() throws IOException {
    String json = "[" + String.join(",",
        result("CreateBenchmark.baseline", 100, 10, null),
        result("CreateBenchmark.sdk", 112, 10, null),
        result("GetBenchmark.baseline", 100, 200, null),
        result("GetBenchmark.sdk", 100, 200, null)) + "]";

    String table = ResultsTable.render(new ObjectMapper().readTree(json));

    assertThat(table).contains("time OK (<= 1.15x, undecided within error [0.93..1.36]); alloc not measured");
    assertThat(table).contains("| get one contact |").contains("time OK (<= 1.15x, too noisy to judge)");
  }
}
