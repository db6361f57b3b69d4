package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Apideck's webhook signing: the body with all object keys sorted alphabetically at every depth
 * (array order kept), written without whitespace, signed with HMAC-SHA256 keyed by the API key and
 * sent as lower-case hex in {@code x-apideck-signature}.
 */
final class CanonicalJson {
  private CanonicalJson() {}

  /** A copy with every object's keys in ascending (UTF-16 code unit) order. */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode out = FakeJson.object();
      for (String name : names) {
        out.set(name, sorted(node.get(name)));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = FakeJson.array();
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        out.add(sorted(it.next()));
      }
      return out;
    }
    return node;
  }

  /** The canonical text: sorted keys, no whitespace. */
  static String canonical(JsonNode node) {
    return new String(FakeJson.write(sorted(node)), StandardCharsets.UTF_8);
  }

  /** hex(HMAC-SHA256(key, text)). */
  static String sign(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
