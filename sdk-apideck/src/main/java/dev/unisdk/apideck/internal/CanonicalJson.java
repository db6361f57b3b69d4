package dev.unisdk.apideck.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The form of a JSON document that Apideck signs: every object's keys sorted (recursively, by UTF-16
 * code units like JavaScript's default sort), array order kept, no whitespace, strings and numbers
 * written as JavaScript's {@code JSON.stringify} writes them (numbers as IEEE doubles, shortest form).
 * A key that repeats keeps its last value, as {@code JSON.parse} does. Not API.
 */
public final class CanonicalJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private CanonicalJson() {}

  /**
   * Canonicalizes a JSON document.
   *
   * @param json the document as UTF-8 bytes
   * @return the canonical form as UTF-8 bytes
   * @throws IOException when the input is not exactly one JSON value
   */
  public static byte[] canonicalize(byte[] json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IOException("empty JSON document");
      }
      StringBuilder out = new StringBuilder(json.length);
      writeValue(p, out);
      if (p.nextToken() != null) {
        throw new IOException("trailing content after the JSON value");
      }
      return out.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  private static void writeValue(JsonParser p, StringBuilder out) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        writeObject(p, out);
        break;
      case START_ARRAY:
        out.append('[');
        boolean first = true;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          if (!first) {
            out.append(',');
          }
          first = false;
          writeValue(p, out);
        }
        out.append(']');
        break;
      case VALUE_STRING:
        writeString(p.getText(), out);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        out.append(jsNumber(p.getValueAsDouble()));
        break;
      case VALUE_TRUE:
        out.append("true");
        break;
      case VALUE_FALSE:
        out.append("false");
        break;
      case VALUE_NULL:
        out.append("null");
        break;
      default:
        throw new IOException("unexpected JSON token " + t);
    }
  }

  private static void writeObject(JsonParser p, StringBuilder out) throws IOException {
    Map<String, String> members = new TreeMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      StringBuilder value = new StringBuilder();
      writeValue(p, value);
      members.put(name, value.toString());
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> m : members.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(m.getKey(), out);
      out.append(':').append(m.getValue());
    }
    out.append('}');
  }

  /** Writes a string as JSON.stringify does: minimal escapes, lower-case hex, lone surrogates escaped. */
  static void writeString(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || isLoneSurrogate(s, i)) {
            unicodeEscape(c, out);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
  }

  private static final RoundingMode[] ROUNDINGS = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

  /**
   * The decimal with the fewest significant digits that reads back as {@code d} (the closest one when
   * several do), as ECMA-262 requires. {@code Double.toString} is not that before Java 19: it writes
   * 1e23 as {@code 9.999999999999999E22}.
   */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int digits = 1; digits < 17; digits++) {
      BigDecimal best = null;
      for (RoundingMode mode : ROUNDINGS) {
        BigDecimal candidate = exact.round(new MathContext(digits, mode));
        if (candidate.doubleValue() == d && (best == null
            || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        return best.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros(); // 17 always suffice
  }

  /** Formats a double as JavaScript's Number#toString does (ECMA-262 Number::toString). */
  static String jsNumber(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    if (d == 0) {
      return "0";
    }
    String sign = d < 0 ? "-" : "";
    BigDecimal exact = shortest(Math.abs(d));
    String digits = exact.unscaledValue().toString();
    int k = digits.length();
    int n = k - exact.scale();
    StringBuilder sb = new StringBuilder(sign);
    if (k <= n && n <= 21) {
      sb.append(digits);
      for (int i = k; i < n; i++) {
        sb.append('0');
      }
    } else if (0 < n && n <= 21) {
      sb.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      sb.append("0.");
      for (int i = 0; i < -n; i++) {
        sb.append('0');
      }
      sb.append(digits);
    } else {
      sb.append(digits.charAt(0));
      if (k > 1) {
        sb.append('.').append(digits, 1, k);
      }
      int e = n - 1;
      sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return sb.toString();
  }
}
