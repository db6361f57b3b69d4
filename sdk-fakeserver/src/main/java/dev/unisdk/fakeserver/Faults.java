package dev.unisdk.fakeserver;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The queue of injected faults of one {@link FakeServer}. Each request takes the first queued fault
 * that matches its method and path and uses up one of its {@link Fault#times()}; faults are applied in
 * the order they were added, counted, never at random. Thread-safe.
 *
 * <pre>{@code
 * server.faults().add(Fault.status(503).withRetryAfterSeconds(1).times(2).forPathPrefix("/crm"));
 * server.faults().add(Fault.dropMidBody().forMethod("GET"));
 * }</pre>
 */
public final class Faults {
  private final List<Entry> queue = new ArrayList<>();

  private static final class Entry {
    final Fault fault;
    int remaining;

    Entry(Fault fault) {
      this.fault = fault;
      this.remaining = fault.times();
    }
  }

  Faults() {}

  /** Queues a fault for the next {@link Fault#times()} matching requests. Returns this. */
  public Faults add(Fault fault) {
    Objects.requireNonNull(fault, "fault");
    synchronized (queue) {
      queue.add(new Entry(fault));
    }
    return this;
  }

  /** Shortcut: the next {@code n} requests (any method and path) get {@code status}. Returns this. */
  public Faults nextStatus(int status, int n) {
    return add(Fault.status(status).times(n));
  }

  /** Removes every queued fault. */
  public void clear() {
    synchronized (queue) {
      queue.clear();
    }
  }

  /** How many faulted responses are still queued (sum of remaining counts). */
  public int pending() {
    synchronized (queue) {
      int n = 0;
      for (Entry e : queue) {
        n += e.remaining;
      }
      return n;
    }
  }

  /** The queued faults, each with its remaining count as {@link Fault#times()}. */
  public List<Fault> list() {
    synchronized (queue) {
      List<Fault> out = new ArrayList<>(queue.size());
      for (Entry e : queue) {
        out.add(e.fault.times(e.remaining));
      }
      return List.copyOf(out);
    }
  }

  /** Takes one use of the first queued fault matching the request, or returns null. */
  Fault take(String method, String rawPath) {
    synchronized (queue) {
      for (Iterator<Entry> it = queue.iterator(); it.hasNext(); ) {
        Entry e = it.next();
        if (e.fault.matches(method, rawPath)) {
          if (--e.remaining == 0) {
            it.remove();
          }
          return e.fault;
        }
      }
      return null;
    }
  }
}
