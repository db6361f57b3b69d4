package dev.unisdk.benchmarks;

import dev.unisdk.apideck.ApideckListResponse;
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

/** {@code GET /crm/contacts?limit=200}: one page of 200 full contacts, decoded into models. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ListPageBenchmark {
  /** Hand-written OkHttp + Jackson into POJOs. */
  @Benchmark
  public BaselineEnvelopes.ListContacts baseline(CrmState s) {
    return s.baseline.listContacts(Routes.PAGE_SIZE, null);
  }

  /** The floor: raw OkHttp + Jackson streaming into small POJOs, timestamps kept as strings. */
  @Benchmark
  public FloorCrmClient.Page floor(CrmState s) {
    return s.floor.listContacts(Routes.PAGE_SIZE, null);
  }

  /** {@code crm.contacts().withRawResponse().list(limit 200).value()}: the envelope with 200 generated {@code Contact}s. */
  @Benchmark
  public ApideckListResponse<Contact> sdk(CrmState s) {
    return s.sdk.contacts().withRawResponse().list(s.pageParams).value();
  }
}
