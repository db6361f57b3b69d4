package dev.unisdk.apideck;

import dev.unisdk.apideck.internal.CanonicalJson;
import dev.unisdk.core.errors.ValidationException;
import dev.unisdk.core.internal.Checks;
import dev.unisdk.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies and signs Apideck webhook requests. The {@code x-apideck-signature} header is the lower-case
 * hex HMAC-SHA256, keyed with your API key, of the request body after every object's keys were sorted
 * alphabetically (recursively; array order kept) and the JSON re-serialized without whitespace.
 * Signatures are compared in constant time.
 *
 * <p>Verification costs little whatever the sender: a body larger than {@link #MAX_BODY_BYTES} (1 MiB)
 * is refused before it is parsed or hashed; one nested deeper than {@link #MAX_DEPTH} levels, or holding
 * more than 1,000 numbers of more than 15 significant digits (the only ones whose JavaScript form needs a
 * search; Apideck's events hold none), is refused as soon as the parser meets it. The canonical form is
 * computed in one linear pass, so a forged body cannot buy CPU time before its signature is compared.
 *
 * <pre>{@code
 * byte[] body = request.bodyBytes();
 * WebhookEvent event = ApideckWebhooks.constructEvent(
 *     body, request.header(ApideckHeaders.SIGNATURE), apiKey, WebhookEvent.class);
 * }</pre>
 */
public final class ApideckWebhooks {
  private static final String HMAC = "HmacSHA256";
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final int SIGNATURE_HEX_LENGTH = 64;

  /** The largest webhook body accepted, in bytes (1 MiB); a larger one is refused unread. */
  public static final int MAX_BODY_BYTES = CanonicalJson.MAX_BYTES;

  /** The deepest nesting of objects and arrays accepted in a webhook body. */
  public static final int MAX_DEPTH = CanonicalJson.MAX_DEPTH;

  private ApideckWebhooks() {}

  /**
   * Tells whether a webhook body carries a valid signature.
   *
   * @param body the request body exactly as received
   * @param signatureHeader the value of {@code x-apideck-signature}, may be null
   * @param apiKey your Apideck API key
   * @return true only when the signature matches; false when it is missing, malformed or wrong, or
   *     the body is not JSON or exceeds {@link #MAX_BODY_BYTES} or {@link #MAX_DEPTH}
   * @throws ValidationException when {@code apiKey} is blank
   */
  public static boolean verify(byte[] body, String signatureHeader, String apiKey) {
    return check(body, signatureHeader, apiKey) == null;
  }

  /**
   * Tells whether a webhook body carries a valid signature.
   *
   * @param body the request body as received
   * @param signatureHeader the value of {@code x-apideck-signature}, may be null
   * @param apiKey your Apideck API key
   * @return true only when the signature matches
   * @throws ValidationException when {@code apiKey} is blank
   */
  public static boolean verify(String body, String signatureHeader, String apiKey) {
    return verify(body == null ? null : body.getBytes(StandardCharsets.UTF_8), signatureHeader, apiKey);
  }

  /**
   * Verifies a webhook body and throws when the signature does not match.
   *
   * @param body the request body exactly as received
   * @param signatureHeader the value of {@code x-apideck-signature}, may be null
   * @param apiKey your Apideck API key
   * @throws WebhookSignatureException when the signature is missing, malformed or wrong, or the body is not
   *     JSON or exceeds {@link #MAX_BODY_BYTES} or {@link #MAX_DEPTH}
   * @throws ValidationException when {@code apiKey} is blank
   */
  public static void verifyOrThrow(byte[] body, String signatureHeader, String apiKey) {
    String problem = check(body, signatureHeader, apiKey);
    if (problem != null) {
      throw new WebhookSignatureException(problem);
    }
  }

  /**
   * Verifies a webhook body, then decodes it into an event type (for example the generated
   * {@code WebhookEvent} of a unified API).
   *
   * @param body the request body exactly as received
   * @param signatureHeader the value of {@code x-apideck-signature}
   * @param apiKey your Apideck API key
   * @param eventType the class to decode the body into
   * @param <T> the event type
   * @return the decoded event
   * @throws WebhookSignatureException when the signature is missing, malformed or wrong
   * @throws WebhookException when the body cannot be decoded into {@code eventType}
   */
  public static <T> T constructEvent(byte[] body, String signatureHeader, String apiKey, Class<T> eventType) {
    Checks.notNull(eventType, "eventType");
    verifyOrThrow(body, signatureHeader, apiKey);
    try {
      return Json.mapper().readValue(body, eventType);
    } catch (IOException e) {
      throw new WebhookException(
          "webhook body has a valid signature but is not a " + eventType.getSimpleName() + ": "
              + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * Computes the signature Apideck sends for a body; use it to build webhook requests in your tests.
   *
   * @param body a JSON document
   * @param apiKey the API key to sign with
   * @return the lower-case hex HMAC-SHA256 of the canonical body
   * @throws ValidationException when the body is not JSON or the key is blank
   */
  public static String sign(String body, String apiKey) {
    Checks.notNull(body, "body");
    return sign(body.getBytes(StandardCharsets.UTF_8), apiKey);
  }

  /**
   * Computes the signature Apideck sends for a body.
   *
   * @param body a JSON document as UTF-8 bytes
   * @param apiKey the API key to sign with
   * @return the lower-case hex HMAC-SHA256 of the canonical body
   * @throws ValidationException when the body is not JSON, exceeds {@link #MAX_BODY_BYTES} or
   *     {@link #MAX_DEPTH}, or the key is blank
   */
  public static String sign(byte[] body, String apiKey) {
    Checks.notNull(body, "body");
    Checks.notBlank(apiKey, "apiKey");
    byte[] canonical;
    try {
      canonical = CanonicalJson.canonicalize(body);
    } catch (CanonicalJson.LimitExceededException e) {
      throw new ValidationException("body", "is " + e.getMessage());
    } catch (IOException e) {
      throw new ValidationException("body", "is not a JSON document");
    }
    return hex(hmac(canonical, apiKey));
  }

  /**
   * Returns the form of a body that is signed: keys sorted recursively, no whitespace.
   *
   * @param body a JSON document
   * @return the canonical JSON text
   * @throws ValidationException when the body is not JSON
   */
  public static String canonicalize(String body) {
    Checks.notNull(body, "body");
    try {
      return new String(CanonicalJson.canonicalize(body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    } catch (CanonicalJson.LimitExceededException e) {
      throw new ValidationException("body", "is " + e.getMessage());
    } catch (IOException e) {
      throw new ValidationException("body", "is not a JSON document");
    }
  }

  /** Returns null when the signature is valid, else why it is not. */
  private static String check(byte[] body, String signatureHeader, String apiKey) {
    Checks.notBlank(apiKey, "apiKey");
    if (signatureHeader == null || signatureHeader.trim().isEmpty()) {
      return "missing " + ApideckHeaders.SIGNATURE + " header";
    }
    byte[] provided = parseHex(signatureHeader.trim().toLowerCase(Locale.ROOT));
    if (provided == null) {
      return "malformed " + ApideckHeaders.SIGNATURE + " header (expected 64 hex characters)";
    }
    if (body == null) {
      return "missing webhook body";
    }
    if (body.length > MAX_BODY_BYTES) {
      return "webhook body is larger than " + MAX_BODY_BYTES + " bytes";
    }
    byte[] canonical;
    try {
      canonical = CanonicalJson.canonicalize(body);
    } catch (CanonicalJson.LimitExceededException e) {
      return "webhook body is " + e.getMessage();
    } catch (IOException e) {
      return "webhook body is not a JSON document";
    }
    byte[] expected = hmac(canonical, apiKey);
    return MessageDigest.isEqual(expected, provided) ? null : "webhook signature does not match the body";
  }

  private static byte[] hmac(byte[] data, String key) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static byte[] parseHex(String s) {
    if (s.length() != SIGNATURE_HEX_LENGTH) {
      return null;
    }
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = hexValue(s.charAt(2 * i));
      int lo = hexValue(s.charAt(2 * i + 1));
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  private static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }
}
