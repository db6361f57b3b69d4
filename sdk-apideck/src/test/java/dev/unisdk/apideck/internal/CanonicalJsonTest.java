package dev.unisdk.apideck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  private static String canonical(String json) throws IOException {
    return new String(CanonicalJson.canonicalize(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void sortsKeysRecursivelyKeepsArrayOrderAndDropsWhitespace() throws IOException {
    assertThat(canonical(" { \"b\" : [ 3 , {\"d\":1,\"c\":2} ], \"a\" : { \"z\" : null, \"Z\" : true } } "))
        .isEqualTo("{\"a\":{\"Z\":true,\"z\":null},\"b\":[3,{\"c\":2,\"d\":1}]}");
  }

  @Test
  void aRepeatedKeyKeepsItsLastValueLikeJsonParse() throws IOException {
    assertThat(canonical("{\"a\":1,\"a\":2}")).isEqualTo("{\"a\":2}");
  }

  @Test
  void writesStringsAsJsonStringifyDoes() throws IOException {
    assertThat(canonical("[\"q\\\"b\\\\s\\/é\\u00e9\\u2028\\t\\u0001\"]"))
        .isEqualTo("[\"q\\\"b\\\\s/éé\u2028\\t\\u0001\"]");
    assertThat(canonical("[\"\\ud800\"]")).isEqualTo("[\"\\ud800\"]");
    assertThat(canonical("[\"\\ud83d\\ude00\"]")).isEqualTo("[\"\ud83d\ude00\"]");
  }

  @Test
  void writesNumbersAsJavaScriptDoes() throws IOException {
    assertThat(canonical("[1, 1.0, -0, 1.50, 100e0, 1e21, 1e-7, 0.000001, 123456789012345678901, -2.5e-3]"))
        .isEqualTo("[1,1,0,1.5,100,1e+21,1e-7,0.000001,123456789012345680000,-0.0025]");
  }

  @Test
  void writesTheShortestDigitsThatReadBackEvenWhereJava17sDoubleToStringDoesNot() throws IOException {
    // Double.toString before Java 19 gives 9.999999999999999E22 and 2.82879384806159008E17 here;
    // JavaScript (and so the signer) writes the shortest form
    assertThat(canonical("[1e23, 282879384806159000, 5e-324, 1.7976931348623157e308, 0.1]"))
        .isEqualTo("[1e+23,282879384806159000,5e-324,1.7976931348623157e+308,0.1]");
    assertThat(CanonicalJson.jsNumber(2.82879384806159E17)).isEqualTo("282879384806159000");
    assertThat(CanonicalJson.jsNumber(1.0E23)).isEqualTo("1e+23");
    assertThat(CanonicalJson.jsNumber(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(CanonicalJson.jsNumber(-1.5e-7)).isEqualTo("-1.5e-7");
  }

  @Test
  void rejectsInputThatIsNotOneJsonValue() {
    assertThatThrownBy(() -> canonical("")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> canonical("{} {}")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> canonical("{\"a\":")).isInstanceOf(IOException.class);
  }

  /** The straightforward search (every length, three roundings of the exact value): the reference. */
  private static String reference(double d) {
    if (d == 0) {
      return "0";
    }
    java.math.BigDecimal exact = new java.math.BigDecimal(Math.abs(d));
    java.math.BigDecimal best = null;
    for (int digits = 1; digits <= 17 && best == null; digits++) {
      for (java.math.RoundingMode mode : new java.math.RoundingMode[] {
          java.math.RoundingMode.HALF_EVEN, java.math.RoundingMode.FLOOR, java.math.RoundingMode.CEILING}) {
        java.math.BigDecimal c = exact.round(new java.math.MathContext(digits, mode));
        if (c.doubleValue() == Math.abs(d) && (best == null
            || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = c;
        }
      }
    }
    best = best.stripTrailingZeros();
    // format as ECMA-262 through the plain/scientific rules, checked against Double.parseDouble
    String digits = best.unscaledValue().toString();
    int n = digits.length() - best.scale();
    String out;
    int k = digits.length();
    if (k <= n && n <= 21) {
      StringBuilder sb = new StringBuilder(digits);
      for (int i = k; i < n; i++) {
        sb.append('0');
      }
      out = sb.toString();
    } else if (0 < n && n <= 21) {
      out = digits.substring(0, n) + "." + digits.substring(n);
    } else if (-6 < n && n <= 0) {
      StringBuilder sb = new StringBuilder("0.");
      for (int i = 0; i < -n; i++) {
        sb.append('0');
      }
      out = sb.append(digits).toString();
    } else {
      int e = n - 1;
      out = digits.charAt(0) + (k > 1 ? "." + digits.substring(1) : "") + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    }
    return (d < 0 ? "-" : "") + out;
  }

  @Test
  void numbersMatchTheStraightforwardShortestSearchWhateverTheirWriting() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 1_000; i++) {
      double d;
      switch (i % 5) {
        case 0: d = Double.longBitsToDouble(random.nextLong()); break;
        case 1: d = random.nextDouble() * Math.pow(10, random.nextInt(40) - 20); break;
        case 2: d = (double) random.nextInt(1_000_000) / 1000; break;
        case 3: d = Double.longBitsToDouble(random.nextLong() & 0x000FFFFFFFFFFFFFL); break; // subnormal
        default: d = Math.scalb(random.nextDouble(), random.nextInt(2000) - 1000); break;
      }
      if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
        continue;
      }
      String expected = reference(d);
      assertThat(CanonicalJson.jsNumber(d)).as("%s", d).isEqualTo(expected);
      // the same value written in the ways a JSON sender may write it
      for (String text : new String[] {Double.toString(d), expected,
          String.format(java.util.Locale.ROOT, "%.14e", d), String.format(java.util.Locale.ROOT, "%.16e", d)}) {
        double read = Double.parseDouble(text);
        assertThat(CanonicalJson.jsNumber(text, read)).as(text).isEqualTo(reference(read));
      }
    }
    for (double d : new double[] {1e23, 2.82879384806159E17, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE,
        Math.nextDown(Double.MIN_NORMAL), 9007199254740993.0, 0.1 + 0.2, 1e21, 1e-7, 123e-20, 4.35, 0.3}) {
      assertThat(CanonicalJson.jsNumber(d)).as("%s", d).isEqualTo(reference(d));
    }
  }

  @Test
  void keepsNumbersAlreadyInShortestFormAsWritten() throws IOException {
    assertThat(canonical("[12345, -0.5, 1.25e-9, 123456789012345, 1E+2, 0.00001000, 5e-324]"))
        .isEqualTo("[12345,-0.5,1.25e-9,123456789012345,100,0.00001,5e-324]");
  }

  @Test
  void refusesADocumentLargerThanTheLimitBeforeParsing() {
    byte[] big = new byte[CanonicalJson.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '['); // not even valid JSON: the size is checked first
    assertThatThrownBy(() -> CanonicalJson.canonicalize(big))
        .isInstanceOf(CanonicalJson.LimitExceededException.class).hasMessageContaining("bytes");
  }

  @Test
  void refusesNestingDeeperThanTheLimit() throws IOException {
    StringBuilder ok = new StringBuilder();
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < CanonicalJson.MAX_DEPTH; i++) {
      ok.append(i % 2 == 0 ? "{\"a\":" : "[");
    }
    ok.append("1");
    for (int i = CanonicalJson.MAX_DEPTH - 1; i >= 0; i--) {
      ok.append(i % 2 == 0 ? "}" : "]");
    }
    assertThat(canonical(ok.toString())).isEqualTo(ok.toString());
    for (int i = 0; i < 990; i++) {
      deep.append("{\"a\":");
    }
    assertThatThrownBy(() -> canonical(deep.toString()))
        .isInstanceOf(CanonicalJson.LimitExceededException.class).hasMessageContaining("deeper");
    assertThatThrownBy(() -> canonical("[" + ok + "]"))
        .isInstanceOf(CanonicalJson.LimitExceededException.class);
  }
}
