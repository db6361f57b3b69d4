package dev.unisdk.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records requested waits instead of sleeping, and the thread each wait was requested on. */
public final class RecordingSleeper implements Sleeper {
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  public final List<String> threads = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    threads.add(Thread.currentThread().getName());
  }
}
