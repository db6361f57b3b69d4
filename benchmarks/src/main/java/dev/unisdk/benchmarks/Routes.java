package dev.unisdk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** The responders of the loopback server: fixed answers for the JMH benchmarks, generated pages for streaming. */
public final class Routes {
  /** The id {@link #fixed()} answers a get for. */
  public static final String CONTACT_ID = "12345";
  /** Contacts on the fixed list page. */
  public static final int PAGE_SIZE = 200;

  private static final byte[] NOT_FOUND = FixedResponseServer.response(404,
      "{\"status_code\":404,\"error\":\"Not Found\",\"type_name\":\"EntityNotFoundError\",\"message\":\"no route\"}"
          .getBytes(StandardCharsets.UTF_8));

  private Routes() {}

  /**
   * Pre-serialized answers: {@code GET /crm/contacts?limit=200} (one page of 200 full contacts, no next
   * cursor), {@code GET /crm/contacts/12345} and {@code POST /crm/contacts}; anything else is a 404.
   */
  public static Function<String, byte[]> fixed() {
    byte[] page = FixedResponseServer.response(200, Fixtures.listPage(PAGE_SIZE, 1, null));
    byte[] one = FixedResponseServer.response(200, Fixtures.getOne());
    byte[] created = FixedResponseServer.response(201, Fixtures.created());
    String listLine = "GET /crm/contacts?limit=" + PAGE_SIZE;
    String getLine = "GET /crm/contacts/" + CONTACT_ID;
    return line -> {
      if (line.equals(listLine)) {
        return page;
      }
      if (line.equals(getLine)) {
        return one;
      }
      if (line.equals("POST /crm/contacts")) {
        return created;
      }
      return NOT_FOUND;
    };
  }

  /**
   * Answers {@code GET /crm/contacts?limit=..[&cursor=c<offset>]} with the generator's page at that
   * offset (the page size is the generator's); anything else is a 404.
   */
  public static Function<String, byte[]> streaming(PageGenerator generator) {
    return line -> {
      if (!line.startsWith("GET /crm/contacts?")) {
        return NOT_FOUND;
      }
      String cursor = null;
      for (String param : line.substring(line.indexOf('?') + 1).split("&")) {
        if (param.startsWith("cursor=")) {
          cursor = param.substring("cursor=".length());
        }
      }
      try {
        return FixedResponseServer.response(200, generator.page(PageGenerator.offsetOf(cursor)));
      } catch (IllegalArgumentException e) {
        return NOT_FOUND;
      }
    };
  }
}
