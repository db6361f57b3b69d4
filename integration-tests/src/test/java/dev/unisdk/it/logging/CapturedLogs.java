package dev.unisdk.it.logging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.event.Level;

/**
 * The log events of the test JVM, formatted. Every logger is enabled at TRACE all the time (so the
 * SDK always takes its most verbose paths); events are kept only between {@link #start()} and
 * {@link #stop()}, at most {@link #CAPACITY} of them (the oldest are dropped).
 */
public final class CapturedLogs {
  /** At most this many events are kept. */
  public static final int CAPACITY = 50_000;

  private static final ArrayDeque<Event> EVENTS = new ArrayDeque<>();
  private static boolean recording;
  private static volatile boolean traceEnabled = true;
  private static long total;

  private CapturedLogs() {}

  /** One logged event: level, logger name, the message with its arguments, the throwable's trace. */
  public record Event(Level level, String logger, String message, String throwable) {
    /** The message and the throwable's stack trace, as a log file would hold them. */
    public String text() {
      return throwable == null ? message : message + "\n" + throwable;
    }
  }

  static synchronized void add(Event e) {
    if (!recording) {
      return;
    }
    if (EVENTS.size() == CAPACITY) {
      EVENTS.removeFirst();
    }
    EVENTS.addLast(e);
    total++;
  }

  /** Whether TRACE is enabled: always, except inside {@link #withoutTrace}. */
  public static boolean traceEnabled() {
    return traceEnabled;
  }

  /**
   * Runs {@code body} with TRACE disabled (DEBUG and above stay on). For tests of something else than
   * logging that must not trip over a TRACE-only defect, which has its own test.
   */
  public static void withoutTrace(Runnable body) {
    traceEnabled = false;
    try {
      body.run();
    } finally {
      traceEnabled = true;
    }
  }

  /** As {@link #withoutTrace(Runnable)}, returning what {@code body} returns. */
  public static <T> T withoutTraceReturning(java.util.function.Supplier<T> body) {
    traceEnabled = false;
    try {
      return body.get();
    } finally {
      traceEnabled = true;
    }
  }

  /** Forgets every event and starts keeping new ones. */
  public static synchronized void start() {
    EVENTS.clear();
    total = 0;
    recording = true;
  }

  /** Stops keeping events; those kept stay readable. */
  public static synchronized void stop() {
    recording = false;
  }

  /** The events kept, oldest first. */
  public static synchronized List<Event> events() {
    return new ArrayList<>(EVENTS);
  }

  /** How many events were logged while recording. */
  public static synchronized long total() {
    return total;
  }
}
