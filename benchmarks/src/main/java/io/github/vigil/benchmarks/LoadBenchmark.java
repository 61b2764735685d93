package io.github.vigil.benchmarks;

import io.github.vigil.core.Registry;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Loading the same CSV registry: Vigil, DuckDB (read_csv into tables) and the floor. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class LoadBenchmark {
  @Param({"10000"})
  public int detainees;

  @SuppressWarnings("NullAway.Init") // set in setUp, as JMH does
  private Path dir;

  @SuppressWarnings("NullAway.Init")
  private DuckDbWorkloads duck;

  /** Generates the registry and opens DuckDB. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    dir = BenchmarkData.generate(detainees);
    duck = new DuckDbWorkloads();
  }

  /** Closes DuckDB and deletes the registry. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duck.close();
    BenchmarkData.delete(dir);
  }

  @Benchmark
  public Registry vigil() {
    return VigilWorkloads.load(dir);
  }

  @Benchmark
  public long duckDb() throws SQLException {
    return duck.load(dir);
  }

  @Benchmark
  public Floor floor() {
    return Floor.load(dir);
  }
}
