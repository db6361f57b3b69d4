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
 * Turns a JMH JSON result file into the Markdown comparison tables. Per operation: time and allocation
 * per op of the streaming floor ({@code floor}, timestamps as strings), the databind baseline
 * ({@code baseline}, timestamps as {@code OffsetDateTime}) and the SDK ({@code sdk}), each with JMH's
 * 99.9% error; the SDK/floor and SDK/baseline ratios with the interval the error bars allow; and the
 * verdict against issue 14's targets, which are judged against the <b>floor</b> (time {@literal <=} 1.10x for the
 * page, {@literal <=} 1.15x for get/create; allocation {@literal <=} 1.25x). When {@code ListenerOverheadBenchmark} ran, a
 * third table compares the default {@code NONE} listener with a no-op listener (issue 17).
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

  /** Prints the tables and writes them to the optional output file. */
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

  /** Renders the tables from the parsed JMH JSON array. */
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
    sb.append("Time, µs/op (± 99.9% error); ratios with the interval the error bars allow; targets against the floor:\n\n");
    sb.append("| op | floor | baseline | sdk | sdk/floor | sdk/baseline | target vs floor |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---|\n");
    for (Op op : OPS) {
      row(sb, op.label, op.benchmarkClass, time, op.timeTarget, "%,.1f");
    }
    if (!alloc.isEmpty()) {
      sb.append("\nAllocation, B/op (gc.alloc.rate.norm ± 99.9% error):\n\n");
      sb.append("| op | floor | baseline | sdk | sdk/floor | sdk/baseline | target vs floor |\n");
      sb.append("|---|---:|---:|---:|---:|---:|---|\n");
      for (Op op : OPS) {
        row(sb, op.label, op.benchmarkClass, alloc, ALLOC_TARGET, "%,.0f");
      }
    } else {
      sb.append("\nAllocation not measured (run with -prof gc).\n");
    }
    listenerTable(sb, time, alloc);
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, String cls, Map<String, Score> scores, double target,
      String format) {
    Score floor = scores.get(cls + ".floor");
    Score base = scores.get(cls + ".baseline");
    Score sdk = scores.get(cls + ".sdk");
    if (sdk == null) {
      return;
    }
    sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", label, fmt(floor, format),
        fmt(base, format), fmt(sdk, format), ratio(sdk, floor), ratio(sdk, base),
        floor == null ? "n/a (no floor)" : verdict(sdk.value / floor.value, sdk.ratioRange(floor), target)));
  }

  private static void listenerTable(StringBuilder sb, Map<String, Score> time, Map<String, Score> alloc) {
    String cls = "ListenerOverheadBenchmark.";
    if (!time.containsKey(cls + "getNone") && !time.containsKey(cls + "listPageNone")) {
      return;
    }
    sb.append("\nOperation listener (issue 17): default `NONE` vs a no-op listener set:\n\n");
    sb.append("| op | NONE µs/op | no-op µs/op | no-op/NONE | NONE B/op | no-op B/op | no-op/NONE alloc | NONE/floor time |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    String[][] ops = {{"get one contact", "get", "GetBenchmark"}, {"list page (200 contacts)", "listPage", "ListPageBenchmark"}};
    for (String[] op : ops) {
      Score none = time.get(cls + op[1] + "None");
      Score noop = time.get(cls + op[1] + "Noop");
      if (none == null || noop == null) {
        continue;
      }
      Score noneA = alloc.get(cls + op[1] + "None");
      Score noopA = alloc.get(cls + op[1] + "Noop");
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", op[0],
          fmt(none, "%,.1f"), fmt(noop, "%,.1f"), ratio(noop, none), fmt(noneA, "%,.0f"), fmt(noopA, "%,.0f"),
          ratio(noopA, noneA), ratio(none, time.get(op[2] + ".floor"))));
    }
  }

  /** "1.23x [1.10..1.37]", or "n/a" when a side is missing. */
  static String ratio(Score value, Score base) {
    if (value == null || base == null) {
      return "n/a";
    }
    double[] r = value.ratioRange(base);
    String interval = r[0] > 0 && r[1] < 100 ? String.format(Locale.ROOT, " [%.2f..%.2f]", r[0], r[1]) : " [noisy]";
    return String.format(Locale.ROOT, "%.2fx%s", value.value / base.value, interval);
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
      note = ", undecided within error";
    }
    return String.format(Locale.ROOT, "%s (<= %.2fx%s)", base, target, note);
  }

  private static Score score(JsonNode metric) {
    return new Score(metric.path("score").asDouble(Double.NaN), metric.path("scoreError").asDouble(Double.NaN));
  }

  private static String fmt(Score s, String format) {
    if (s == null) {
      return "n/a";
    }
    return Double.isNaN(s.error)
        ? String.format(Locale.ROOT, format, s.value)
        : String.format(Locale.ROOT, format + " ± " + format, s.value, s.error);
  }
}
