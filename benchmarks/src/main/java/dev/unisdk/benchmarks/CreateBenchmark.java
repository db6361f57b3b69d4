package dev.unisdk.benchmarks;

import dev.unisdk.apideck.UnifiedId;
import dev.unisdk.benchmarks.baseline.BaselineEnvelopes;
import dev.unisdk.benchmarks.floor.FloorCrmClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code POST /crm/contacts} with the documents' full create body: serialize the model, send, decode
 * the id answer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CreateBenchmark {
  /** Hand-written OkHttp + Jackson from a POJO. */
  @Benchmark
  public BaselineEnvelopes.Mutation baseline(CrmState s) {
    return s.baseline.createContact(s.baselineNewContact);
  }

  /** The floor: the body written with a {@code JsonGenerator}, the answer read with a streaming parser. */
  @Benchmark
  public FloorCrmClient.Created floor(CrmState s) {
    return s.floor.createContact(s.floorNewContact);
  }

  /** {@code crm.contacts().create(contact)}. */
  @Benchmark
  public UnifiedId sdk(CrmState s) {
    return s.sdk.contacts().create(s.sdkNewContact);
  }
}
