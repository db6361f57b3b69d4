package dev.unisdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds list pages of full contacts by splicing pre-serialized bytes (no JSON tree per page), so a
 * server can answer thousands of distinct pages cheaply. Page {@code n} holds the contacts with ids
 * {@code offset .. offset+size-1}; its cursor is {@code "c<offset>"}. The bytes equal what
 * {@link Fixtures#listPage} builds (checked by a test).
 */
public final class PageGenerator {
  private static final String MARKER = "__UNISDK_ID__";

  private final byte[] contactHead;
  private final byte[] contactTail;
  private final int pageSize;
  private final long total;

  /**
   * Creates a generator.
   *
   * @param total the number of contacts in the whole listing
   * @param pageSize contacts per page
   */
  public PageGenerator(long total, int pageSize) {
    if (total < 0 || pageSize < 1) {
      throw new IllegalArgumentException("total >= 0 and pageSize >= 1 required");
    }
    this.total = total;
    this.pageSize = pageSize;
    ObjectNode contact = Fixtures.fullContact();
    contact.put("id", MARKER);
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(contact);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = json.indexOf(MARKER);
    this.contactHead = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
    this.contactTail = json.substring(at + MARKER.length()).getBytes(StandardCharsets.UTF_8);
  }

  /** The cursor of the page starting at {@code offset}. */
  public static String cursor(long offset) {
    return "c" + offset;
  }

  /**
   * Parses a cursor made by {@link #cursor}.
   *
   * @param cursor the cursor, or null for the first page
   * @return the offset
   * @throws IllegalArgumentException for a foreign cursor
   */
  public static long offsetOf(String cursor) {
    if (cursor == null) {
      return 0;
    }
    if (!cursor.startsWith("c")) {
      throw new IllegalArgumentException("not a generator cursor: " + cursor);
    }
    return Long.parseLong(cursor.substring(1));
  }

  /**
   * The body of the page starting at {@code offset}: up to pageSize contacts, next cursor null on the last.
   *
   * @param offset the index of its first contact
   * @return the JSON body
   */
  public byte[] page(long offset) {
    long end = Math.min(total, offset + pageSize);
    int count = (int) Math.max(0, end - offset);
    String next = end < total ? cursor(end) : null;
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + count * (contactHead.length + contactTail.length + 12));
    write(out, "{\"status_code\":200,\"status\":\"OK\",\"service\":\"salesforce\",\"resource\":\"contacts\","
        + "\"operation\":\"all\",\"data\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(contactHead);
      write(out, Long.toString(offset + i));
      out.writeBytes(contactTail);
    }
    write(out, "],\"meta\":{\"items_on_page\":" + count + ",\"cursors\":{\"previous\":null,\"current\":\""
        + cursor(offset) + "\",\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "}},"
        + "\"links\":{\"previous\":null,\"current\":\"https://unify.apideck.com/crm/contacts?cursor="
        + cursor(offset) + "\",\"next\":null}}");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String ascii) {
    out.writeBytes(ascii.getBytes(StandardCharsets.UTF_8));
  }
}
