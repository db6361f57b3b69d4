package dev.unisdk.fakeserver.internal.integrations;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Per-key sliding-window rate limit by an injectable clock: at most {@code limit} admissions per window. */
final class SlidingWindowRateLimiter {
  private final int limit;
  private final long windowMillis;
  private final Clock clock;
  private final Map<String, ArrayDeque<Long>> windows = new ConcurrentHashMap<>();

  SlidingWindowRateLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  /**
   * Admits one request for {@code key}, or refuses it.
   *
   * @return null when admitted, else how long until the next admission is possible (>= 1 s)
   */
  Duration tryAcquire(String key) {
    ArrayDeque<Long> times = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      long now = clock.millis();
      while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
        times.removeFirst();
      }
      if (times.size() >= limit) {
        long waitMillis = times.peekFirst() + windowMillis - now;
        return Duration.ofSeconds(Math.max(1, (waitMillis + 999) / 1000));
      }
      times.addLast(now);
      return null;
    }
  }

  /** Forgets every window. */
  void reset() {
    windows.clear();
  }
}
