package dev.unisdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Response bodies built once from the documents' examples (specs/examples/crm): the full contact record
 * repeated with distinct ids.
 */
public final class Fixtures {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  /** The documents' full contact record (the {@code data} of the get example). */
  public static ObjectNode fullContact() {
    return (ObjectNode) read("contacts-get.response.json").get("data");
  }

  /** The documents' create request body. */
  public static JsonNode createRequest() {
    return read("contacts-add.request.json");
  }

  /** A list page of {@code size} full contacts whose ids start at {@code firstId}; next cursor as given. */
  public static byte[] listPage(int size, long firstId, String nextCursor) {
    ObjectNode envelope = MAPPER.createObjectNode();
    envelope.put("status_code", 200).put("status", "OK").put("service", "salesforce")
        .put("resource", "contacts").put("operation", "all");
    ArrayNode data = envelope.putArray("data");
    ObjectNode template = fullContact();
    for (int i = 0; i < size; i++) {
      ObjectNode c = template.deepCopy();
      c.put("id", Long.toString(firstId + i));
      data.add(c);
    }
    ObjectNode meta = envelope.putObject("meta");
    meta.put("items_on_page", size);
    ObjectNode cursors = meta.putObject("cursors");
    cursors.putNull("previous");
    cursors.put("current", "c" + firstId);
    if (nextCursor == null) {
      cursors.putNull("next");
    } else {
      cursors.put("next", nextCursor);
    }
    ObjectNode links = envelope.putObject("links");
    links.putNull("previous");
    links.put("current", "https://unify.apideck.com/crm/contacts?cursor=c" + firstId);
    links.putNull("next");
    return bytes(envelope);
  }

  /** The get envelope of one full contact. */
  public static byte[] getOne() {
    return bytes(read("contacts-get.response.json"));
  }

  /** The create answer. */
  public static byte[] created() {
    return bytes(read("contacts-add.response.json"));
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
