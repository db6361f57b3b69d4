package dev.unisdk.fakeserver;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * One injected failure, applied to the next {@link #times()} matching responses. Immutable; the
 * {@code with...}/{@code times}/{@code forMethod}/{@code forPathPrefix} methods return copies.
 *
 * <p>How each type behaves (as a client sees it):
 * <ul>
 *   <li>{@link Type#STATUS}: the request is <em>not</em> processed; the client gets the status with
 *       the owning API's error body (Apideck {@code {"status_code",...,"type_name",...}}, Integrations
 *       {@code {"status","error","message"}}, UnificationEngine {@code {"status","info"}}), plus
 *       {@code Retry-After} when set.</li>
 *   <li>{@link Type#LATENCY}: processed normally, the response is written after the delay.</li>
 *   <li>{@link Type#STALL}: processed, then nothing is written for the duration, then the connection
 *       is closed (a client with a shorter read timeout times out).</li>
 *   <li>{@link Type#DROP_BEFORE_RESPONSE}: processed, then the connection closes without a byte.</li>
 *   <li>{@link Type#DROP_MID_BODY}: processed; status line, headers (full Content-Length) and half the
 *       body are written, then the connection closes (a response with an empty body is cut inside its
 *       header section instead, so the client never sees a complete response).</li>
 *   <li>{@link Type#TRUNCATED_JSON}: processed; the status and headers are kept, the body is cut to
 *       its first half with a matching Content-Length (valid HTTP, broken JSON).</li>
 *   <li>{@link Type#MALFORMED_JSON}: processed; the client gets 200 with Content-Type JSON and the
 *       body {@link #MALFORMED_BODY}.</li>
 * </ul>
 * Faults that damage a response still let the request take effect: the server did the work, the
 * client never learns the result. Durations are capped at {@link #MAX_DURATION}.
 */
public final class Fault {
  /** Longest latency or stall accepted. */
  public static final Duration MAX_DURATION = Duration.ofSeconds(60);
  /** The body of a {@link Type#MALFORMED_JSON} response. */
  public static final String MALFORMED_BODY = "{\"data\": [{\"id\": \"1\",, }";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

  /** The kind of failure. */
  public enum Type {
    /** An error status instead of the real response. */
    STATUS,
    /** The real response, late. */
    LATENCY,
    /** Nothing for a while, then the connection closes. */
    STALL,
    /** The connection closes before any response byte. */
    DROP_BEFORE_RESPONSE,
    /** The connection closes after half the body. */
    DROP_MID_BODY,
    /** A well-framed response whose JSON body is cut in half. */
    TRUNCATED_JSON,
    /** A 200 response whose body is not valid JSON. */
    MALFORMED_JSON
  }

  private final Type type;
  private final int status;
  private final String retryAfter;
  private final Duration duration;
  private final int times;
  private final String method;
  private final String pathPrefix;

  private Fault(Type type, int status, String retryAfter, Duration duration, int times, String method,
      String pathPrefix) {
    this.type = type;
    this.status = status;
    this.retryAfter = retryAfter;
    this.duration = duration;
    this.times = times;
    this.method = method;
    this.pathPrefix = pathPrefix;
  }

  private static Fault of(Type type) {
    return new Fault(type, 0, null, Duration.ZERO, 1, null, null);
  }

  /**
   * Answers with an error status (400..599) and the owning API's error body; the request is not processed.
   *
   * @throws IllegalArgumentException when the status is outside 400..599
   */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("fault status must be 400..599, was " + status);
    }
    return new Fault(Type.STATUS, status, null, Duration.ZERO, 1, null, null);
  }

  /** Processes the request normally but writes the response after {@code delay}. */
  public static Fault latency(Duration delay) {
    return new Fault(Type.LATENCY, 0, null, checkDuration(delay), 1, null, null);
  }

  /** Processes the request, writes nothing for {@code duration}, then closes the connection. */
  public static Fault stall(Duration duration) {
    return new Fault(Type.STALL, 0, null, checkDuration(duration), 1, null, null);
  }

  /** Processes the request, then closes the connection without writing a byte. */
  public static Fault dropBeforeResponse() {
    return of(Type.DROP_BEFORE_RESPONSE);
  }

  /** Processes the request, writes the headers and half the body, then closes the connection. */
  public static Fault dropMidBody() {
    return of(Type.DROP_MID_BODY);
  }

  /** Processes the request and sends the first half of the JSON body with a matching Content-Length. */
  public static Fault truncatedJson() {
    return of(Type.TRUNCATED_JSON);
  }

  /** Processes the request and answers 200 with the body {@link #MALFORMED_BODY}. */
  public static Fault malformedJson() {
    return of(Type.MALFORMED_JSON);
  }

  /**
   * A copy that adds {@code Retry-After: <seconds>} (status faults only).
   *
   * @throws IllegalStateException when this is not a status fault
   */
  public Fault withRetryAfterSeconds(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds < 0");
    }
    return withRetryAfterValue(Long.toString(seconds));
  }

  /**
   * A copy that adds {@code Retry-After} as an HTTP-date (status faults only).
   *
   * @throws IllegalStateException when this is not a status fault
   */
  public Fault withRetryAfterDate(Instant when) {
    Objects.requireNonNull(when, "when");
    return withRetryAfterValue(HTTP_DATE.format(when.atOffset(ZoneOffset.UTC)));
  }

  Fault withRetryAfterValue(String value) {
    if (type != Type.STATUS) {
      throw new IllegalStateException("Retry-After applies to status faults only");
    }
    return new Fault(type, status, value, duration, times, method, pathPrefix);
  }

  /**
   * A copy that applies to the next {@code n} matching responses (default 1).
   *
   * @throws IllegalArgumentException when {@code n < 1}
   */
  public Fault times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be >= 1, was " + n);
    }
    return new Fault(type, status, retryAfter, duration, n, method, pathPrefix);
  }

  /** A copy that only matches requests with this HTTP method (case-insensitive). */
  public Fault forMethod(String httpMethod) {
    Objects.requireNonNull(httpMethod, "httpMethod");
    return new Fault(type, status, retryAfter, duration, times, httpMethod.toUpperCase(Locale.ROOT), pathPrefix);
  }

  /**
   * A copy that only matches requests whose raw path starts with {@code prefix} (e.g. {@code /crm/contacts}).
   *
   * @throws IllegalArgumentException when the prefix does not start with "/"
   */
  public Fault forPathPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!prefix.startsWith("/")) {
      throw new IllegalArgumentException("path prefix must start with '/'");
    }
    return new Fault(type, status, retryAfter, duration, times, method, prefix);
  }

  /** The kind of failure. */
  public Type type() {
    return type;
  }

  /** The injected status for {@link Type#STATUS}, else 0. */
  public int status() {
    return status;
  }

  /** The Retry-After header value, or null. */
  public String retryAfter() {
    return retryAfter;
  }

  /** Latency or stall duration; zero for other types. */
  public Duration duration() {
    return duration;
  }

  /** How many matching responses this fault affects. */
  public int times() {
    return times;
  }

  /** The HTTP method filter, or null for any. */
  public String method() {
    return method;
  }

  /** The path-prefix filter, or null for any. */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** True when a request with this method and raw path is affected by this fault. */
  public boolean matches(String requestMethod, String rawPath) {
    return (method == null || method.equals(requestMethod))
        && (pathPrefix == null || rawPath.startsWith(pathPrefix));
  }

  /**
   * Parses the compact syntax used by the {@code x-fake-fault} request header and the admin endpoint:
   * {@code ;}-separated {@code key=value} pairs, one of
   * {@code status=503}, {@code latency=250ms}, {@code stall=5s}, {@code drop=before-response},
   * {@code drop=mid-body}, {@code body=truncated}, {@code body=malformed}; optionally
   * {@code retry-after=2} or {@code retry-after=Wed, 21 Oct 2015 07:28:00 GMT} (with status),
   * {@code times=3}, {@code method=POST}, {@code path=/crm/contacts}. Durations take {@code ms} or
   * {@code s}; a bare number means milliseconds.
   *
   * @throws IllegalArgumentException when the text is not a valid fault
   * @throws IllegalStateException when {@code retry-after} is given with a fault that is not a status
   */
  public static Fault parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    Fault fault = null;
    String retryAfter = null;
    Integer times = null;
    String method = null;
    String path = null;
    for (String part : spec.split(";")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("fault part '" + p + "' is not key=value");
      }
      String key = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = p.substring(eq + 1).trim();
      Fault kind = switch (key) {
        case "status" -> status(parseInt(value, key));
        case "latency" -> latency(parseDuration(value));
        case "stall" -> stall(parseDuration(value));
        case "drop" -> switch (value.toLowerCase(Locale.ROOT)) {
          case "before-response", "before" -> dropBeforeResponse();
          case "mid-body", "mid" -> dropMidBody();
          default -> throw new IllegalArgumentException("drop must be before-response or mid-body");
        };
        case "body" -> switch (value.toLowerCase(Locale.ROOT)) {
          case "truncated" -> truncatedJson();
          case "malformed" -> malformedJson();
          default -> throw new IllegalArgumentException("body must be truncated or malformed");
        };
        default -> null;
      };
      if (kind != null) {
        if (fault != null) {
          throw new IllegalArgumentException("a fault spec names exactly one fault type");
        }
        fault = kind;
        continue;
      }
      switch (key) {
        case "retry-after" -> retryAfter = value;
        case "times" -> times = parseInt(value, key);
        case "method" -> method = value;
        case "path" -> path = value;
        default -> throw new IllegalArgumentException("unknown fault key '" + key + "'");
      }
    }
    if (fault == null) {
      throw new IllegalArgumentException("a fault spec needs one of status, latency, stall, drop, body");
    }
    if (retryAfter != null) {
      if (retryAfter.isEmpty()) {
        throw new IllegalArgumentException("retry-after is empty");
      }
      fault = fault.withRetryAfterValue(retryAfter);
    }
    if (times != null) {
      fault = fault.times(times);
    }
    if (method != null) {
      fault = fault.forMethod(method);
    }
    if (path != null) {
      fault = fault.forPathPrefix(path);
    }
    return fault;
  }

  private static int parseInt(String value, String key) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be an integer, was '" + value + "'");
    }
  }

  private static Duration parseDuration(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
      }
      if (v.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).trim()) * 1000));
      }
      return Duration.ofMillis(Long.parseLong(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad duration '" + value + "' (use 250ms or 2s)");
    }
  }

  private static Duration checkDuration(Duration d) {
    Objects.requireNonNull(d, "duration");
    if (d.isNegative() || d.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException("duration must be 0.." + MAX_DURATION.getSeconds() + " s, was " + d);
    }
    return d;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Fault{").append(type);
    if (type == Type.STATUS) {
      sb.append(' ').append(status);
      if (retryAfter != null) {
        sb.append(", retryAfter=").append(retryAfter);
      }
    }
    if (type == Type.LATENCY || type == Type.STALL) {
      sb.append(' ').append(duration.toMillis()).append("ms");
    }
    sb.append(", times=").append(times);
    if (method != null) {
      sb.append(", method=").append(method);
    }
    if (pathPrefix != null) {
      sb.append(", pathPrefix=").append(pathPrefix);
    }
    return sb.append('}').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fault f && type == f.type && status == f.status && times == f.times
        && Objects.equals(retryAfter, f.retryAfter) && duration.equals(f.duration)
        && Objects.equals(method, f.method) && Objects.equals(pathPrefix, f.pathPrefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, status, retryAfter, duration, times, method, pathPrefix);
  }
}
