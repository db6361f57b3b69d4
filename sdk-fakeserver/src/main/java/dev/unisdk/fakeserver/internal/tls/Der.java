package dev.unisdk.fakeserver.internal.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The few DER (X.690) encodings a self-signed X.509 v3 certificate needs. Each method returns one
 * complete TLV.
 */
final class Der {
  private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter GENERALIZED_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private Der() {}

  /** A TLV with the given tag byte and contents. */
  static byte[] tlv(int tag, byte[] contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
    out.write(tag);
    int length = contents.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(contents);
    return out.toByteArray();
  }

  static byte[] sequence(byte[]... items) {
    return tlv(0x30, concat(items));
  }

  static byte[] set(byte[]... items) {
    return tlv(0x31, concat(items));
  }

  static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  static byte[] bool(boolean value) {
    return tlv(0x01, new byte[] {(byte) (value ? 0xFF : 0x00)});
  }

  /** A BIT STRING with no unused bits. */
  static byte[] bitString(byte[] bits) {
    byte[] contents = new byte[bits.length + 1];
    System.arraycopy(bits, 0, contents, 1, bits.length);
    return tlv(0x03, contents);
  }

  static byte[] octetString(byte[] bytes) {
    return tlv(0x04, bytes);
  }

  static byte[] utf8(String s) {
    return tlv(0x0C, s.getBytes(StandardCharsets.UTF_8));
  }

  /** UTCTime before 2050, GeneralizedTime from 2050 on (RFC 5280 4.1.2.5). */
  static byte[] time(Instant instant) {
    if (instant.atZone(ZoneOffset.UTC).getYear() < 2050) {
      return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
    }
    return tlv(0x18, GENERALIZED_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
  }

  /** An OBJECT IDENTIFIER from dotted text ("1.2.840.10045.4.3.2"). */
  static byte[] oid(String dotted) {
    String[] parts = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    base128(out, Long.parseLong(parts[0]) * 40 + Long.parseLong(parts[1]));
    for (int i = 2; i < parts.length; i++) {
      base128(out, Long.parseLong(parts[i]));
    }
    return tlv(0x06, out.toByteArray());
  }

  /** A context-specific tag: constructed ({@code [n] EXPLICIT}) or primitive ({@code [n] IMPLICIT}). */
  static byte[] context(int number, boolean constructed, byte[] contents) {
    return tlv(0x80 | (constructed ? 0x20 : 0) | number, contents);
  }

  private static void base128(ByteArrayOutputStream out, long value) {
    int groups = 1;
    for (long v = value >>> 7; v != 0; v >>>= 7) {
      groups++;
    }
    for (int g = groups - 1; g >= 0; g--) {
      int b = (int) ((value >>> (7 * g)) & 0x7F);
      out.write(g == 0 ? b : b | 0x80);
    }
  }

  static byte[] concat(byte[]... items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] item : items) {
      out.writeBytes(item);
    }
    return out.toByteArray();
  }
}
