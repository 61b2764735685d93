package io.github.vigil.benchmarks;

import io.github.vigil.core.Registry;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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

/**
 * Category counts as of a date on a loaded registry: Vigil, DuckDB's query on its loaded table,
 * and the floor, on the same generated data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ReportBenchmark {
  private static final LocalDate D = RegistryGenerator.LAST_DATE;
  private static final LocalDate K = D.minusDays(90);
  private static final List<LocalDate> WEEKS = VigilWorkloads.weeklyDates(D, 52);

  @Param({"10000"})
  public int detainees;

  @SuppressWarnings("NullAway.Init") // set in setUp, as JMH does
  private Path dir;

  @SuppressWarnings("NullAway.Init")
  private Registry registry;

  @SuppressWarnings("NullAway.Init")
  private Floor floor;

  @SuppressWarnings("NullAway.Init")
  private DuckDbWorkloads duck;

  /** Generates and loads the registry on every side. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    dir = BenchmarkData.generate(detainees);
    registry = VigilWorkloads.load(dir);
    floor = Floor.load(dir);
    duck = new DuckDbWorkloads();
    duck.load(dir);
  }

  /** Closes DuckDB and deletes the registry. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duck.close();
    BenchmarkData.delete(dir);
  }

  @Benchmark
  public CategoryCounts vigilAsOf() {
    return VigilWorkloads.report(registry, D, D);
  }

  @Benchmark
  public CategoryCounts vigilAsOfParallel() {
    return VigilWorkloads.reportParallel(registry, D, D);
  }

  @Benchmark
  public CategoryCounts vigilCategoriesOnly() {
    return VigilWorkloads.categoriesOnly(registry, D, D);
  }

  @Benchmark
  public CategoryCounts vigilAsOfKnownEarlier() {
    return VigilWorkloads.report(registry, D, K);
  }

  @Benchmark
  public List<CategoryCounts> vigilWeekly() {
    return VigilWorkloads.weekly(registry, D, 52, D);
  }

  @Benchmark
  public List<CategoryCounts> floorWeekly() {
    return floor.series(WEEKS, D);
  }

  @Benchmark
  public CategoryCounts duckDbAsOf() throws SQLException {
    return duck.report(D, D);
  }

  @Benchmark
  public CategoryCounts floorAsOf() {
    return floor.report(D, D);
  }

  @Benchmark
  public CategoryCounts floorAsOfKnownEarlier() {
    return floor.report(D, K);
  }
}
