package dev.unisdk.core.internal;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One shared daemon thread that waits out async retry backoffs, so no OkHttp dispatcher thread ever
 * blocks. The thread ends after 30 s without work. Internal.
 */
public final class RetryScheduler {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private RetryScheduler() {}

  private static final class Holder {
    static final ScheduledThreadPoolExecutor EXECUTOR = create();
  }

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "unisdk-retry-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    executor.setKeepAliveTime(30, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  /**
   * Returns the shared executor.
   *
   * @return the scheduler
   */
  public static ScheduledThreadPoolExecutor get() {
    return Holder.EXECUTOR;
  }
}
