package dev.unisdk.fakeserver.internal.http;

import java.util.Map;

/** Standard reason phrases for status lines and error bodies. */
public final class ReasonPhrases {
  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(100, "Continue"), Map.entry(200, "OK"), Map.entry(201, "Created"),
      Map.entry(202, "Accepted"), Map.entry(204, "No Content"), Map.entry(301, "Moved Permanently"),
      Map.entry(302, "Found"), Map.entry(304, "Not Modified"), Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
      Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(411, "Length Required"),
      Map.entry(413, "Payload Too Large"), Map.entry(414, "URI Too Long"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Entity"),
      Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"), Map.entry(505, "HTTP Version Not Supported"));

  private ReasonPhrases() {}

  /** The reason phrase for a status, or a generic one by class ("Client Error", "Server Error"). */
  public static String of(int status) {
    String phrase = PHRASES.get(status);
    if (phrase != null) {
      return phrase;
    }
    if (status >= 500) {
      return "Server Error";
    }
    if (status >= 400) {
      return "Client Error";
    }
    return "Status " + status;
  }
}
