package dev.unisdk.it.support;

import dev.unisdk.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that records every requested delay and returns at once: retries never really sleep. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> delays = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration d) {
    delays.add(d);
  }

  /** The delays requested so far, in order. */
  public synchronized List<Duration> delays() {
    return new ArrayList<>(delays);
  }

  /** Forgets the recorded delays. */
  public synchronized void clear() {
    delays.clear();
  }
}
