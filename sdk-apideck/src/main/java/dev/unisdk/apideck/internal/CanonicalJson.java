package dev.unisdk.apideck.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The form of a JSON document that Apideck signs: every object's keys sorted (recursively, by UTF-16
 * code units like JavaScript's default sort), array order kept, no whitespace, strings and numbers
 * written as JavaScript's {@code JSON.stringify} writes them (numbers as IEEE doubles, shortest form).
 * A key that repeats keeps its last value, as {@code JSON.parse} does. Not API.
 *
 * <p>Bounded before any work: at most {@link #MAX_BYTES} bytes, {@link #MAX_DEPTH} levels of
 * nesting and {@link #MAX_LONG_NUMBERS} numbers of more than 15 significant digits. Linear in the input: one streaming pass builds a light tree whose scalars are already in
 * their final text (each string escaped once, each number formatted once), then one pass writes it;
 * nothing is re-copied per nesting level. A number already in shortest form (at most 15 significant
 * digits) is formatted from its own digits without any floating-point search.
 */
public final class CanonicalJson {
  /** The largest document accepted, in bytes (1 MiB). */
  public static final int MAX_BYTES = 1024 * 1024;
  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_DEPTH = 64;
  /**
   * The most numbers with more than 15 significant digits accepted in one document: only those need
   * a search for their shortest form (a few microseconds each), and a webhook event holds hardly any.
   */
  public static final int MAX_LONG_NUMBERS = 1000;

  /**
   * Field names are not canonicalized (interned in a shared symbol table): each is used once, and a
   * body of many distinct names would otherwise cost several times the parse itself.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
      .configure(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES, false)
      .configure(JsonFactory.Feature.INTERN_FIELD_NAMES, false)
      .build();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The document exceeds {@link #MAX_BYTES} or {@link #MAX_DEPTH}. */
  public static final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceededException(String message) {
      super(message);
    }
  }

  private CanonicalJson() {}

  /**
   * Canonicalizes a JSON document.
   *
   * @param json the document as UTF-8 bytes
   * @return the canonical form as UTF-8 bytes
   * @throws LimitExceededException when the document is larger than {@link #MAX_BYTES} or nested
   *     deeper than {@link #MAX_DEPTH}
   * @throws IOException when the input is not exactly one JSON value
   */
  public static byte[] canonicalize(byte[] json) throws IOException {
    if (json.length > MAX_BYTES) {
      throw new LimitExceededException("larger than " + MAX_BYTES + " bytes");
    }
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IOException("empty JSON document");
      }
      Object root = read(p, 0, new int[1]);
      if (p.nextToken() != null) {
        throw new IOException("trailing content after the JSON value");
      }
      StringBuilder out = new StringBuilder(json.length);
      write(root, out);
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (StreamConstraintsException e) {
      throw new LimitExceededException("nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  /**
   * Reads the value at the current token into a light tree: a {@link String} holds a scalar's final
   * text, a {@link List} an array, a {@code Member[]} an object (sorted by name, last repeat wins).
   */
  private static Object read(JsonParser p, int depth, int[] longNumbers) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        checkDepth(depth);
        List<Member> members = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          members.add(new Member(name, read(p, depth + 1, longNumbers)));
        }
        return sorted(members);
      }
      case START_ARRAY: {
        checkDepth(depth);
        List<Object> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, depth + 1, longNumbers));
        }
        return items;
      }
      case VALUE_STRING: {
        StringBuilder sb = new StringBuilder(p.getTextLength() + 2);
        writeString(p.getText(), sb);
        return sb.toString();
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        String text = p.getText();
        double value = p.getValueAsDouble();
        String own = ownForm(text, value);
        if (own != null) {
          return own;
        }
        if (++longNumbers[0] > MAX_LONG_NUMBERS) {
          throw new LimitExceededException(
              "holding more than " + MAX_LONG_NUMBERS + " numbers of more than 15 significant digits");
        }
        return jsNumber(text, value);
      }
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        throw new IOException("unexpected JSON token " + t);
    }
  }

  private static void checkDepth(int depth) throws LimitExceededException {
    if (depth >= MAX_DEPTH) {
      throw new LimitExceededException("nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  @SuppressWarnings("unchecked")
  private static void write(Object node, StringBuilder out) {
    if (node instanceof String) {
      out.append((String) node);
    } else if (node instanceof List) {
      out.append('[');
      boolean first = true;
      for (Object item : (List<Object>) node) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    } else {
      out.append('{');
      boolean first = true;
      for (Member m : (Member[]) node) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeString(m.name, out);
        out.append(':');
        write(m.value, out);
      }
      out.append('}');
    }
  }

  /** One member of an object. */
  private static final class Member {
    final String name;
    final Object value;

    Member(String name, Object value) {
      this.name = name;
      this.value = value;
    }
  }

  /** The members by name (UTF-16 code units, as JavaScript sorts), a repeated name keeping its last value. */
  private static Member[] sorted(List<Member> members) {
    Member[] all = members.toArray(new Member[0]);
    Arrays.sort(all, (a, b) -> a.name.compareTo(b.name)); // stable: repeats stay in input order
    int kept = 0;
    for (int i = 0; i < all.length; i++) {
      if (i + 1 < all.length && all[i + 1].name.equals(all[i].name)) {
        continue; // a later repeat follows
      }
      all[kept++] = all[i];
    }
    return kept == all.length ? all : Arrays.copyOf(all, kept);
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

  /**
   * Formats a JSON number token as JavaScript would after {@code JSON.parse}. A number written with at
   * most 15 significant digits (in the normal double range) is already the shortest decimal of its
   * double, so its own digits are kept; only longer numbers go through {@link ShortestDecimal#of}.
   *
   * @param text the token as written
   * @param value the token read as a double
   */
  static String jsNumber(String text, double value) {
    String own = ownForm(text, value);
    if (own != null) {
      return own;
    }
    ShortestDecimal shortest = ShortestDecimal.of(Math.abs(value), ShortestDecimal.parse(text, 40));
    return format(value < 0 ? "-" : "", shortest.digits, shortest.n);
  }

  /**
   * The JavaScript form of a number that needs no search: not finite, zero, or written with at most 15
   * significant digits in the normal range (then its own digits are the shortest). Null otherwise.
   */
  private static String ownForm(String text, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "null";
    }
    if (value == 0) {
      return "0";
    }
    if (Math.abs(value) < Double.MIN_NORMAL) {
      return null;
    }
    ShortestDecimal own = ShortestDecimal.parse(text, 15);
    return own == null ? null : format(value < 0 ? "-" : "", own.digits, own.n);
  }

  /** Formats a double as JavaScript's Number#toString does (ECMA-262 Number::toString). */
  static String jsNumber(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "null";
    }
    if (d == 0) {
      return "0";
    }
    ShortestDecimal shortest = ShortestDecimal.of(Math.abs(d));
    return format(d < 0 ? "-" : "", shortest.digits, shortest.n);
  }

  /** ECMA-262 Number::toString of the value 0.{@code digits} x 10^{@code n} (digits without zeros at either end). */
  private static String format(String sign, String digits, int n) {
    int k = digits.length();
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
