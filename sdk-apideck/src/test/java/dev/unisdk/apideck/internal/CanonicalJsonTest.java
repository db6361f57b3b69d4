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
}
