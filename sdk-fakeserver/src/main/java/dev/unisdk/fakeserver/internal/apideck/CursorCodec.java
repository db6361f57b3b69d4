package dev.unisdk.fakeserver.internal.apideck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unisdk.fakeserver.internal.http.FakeJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, signed page cursors. A cursor holds a keyset position (the sort value and insertion sequence
 * of the record it is relative to), the direction to read from it, and the listing it belongs to
 * (resource, consumer, service, sort, filters). It is base64url JSON plus an HMAC-SHA256 tag with a
 * per-server random key, so a cursor that was tampered with, forged, or used for another listing
 * is rejected with {@code InvalidCursorError}.
 */
final class CursorCodec {
  /** Where a page starts: {@code START}, strictly {@code AFTER} or strictly {@code BEFORE} a position. */
  enum Mode { START, AFTER, BEFORE }

  /** A decoded cursor. {@code key} and {@code seq} are meaningless for {@code START}. */
  record Position(Mode mode, JsonNode key, long seq) {}

  private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DEC = Base64.getUrlDecoder();

  private final byte[] secret = new byte[32];

  CursorCodec() {
    new SecureRandom().nextBytes(secret);
  }

  /** Encodes a position of the listing identified by {@code scope}. */
  String encode(String scope, Position position) {
    ObjectNode payload = FakeJson.object();
    payload.put("v", 1);
    payload.put("m", position.mode().name());
    if (position.mode() != Mode.START) {
      payload.set("k", position.key());
      payload.put("q", position.seq());
    }
    payload.put("h", scopeHash(scope));
    byte[] body = FakeJson.write(payload);
    return ENC.encodeToString(body) + "." + ENC.encodeToString(tag(body));
  }

  /**
   * Decodes a cursor given for the listing {@code scope}.
   *
   * @throws ApideckError 400 {@code InvalidCursorError} when malformed, tampered with or from another listing
   */
  Position decode(String scope, String cursor) {
    int dot = cursor.indexOf('.');
    if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
      throw ApideckError.invalidCursor("Cursor is not a cursor returned by this API");
    }
    byte[] body;
    byte[] tag;
    try {
      body = DEC.decode(cursor.substring(0, dot));
      tag = DEC.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw ApideckError.invalidCursor("Cursor is not a cursor returned by this API");
    }
    if (!MessageDigest.isEqual(tag, tag(body))) {
      throw ApideckError.invalidCursor("Cursor signature does not match; use a cursor returned by the API unchanged");
    }
    JsonNode payload;
    try {
      payload = FakeJson.parse(body);
      Mode mode = Mode.valueOf(payload.path("m").asText());
      if (!scopeHash(scope).equals(payload.path("h").asText())) {
        throw ApideckError.invalidCursor(
            "Cursor belongs to another listing (resource, consumer, service, sort or filters differ)");
      }
      return new Position(mode, payload.path("k"), payload.path("q").asLong());
    } catch (FakeJson.MalformedJsonException | IllegalArgumentException e) {
      throw ApideckError.invalidCursor("Cursor is not a cursor returned by this API");
    }
  }

  private byte[] tag(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String scopeHash(String scope) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
      return ENC.encodeToString(digest).substring(0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
