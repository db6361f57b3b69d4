package dev.unisdk.fakeserver.internal.apideck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  @Test
  void sortsKeysAtEveryDepthKeepsArrayOrderAndDropsWhitespace() {
    String in = "{ \"b\": 1, \"a\": { \"z\": [3, {\"y\": 1, \"x\": 2}, 1], \"c\": null }, \"A\": \"s p\" }";

    String out = CanonicalJson.canonical(FakeJson.parse(in.getBytes(StandardCharsets.UTF_8)));

    assertThat(out).isEqualTo("{\"A\":\"s p\",\"a\":{\"c\":null,\"z\":[3,{\"x\":2,\"y\":1},1]},\"b\":1}");
  }

  @Test
  void signatureIsHexHmacSha256OfTheText() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    assertThat(CanonicalJson.sign("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
