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
  void rendersBothBaselinesWithRatioIntervalsAndJudgesTargetsAgainstTheFloor() throws IOException {
    String json = "[" + String.join(",",
        result("ListPageBenchmark.floor", 1000, 10, 1_000_000.0),
        result("ListPageBenchmark.baseline", 2000, 10, 3_000_000.0),
        result("ListPageBenchmark.sdk", 1050, 10, 1_300_000.0),
        result("GetBenchmark.floor", 100, 1, 20_000.0),
        result("GetBenchmark.baseline", 150, 1, 25_000.0),
        result("GetBenchmark.sdk", 120, 1, 30_000.0)) + "]";

    String table = ResultsTable.render(new ObjectMapper().readTree(json));

    assertThat(table).contains("| list page (200 contacts) | 1,000.0 ± 10.0 | 2,000.0 ± 10.0 | 1,050.0 ± 10.0 "
        + "| 1.05x [1.03..1.07] | 0.53x [0.52..0.53] | OK (<= 1.10x) |");
    assertThat(table).contains("| get one contact | 100.0 ± 1.0 | 150.0 ± 1.0 | 120.0 ± 1.0 | 1.20x [1.18..1.22] "
        + "| 0.80x [0.79..0.81] | MISS (<= 1.15x) |");
    assertThat(table).contains("| list page (200 contacts) | 1,000,000 ± 10 | 3,000,000 ± 10 | 1,300,000 ± 10 "
        + "| 1.30x [1.30..1.30] | 0.43x [0.43..0.43] | MISS (<= 1.25x) |");
    assertThat(table).contains("| get one contact | 20,000 ± 10 | 25,000 ± 10 | 30,000 ± 10 | 1.50x");
    assertThat(table).doesNotContain("create one contact").doesNotContain("Operation listener");
  }

  @Test
  void saysWhenTheErrorBarsCannotDecideAndWhenAFloorOrAllocationIsMissing() throws IOException {
    String json = "[" + String.join(",",
        result("CreateBenchmark.floor", 100, 10, null),
        result("CreateBenchmark.sdk", 112, 10, null),
        result("GetBenchmark.baseline", 100, 200, null),
        result("GetBenchmark.sdk", 100, 200, null)) + "]";

    String table = ResultsTable.render(new ObjectMapper().readTree(json));

    assertThat(table).contains("| create one contact | 100.0 ± 10.0 | n/a | 112.0 ± 10.0 | 1.12x [0.93..1.36] | n/a "
        + "| OK (<= 1.15x, undecided within error) |");
    assertThat(table).contains("| get one contact | n/a | 100.0 ± 200.0 | 100.0 ± 200.0 | n/a | 1.00x [noisy] "
        + "| n/a (no floor) |");
    assertThat(table).contains("Allocation not measured");
  }

  @Test
  void comparesTheDefaultListenerWithANoopListener() throws IOException {
    String json = "[" + String.join(",",
        result("GetBenchmark.floor", 80, 1, 10_000.0),
        result("GetBenchmark.sdk", 100, 1, 12_000.0),
        result("ListenerOverheadBenchmark.getNone", 100, 2, 12_000.0),
        result("ListenerOverheadBenchmark.getNoop", 110, 2, 13_200.0)) + "]";

    String table = ResultsTable.render(new ObjectMapper().readTree(json));

    assertThat(table).contains("| get one contact | 100.0 ± 2.0 | 110.0 ± 2.0 | 1.10x [1.06..1.14] | 12,000 ± 10 "
        + "| 13,200 ± 10 | 1.10x [1.10..1.10] | 1.25x [1.21..1.29] |");
  }
}
