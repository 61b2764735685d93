package io.github.vigil.benchmarks;

import io.github.vigil.core.Registry;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Appending events one at a time to a live registry while keeping its category counts current
 * ({@link VigilWorkloads.LiveRegistry}): the score is the time per appended event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class AppendBenchmark {
  private static final int BATCH = 10_000;

  @Param({"10000"})
  public int detainees;

  @SuppressWarnings("NullAway.Init") // set in setUp, as JMH does
  private VigilWorkloads.Appends appends;

  @SuppressWarnings("NullAway.Init")
  private VigilWorkloads.LiveRegistry start;

  @SuppressWarnings("NullAway.Init")
  private VigilWorkloads.LiveRegistry live;

  /** Generates and loads the registry, and prepares the events to append. */
  @Setup(Level.Trial)
  public void setUp() {
    Path dir = BenchmarkData.generate(detainees);
    Registry registry = VigilWorkloads.load(dir);
    BenchmarkData.delete(dir);
    appends = VigilWorkloads.prepareAppends(registry, BATCH, 1);
    start = new VigilWorkloads.LiveRegistry(registry);
  }

  /** Starts every batch from the loaded registry. */
  @Setup(Level.Invocation)
  public void restart() {
    live = start.restart();
  }

  /** Drops the registry. */
  @TearDown(Level.Trial)
  public void tearDown() {
    live = start;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public CategoryCounts append() {
    appends.applyTo(live);
    return live.counts();
  }
}
