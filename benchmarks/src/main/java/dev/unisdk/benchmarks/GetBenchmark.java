package dev.unisdk.benchmarks;

import dev.unisdk.benchmarks.baseline.BaselineEnvelopes;
import dev.unisdk.benchmarks.floor.FloorCrmClient;
import dev.unisdk.crm.model.Contact;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** {@code GET /crm/contacts/12345}: one full contact, decoded into a model. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GetBenchmark {
  /** Hand-written OkHttp + Jackson into a POJO envelope. */
  @Benchmark
  public BaselineEnvelopes.GetContact baseline(CrmState s) {
    return s.baseline.getContact(Routes.CONTACT_ID);
  }

  /** The floor: raw OkHttp + Jackson streaming into small POJOs, timestamps kept as strings. */
  @Benchmark
  public FloorCrmClient.One floor(CrmState s) {
    return s.floor.getContact(Routes.CONTACT_ID);
  }

  /** {@code crm.contacts().get(id)}. */
  @Benchmark
  public Contact sdk(CrmState s) {
    return s.sdk.contacts().get(Routes.CONTACT_ID);
  }
}
