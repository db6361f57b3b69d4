package dev.unisdk.it.support;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/** Snapshots of live threads, to prove a closed client left none behind. */
public final class Threads {
  private Threads() {}

  /**
   * The threads a client may own: every live non-daemon thread, and every OkHttp thread but the
   * process-wide {@code OkHttp TaskRunner} pool (shared by all OkHttp clients, daemon, and ending by
   * itself after 60 s idle). Names are suffixed with the thread id so that equal names still count.
   */
  public static Set<String> clientThreads() {
    Set<String> out = new TreeSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!t.isAlive()) {
        continue;
      }
      String name = t.getName();
      boolean okhttp = name.startsWith("OkHttp") && !name.startsWith("OkHttp TaskRunner");
      if (!t.isDaemon() || okhttp) {
        out.add(name + "#" + t.getId());
      }
    }
    return out;
  }

  /**
   * Waits (polling, bounded) until no thread outside {@code baseline} is left, and returns those that are.
   *
   * @return the threads still alive that were not in the baseline; empty when none leaked
   */
  public static Set<String> leakedSince(Set<String> baseline, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Set<String> now = clientThreads();
      now.removeAll(baseline);
      if (now.isEmpty() || System.nanoTime() > deadline) {
        return now;
      }
      Thread.sleep(20);
    }
  }
}
