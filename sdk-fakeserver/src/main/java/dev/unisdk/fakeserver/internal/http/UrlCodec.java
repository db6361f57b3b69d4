package dev.unisdk.fakeserver.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percent-decoding of request targets: path segments and {@code application/x-www-form-urlencoded} queries. */
public final class UrlCodec {
  private UrlCodec() {}

  /**
   * Splits a raw path ("/crm/contacts/a%2Fb") into decoded segments (["crm", "contacts", "a/b"]).
   * The root path "/" has no segments; a trailing slash yields a trailing empty segment.
   *
   * @throws HttpProtocolException on a malformed escape or invalid UTF-8
   */
  public static List<String> segments(String rawPath) {
    if (rawPath.isEmpty() || rawPath.equals("/")) {
      return List.of();
    }
    String trimmed = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    List<String> out = new ArrayList<>();
    for (String part : trimmed.split("/", -1)) {
      out.add(decode(part, false));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Decodes a raw query string into names and values in arrival order. Names are kept verbatim after
   * decoding ({@code filter[name]}), {@code +} means a space, a parameter without {@code =} has value "".
   *
   * @throws HttpProtocolException on a malformed escape or invalid UTF-8
   */
  public static Map<String, List<String>> query(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Collections.unmodifiableMap(out);
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    out.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(out);
  }

  /** Decodes percent escapes (and {@code +} as space when {@code plusIsSpace}) as UTF-8. */
  public static String decode(String s, boolean plusIsSpace) {
    if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          throw new HttpProtocolException(400, "malformed percent escape in request target");
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          throw new HttpProtocolException(400, "malformed percent escape in request target");
        }
        bytes.write((hi << 4) | lo);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new HttpProtocolException(400, "request target is not valid UTF-8");
    }
  }
}
