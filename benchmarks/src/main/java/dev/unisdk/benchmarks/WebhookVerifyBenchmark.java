package dev.unisdk.benchmarks;

import dev.unisdk.apideck.ApideckWebhooks;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a forged webhook costs before it is refused: a body of about 1 MB (just under the 1 MiB limit)
 * with a wrong {@code x-apideck-signature}, verified with {@link ApideckWebhooks#verify}. The bodies are
 * the shapes that used to take seconds (issue 13): 17-digit numbers, numbers in the far exponent range or
 * subnormal, deep nesting; the worst body still canonicalized in full (the budget of 1,000 long numbers,
 * then 15-digit ones); and, for comparison, plain strings and many keys. The goal is well under 100 ms each.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class WebhookVerifyBenchmark {
  private static final String KEY = "sk_live_benchmark_key";
  private static final int TARGET = 1_000_000;

  /** The shape of the forged body. */
  @Param({"digits17", "farExponent", "subnormal", "atNumberBudget", "nested990", "strings", "manyKeys"})
  public String shape;

  private byte[] body;
  private String wrongSignature;

  /** Builds the forged body once. */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(13);
    StringBuilder sb = new StringBuilder(TARGET + 64);
    switch (shape) {
      case "digits17":
        sb.append("{\"n\":[");
        while (sb.length() < TARGET) {
          sb.append(1 + random.nextInt(9)).append(String.format("%016d", Math.floorMod(random.nextLong(), 10_000_000_000_000_000L))).append(',');
        }
        sb.setLength(sb.length() - 1);
        sb.append("]}");
        break;
      case "farExponent":
        sb.append("{\"n\":[");
        while (sb.length() < TARGET) {
          sb.append("1.").append(String.format("%016d", Math.floorMod(random.nextLong(), 10_000_000_000_000_000L)))
              .append("e-").append(290 + random.nextInt(17)).append(',');
        }
        sb.setLength(sb.length() - 1);
        sb.append("]}");
        break;
      case "subnormal":
        sb.append("{\"n\":[");
        while (sb.length() < TARGET) {
          sb.append("4.").append(String.format("%016d", Math.floorMod(random.nextLong(), 10_000_000_000_000_000L)))
              .append("e-").append(310 + random.nextInt(13)).append(',');
        }
        sb.setLength(sb.length() - 1);
        sb.append("]}");
        break;
      case "atNumberBudget":
        // the worst body still canonicalized in full: 1,000 long numbers (the budget), then 15-digit ones
        sb.append("{\"n\":[");
        for (int i = 0; sb.length() < TARGET; i++) {
          if (i < 1000) {
            sb.append("4.").append(String.format("%016d", Math.floorMod(random.nextLong(), 10_000_000_000_000_000L)))
                .append("e-").append(310 + random.nextInt(13)).append(',');
          } else {
            sb.append(100_000_000_000_000L + Math.floorMod(random.nextLong(), 899_999_999_999_999L)).append(',');
          }
        }
        sb.setLength(sb.length() - 1);
        sb.append("]}");
        break;
      case "nested990":
        for (int i = 0; i < 990; i++) {
          sb.append("{\"a\":");
        }
        sb.append("\"").append(repeat('x', TARGET - sb.length() - 2000)).append("\"");
        for (int i = 0; i < 990; i++) {
          sb.append('}');
        }
        break;
      case "strings":
        sb.append("{\"s\":[");
        while (sb.length() < TARGET) {
          sb.append("\"").append(Long.toHexString(random.nextLong())).append("\\u00e9\\n\",");
        }
        sb.setLength(sb.length() - 1);
        sb.append("]}");
        break;
      case "manyKeys":
        sb.append('{');
        while (sb.length() < TARGET) {
          sb.append("\"k").append(Long.toHexString(random.nextLong())).append("\":{\"b\":1,\"a\":[true,null]},");
        }
        sb.setLength(sb.length() - 1);
        sb.append('}');
        break;
      default:
        throw new IllegalArgumentException(shape);
    }
    body = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (body.length > ApideckWebhooks.MAX_BODY_BYTES) {
      throw new IllegalStateException("body too large for the benchmark: " + body.length);
    }
    wrongSignature = repeat('0', 64);
    if (ApideckWebhooks.verify(body, wrongSignature, KEY)) {
      throw new IllegalStateException("a forged body verified");
    }
  }

  private static String repeat(char c, int n) {
    char[] chars = new char[Math.max(0, n)];
    java.util.Arrays.fill(chars, c);
    return new String(chars);
  }

  /** {@code ApideckWebhooks.verify(body, wrongSignature, key)}: always false. */
  @Benchmark
  public boolean verifyForgedBody() {
    return ApideckWebhooks.verify(body, wrongSignature, KEY);
  }
}
