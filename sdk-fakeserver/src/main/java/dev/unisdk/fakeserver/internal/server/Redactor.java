package dev.unisdk.fakeserver.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials before a request is recorded: header values, query parameters and JSON fields with
 * secret-like names, and the user-info of URIs ({@code user://KEY:SECRET@} becomes {@code user://****@},
 * {@code facebook://TOKEN@facebook.com} becomes {@code facebook://****@facebook.com}).
 */
public final class Redactor {
  /** The mask that replaces a secret. */
  public static final String MASK = "****";

  /**
   * {@code scheme://USERINFO@}. The user-info may contain {@code /}: the UnificationEngine fake accepts
   * access tokens with it (base64), so they must be masked too.
   */
  private static final Pattern URI_USERINFO =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^@\\s\"'?#]+)@");
  private static final Pattern JSON_SECRET_FIELD = Pattern.compile(
      "(\"[^\"]*(?:secret|password|token|api[_-]?key|authorization)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
      Pattern.CASE_INSENSITIVE);

  private Redactor() {}

  /** True for header, query or JSON field names that carry credentials. */
  public static boolean isSecretName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("authorization") || n.equals("proxy-authorization") || n.equals("cookie")
        || n.equals("set-cookie") || n.contains("secret") || n.contains("password") || n.contains("token")
        || n.contains("apikey") || n.contains("api-key") || n.contains("api_key") || n.equals("key")
        || n.contains("credential") || n.contains("signature");
  }

  /** A copy of the headers with secret values masked; Authorization keeps its scheme ("Bearer ****"). */
  public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((name, values) -> {
      if (!isSecretName(name)) {
        out.put(name, values);
        return;
      }
      List<String> masked = new ArrayList<>(values.size());
      for (String v : values) {
        int space = v.indexOf(' ');
        boolean scheme = name.endsWith("authorization") && space > 0;
        masked.add(scheme ? v.substring(0, space) + " " + MASK : MASK);
      }
      out.put(name, List.copyOf(masked));
    });
    return out;
  }

  /** A copy of the query with secret-like parameter values masked and URI user-info removed. */
  public static Map<String, List<String>> query(Map<String, List<String>> query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    query.forEach((name, values) -> {
      List<String> masked = new ArrayList<>(values.size());
      for (String v : values) {
        masked.add(isSecretName(name) ? MASK : text(v));
      }
      out.put(name, List.copyOf(masked));
    });
    return out;
  }

  /** The body as UTF-8 text with secrets masked (JSON structurally, anything else by pattern). */
  public static String body(byte[] body) {
    if (body.length == 0) {
      return "";
    }
    String raw = new String(body, StandardCharsets.UTF_8);
    try {
      JsonNode node = FakeJson.parse(body);
      JsonNode masked = json(node);
      return masked.equals(node) ? raw : new String(FakeJson.write(masked), StandardCharsets.UTF_8);
    } catch (RuntimeException notJson) {
      return text(JSON_SECRET_FIELD.matcher(raw).replaceAll("$1\"" + MASK + "\""));
    }
  }

  /** Masks URI user-info in free text. */
  public static String text(String s) {
    Matcher m = URI_USERINFO.matcher(s);
    return m.find() ? m.replaceAll("$1" + MASK + "@") : s;
  }

  private static JsonNode json(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = FakeJson.object();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        boolean secret = isSecretName(e.getKey()) && !e.getValue().isContainerNode() && !e.getValue().isNull();
        copy.set(e.getKey(), secret ? TextNode.valueOf(MASK) : json(e.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = FakeJson.array();
      node.forEach(child -> copy.add(json(child)));
      return copy;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(text(node.textValue()));
    }
    return node;
  }
}
