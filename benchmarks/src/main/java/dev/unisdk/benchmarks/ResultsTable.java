package dev.unisdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the Markdown comparison table: per operation the baseline and SDK
 * time and allocation per op (with JMH's 99.9% error), their ratios, and the verdict against the
 * targets (time {@literal <=} 1.10x for the page, {@literal <=} 1.15x for get/create; allocation {@literal <=} 1.25x).
 *
 * <p>Arguments: {@code <jmh result json> [markdown output file]}.
 */
public final class ResultsTable {
  private static final double ALLOC_TARGET = 1.25;

  /** An operation: its benchmark class and time target. */
  private record Op(String label, String benchmarkClass, double timeTarget) {}

  /** A score with its error (NaN when JMH could not compute it). */
  record Score(double value, double error) {
    /** The interval of the ratio this/base given both errors. */
    double[] ratioRange(Score base) {
      double e = Double.isNaN(error) ? 0 : error;
      double be = Double.isNaN(base.error) ? 0 : base.error;
      return new double[] {(value - e) / (base.value + be), (value + e) / Math.max(1e-12, base.value - be)};
    }
  }

  private static final Op[] OPS = {
    new Op("list page (200 contacts)", "ListPageBenchmark", 1.10),
    new Op("get one contact", "GetBenchmark", 1.15),
    new Op("create one contact", "CreateBenchmark", 1.15),
  };

  private ResultsTable() {}

  /** Prints the table and writes it to the optional output file. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ResultsTable <jmh.json> [out.md]");
      System.exit(64);
    }
    String table = render(new ObjectMapper().readTree(Path.of(args[0]).toFile()));
    System.out.print(table);
    if (args.length > 1) {
      Files.writeString(Path.of(args[1]), table, StandardCharsets.UTF_8);
    }
  }

  /** Renders the table from the parsed JMH JSON array. */
  static String render(JsonNode results) {
    Map<String, Score> time = new LinkedHashMap<>();
    Map<String, Score> alloc = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText();
      String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      time.put(key, score(r.path("primaryMetric")));
      JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (!norm.isMissingNode()) {
        alloc.put(key, score(norm));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("| op | baseline µs/op | sdk µs/op | time ratio | baseline B/op | sdk B/op | alloc ratio | vs targets |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (Op op : OPS) {
      Score bt = time.get(op.benchmarkClass + ".baseline");
      Score st = time.get(op.benchmarkClass + ".sdk");
      if (bt == null || st == null) {
        continue;
      }
      Score ba = alloc.get(op.benchmarkClass + ".baseline");
      Score sa = alloc.get(op.benchmarkClass + ".sdk");
      double timeRatio = st.value / bt.value;
      String verdict = "time " + verdict(timeRatio, st.ratioRange(bt), op.timeTarget);
      String allocCells;
      if (ba != null && sa != null) {
        double allocRatio = sa.value / ba.value;
        allocCells = String.format(Locale.ROOT, "%,.0f | %,.0f | %.2fx", ba.value, sa.value, allocRatio);
        verdict += "; alloc " + verdict(allocRatio, sa.ratioRange(ba), ALLOC_TARGET);
      } else {
        allocCells = "n/a | n/a | n/a";
        verdict += "; alloc not measured (no -prof gc)";
      }
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx | %s | %s |%n",
          op.label, fmt(bt), fmt(st), timeRatio, allocCells, verdict));
    }
    return sb.toString();
  }

  /**
   * "OK" or "MISS" against the target, noting when the error bars of both scores allow either answer:
   * with the ratio's interval when it is finite, else "too noisy to judge".
   */
  static String verdict(double ratio, double[] range, double target) {
    String base = ratio <= target ? "OK" : "MISS";
    String note = "";
    if (!(range[0] > 0) || !(range[1] < 100)) {
      note = ", too noisy to judge";
    } else if (range[0] <= target && range[1] > target) {
      note = String.format(Locale.ROOT, ", undecided within error [%.2f..%.2f]", range[0], range[1]);
    }
    return String.format(Locale.ROOT, "%s (<= %.2fx%s)", base, target, note);
  }

  private static Score score(JsonNode metric) {
    return new Score(metric.path("score").asDouble(Double.NaN), metric.path("scoreError").asDouble(Double.NaN));
  }

  private static String fmt(Score s) {
    return Double.isNaN(s.error)
        ? String.format(Locale.ROOT, "%,.1f", s.value)
        : String.format(Locale.ROOT, "%,.1f ± %,.1f", s.value, s.error);
  }
}
