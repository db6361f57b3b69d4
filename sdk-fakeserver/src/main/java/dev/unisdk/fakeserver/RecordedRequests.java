package dev.unisdk.fakeserver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The requests a {@link FakeServer} received, oldest first, for assertions such as "exactly one create
 * reached the server". Keeps the last {@link #CAPACITY} requests; {@link #count(String)} counts every
 * request since the last {@link #clear()} even when it has been evicted. Admin requests are not recorded.
 * Thread-safe.
 */
public final class RecordedRequests {
  /** How many requests are kept. */
  public static final int CAPACITY = 10_000;

  private final ArrayDeque<RecordedRequest> log = new ArrayDeque<>();
  private final Map<String, Long> counts = new HashMap<>();
  private long total;

  RecordedRequests() {}

  synchronized void add(RecordedRequest request) {
    if (log.size() == CAPACITY) {
      log.removeFirst();
    }
    log.addLast(request);
    total++;
    if (request.operation() != null) {
      counts.merge(request.operation(), 1L, Long::sum);
    }
  }

  /** A snapshot of the kept requests, oldest first. */
  public synchronized List<RecordedRequest> all() {
    return List.copyOf(log);
  }

  /** The kept requests of one operation (e.g. {@code crm.contacts.add}), oldest first. */
  public synchronized List<RecordedRequest> of(String operation) {
    Objects.requireNonNull(operation, "operation");
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r : log) {
      if (operation.equals(r.operation())) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /** The most recent request, or null when none was received. */
  public synchronized RecordedRequest last() {
    return log.peekLast();
  }

  /** How many requests of this operation arrived since the last clear (including evicted ones). */
  public synchronized long count(String operation) {
    Objects.requireNonNull(operation, "operation");
    return counts.getOrDefault(operation, 0L);
  }

  /** How many requests arrived since the last clear (including evicted ones). */
  public synchronized long total() {
    return total;
  }

  /** Forgets every recorded request and count. */
  public synchronized void clear() {
    log.clear();
    counts.clear();
    total = 0;
  }
}
