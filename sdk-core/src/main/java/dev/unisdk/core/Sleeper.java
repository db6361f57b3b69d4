package dev.unisdk.core;

import java.time.Duration;

/** Waits between retries. A seam so tests never really sleep. */
@FunctionalInterface
public interface Sleeper {
  /**
   * Waits for the given duration.
   *
   * @param duration how long to wait
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that blocks the current thread ({@link Thread#sleep(long)}).
   *
   * @return the real sleeper
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}

/** The real, blocking sleeper. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long millis = duration.toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
