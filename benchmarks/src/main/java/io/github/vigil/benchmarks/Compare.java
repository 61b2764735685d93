package io.github.vigil.benchmarks;

import io.github.vigil.core.Registry;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the whole comparison, side by side in one JVM, and prints one table of medians and
 * ratios per size: Vigil against DuckDB (in memory, through JDBC) and against the floor (a
 * hand-written loop over primitive arrays), on a generated registry.
 *
 * <pre>
 * java -Xmx8g -jar benchmarks/target/vigil-benchmarks.jar [--detainees 1000000[,100000...]]
 *     [--dir /tmp/vigil-bench] [--seed 1] [--runs 3] [--budget-seconds 20]
 * </pre>
 *
 * <p>Every workload first runs once on 10,000 detainees (a warm-up, not reported). Then, at each
 * size, each workload runs up to {@code --runs} times (default 3), fewer when its first runs
 * already took {@code --budget-seconds} (default 20); the median is printed with the number of
 * runs. The generated registries are kept in {@code --dir} and reused.
 */
public final class Compare {
  private static final PrintStream OUT = System.out;
  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final int WEEKS = 52;
  private static final int APPENDS = 100_000;

  private int maxRuns = 3;
  private double budgetMillis = 20_000;

  private Compare() {}

  /**
   * Runs the comparison.
   *
   * @param args the options described on this class
   * @throws Exception if a file cannot be written or read, or DuckDB fails
   */
  public static void main(String[] args) throws Exception {
    Compare c = new Compare();
    List<Integer> sizes = List.of(1_000_000);
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "vigil-bench");
    long seed = 1;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--detainees" -> {
          sizes = Arrays.stream(value.split(",")).map(s -> Integer.valueOf(s.strip().replace("_", ""))).toList();
          i++;
        }
        case "--dir" -> {
          dir = Path.of(value);
          i++;
        }
        case "--seed" -> {
          seed = Long.parseLong(value);
          i++;
        }
        case "--runs" -> {
          c.maxRuns = Integer.parseInt(value);
          i++;
        }
        case "--budget-seconds" -> {
          c.budgetMillis = Double.parseDouble(value) * 1000;
          i++;
        }
        default -> {
          System.err.println(
              "usage: Compare [--detainees N[,N...]] [--dir DIR] [--seed S] [--runs R] [--budget-seconds B]");
          System.exit(2);
        }
      }
    }
    OUT.printf(
        Locale.ROOT,
        "Java %s, %d cores, max heap %d MiB%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    long started = System.nanoTime();
    // every workload once on a small registry first, so that no measured run pays for the JIT
    int runs = c.maxRuns;
    c.maxRuns = 1;
    System.err.println("warm-up on 10,000 detainees:");
    c.run(dir, 10_000, seed);
    c.maxRuns = runs;
    Map<Integer, Results> all = new LinkedHashMap<>();
    for (int n : sizes) {
      double loadBefore = CPU.getSystemLoadAverage();
      long t0 = System.nanoTime();
      Results r = c.run(dir, n, seed);
      all.put(n, r);
      r.print(OUT);
      OUT.printf(
          Locale.ROOT,
          "this size took %.0f s (with generation, if the registry was not there yet);"
              + " load average %.1f before, %.1f after%n",
          (System.nanoTime() - t0) / 1e9,
          loadBefore,
          CPU.getSystemLoadAverage());
    }
    if (all.size() > 1) {
      printScaling(all);
    }
    OUT.printf(Locale.ROOT, "%nwhole run: %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  /** The medians of one size. */
  private static final class Results {
    final int detainees;
    long events;
    final Map<String, double[]> rows = new LinkedHashMap<>(); // vigil, duckdb, floor medians (NaN = none)
    final Map<String, double[]> cpu = new LinkedHashMap<>(); // the same, in process CPU time
    final Map<String, Integer> runs = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    double vigilBytesPerEvent;
    double floorBytesPerEvent;
    double appendsPerSecond;

    Results(int detainees) {
      this.detainees = detainees;
    }

    void print(PrintStream out) {
      out.printf(Locale.ROOT, "%n%,d detainees, %,d events (medians, ms)%n", detainees, events);
      out.printf(
          Locale.ROOT,
          "| %-30s | %9s | %9s | %9s | %12s | %11s | %16s | %15s | %4s |%n",
          "workload", "Vigil", "DuckDB", "floor", "Vigil/DuckDB", "Vigil/floor",
          "CPU Vigil/DuckDB", "CPU Vigil/floor", "runs");
      out.println(
          "|--------------------------------|----------:|----------:|----------:|-------------:"
              + "|------------:|-----------------:|----------------:|-----:|");
      for (Map.Entry<String, double[]> e : rows.entrySet()) {
        double[] v = e.getValue();
        double[] c = Objects.requireNonNull(cpu.get(e.getKey()));
        out.printf(
            Locale.ROOT,
            "| %-30s | %9s | %9s | %9s | %12s | %11s | %16s | %15s | %4d |%n",
            e.getKey(),
            ms(v[0]),
            ms(v[1]),
            ms(v[2]),
            ratio(v[0], v[1]),
            ratio(v[0], v[2]),
            ratio(c[0], c[1]),
            ratio(c[0], c[2]),
            runs.get(e.getKey()));
      }
      out.printf(Locale.ROOT, "append rate (Vigil, summary kept current): %,.0f events/s%n", appendsPerSecond);
      out.printf(
          Locale.ROOT,
          "retained heap per event after load: Vigil %.1f bytes, floor %.1f bytes%n",
          vigilBytesPerEvent,
          floorBytesPerEvent);
      for (String n : notes) {
        out.println(n);
      }
    }
  }

  private static String ms(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
  }

  /** Returns a / b, or a dash when either is missing or b is zero (under the CPU clock's tick). */
  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) || b <= 0
        ? "—"
        : String.format(Locale.ROOT, "%.2f", a / b);
  }

  private Results run(Path base, int n, long seed) throws Exception {
    Results r = new Results(n);
    RegistryGenerator.Stats generated = RegistryGenerator.reused(base, n, seed);
    Path dir = generated.folder();
    r.events = generated.events();
    LocalDate d = RegistryGenerator.LAST_DATE;
    LocalDate k = d.minusDays(90);

    // (1) load, and (6) the heap the loaded registry retains
    long before = usedAfterGc();
    Registry[] registry = new Registry[1];
    Timing vigilLoad =
        time(
            "load Vigil",
            () -> {
              registry[0] = null;
              registry[0] = VigilWorkloads.load(dir);
              return registry[0];
            });
    long after = usedAfterGc();
    r.vigilBytesPerEvent = (after - before) / (double) r.events;
    Registry reg = Objects.requireNonNull(registry[0]);
    Timing duckLoad;
    Timing floorLoad;
    try (DuckDbWorkloads duck = new DuckDbWorkloads()) {
      duckLoad = time("load DuckDB", () -> duck.load(dir));
      Floor[] floor = new Floor[1];
      long beforeFloor = usedAfterGc();
      floorLoad =
          time(
              "load floor",
              () -> {
                floor[0] = null;
                floor[0] = Floor.load(dir);
                return floor[0];
              });
      r.floorBytesPerEvent = (usedAfterGc() - beforeFloor) / (double) r.events;
      Floor f = Objects.requireNonNull(floor[0]);
      row(r, "load CSV registry", vigilLoad, duckLoad, floorLoad);

      // (2) and (3) a report as of D, known on D and on an earlier K
      reports(r, "report as of D", reg, duck, f, d, d, true);
      reports(r, "report as of D known on D-90", reg, duck, f, d, k, false);

      // (4) a time series of 52 weekly reports, as the registry knows it on D
      List<LocalDate> weeks = VigilWorkloads.seriesDates(reg, d, WEEKS);
      List<List<CategoryCounts>> series = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
      Timing vw = time("weekly Vigil", () -> series.set(0, VigilWorkloads.weekly(reg, d, WEEKS, d)));
      // DuckDB answers one date per query; when the whole series would overrun the budget, the
      // dates are taken in an interleaved order and the time of those done is extrapolated
      int[] duckDone = new int[1];
      Timing dw =
          time(
              "weekly DuckDB",
              () -> {
                CategoryCounts[] out = new CategoryCounts[weeks.size()];
                long t0 = System.nanoTime();
                int ran = 0;
                for (int i : interleaved(weeks.size())) {
                  out[i] = duck.report(weeks.get(i), d);
                  ran++;
                  if ((System.nanoTime() - t0) / 1e6 * weeks.size() / ran > 2 * budgetMillis
                      && ran >= 8) {
                    break;
                  }
                }
                duckDone[0] = ran;
                return series.set(1, Arrays.asList(out));
              });
      if (duckDone[0] < weeks.size()) {
        double scale = weeks.size() / (double) duckDone[0];
        dw = new Timing(scaled(dw.wall, scale), scaled(dw.cpu, scale));
        r.notes.add(
            String.format(
                Locale.ROOT,
                "DuckDB's weekly series: %d of %d dates run (evenly spread), time extrapolated x%.1f",
                duckDone[0],
                weeks.size(),
                scale));
      }
      Timing fw = time("weekly floor", () -> series.set(2, f.series(weeks, d)));
      row(r, weeks.size() + " weekly reports", vw, dw, fw);
      if (!series.get(0).equals(series.get(2))) {
        r.notes.add("MISMATCH: the weekly series of Vigil and the floor differ");
      }
      for (int i = 0; i < weeks.size(); i++) {
        CategoryCounts q = series.get(1).get(i);
        if (q != null && !q.equals(series.get(0).get(i))) {
          r.notes.add("MISMATCH: the weekly series of Vigil and DuckDB differ on " + weeks.get(i));
          break;
        }
      }
    }

    // (5) appending events one at a time, keeping the counts current
    VigilWorkloads.Appends appends = VigilWorkloads.prepareAppends(reg, APPENDS, 11);
    VigilWorkloads.LiveRegistry start = new VigilWorkloads.LiveRegistry(reg);
    int savedRuns = maxRuns;
    maxRuns = Math.max(3, maxRuns);
    Timing am =
        time(
            "append Vigil",
            () -> {
              VigilWorkloads.LiveRegistry live = start.restart();
              appends.applyTo(live);
              return live;
            });
    maxRuns = savedRuns;
    row(r, "append " + APPENDS / 1000 + "k events", am, Timing.NONE, Timing.NONE);
    r.appendsPerSecond = APPENDS / (median(am.wall) / 1000);
    return r;
  }

  private void reports(
      Results r,
      String name,
      Registry reg,
      DuckDbWorkloads duck,
      Floor f,
      LocalDate d,
      LocalDate k,
      boolean variants)
      throws Exception {
    CategoryCounts[] got = new CategoryCounts[3];
    Timing v = time(name + " Vigil", () -> got[0] = VigilWorkloads.report(reg, d, k));
    Timing vp =
        variants
            ? time(name + " Vigil parallel", () -> VigilWorkloads.reportParallel(reg, d, k))
            : Timing.NONE;
    Timing vc =
        variants
            ? time(name + " Vigil categories", () -> VigilWorkloads.categoriesOnly(reg, d, k))
            : Timing.NONE;
    Timing q = time(name + " DuckDB", () -> got[1] = duck.report(d, k));
    Timing fl = time(name + " floor", () -> got[2] = f.report(d, k));
    row(r, name, v, q, fl);
    if (variants) {
      row(r, "  (parallel stream)", vp, q, fl);
      row(r, "  (category counts only)", vc, q, fl);
      if (!VigilWorkloads.reportParallel(reg, d, k).equals(got[0])
          || !VigilWorkloads.categoriesOnly(reg, d, k).equals(got[0])) {
        r.notes.add("MISMATCH (" + name + "): the Vigil variants differ");
      }
    }
    boolean agree = true;
    if (!Objects.equals(got[0], got[2])) {
      r.notes.add("MISMATCH (" + name + "): Vigil " + got[0] + " but floor " + got[2]);
      agree = false;
    }
    if (!Objects.equals(got[0], got[1])) {
      r.notes.add("MISMATCH (" + name + "): Vigil " + got[0] + " but DuckDB " + got[1]);
      agree = false;
    }
    if (agree) {
      r.notes.add("all three agree (" + name + "): " + got[0]);
    }
  }

  private static void row(Results r, String name, Timing vigil, Timing duck, Timing floor) {
    r.rows.put(name, new double[] {median(vigil.wall), median(duck.wall), median(floor.wall)});
    r.cpu.put(name, new double[] {median(vigil.cpu), median(duck.cpu), median(floor.cpu)});
    r.runs.put(name, vigil.wall.length);
  }

  private interface Work {
    Object run() throws Exception;
  }

  /** Wall-clock and process CPU milliseconds of each run of one workload on one side. */
  private static final class Timing {
    static final Timing NONE = new Timing(new double[0], new double[0]);
    final double[] wall;
    final double[] cpu;

    Timing(double[] wall, double[] cpu) {
      this.wall = wall;
      this.cpu = cpu;
    }
  }

  /**
   * Runs {@code work} up to the run limit or the time budget, timing each run by the wall clock
   * and by the CPU time of the whole process (every thread: DuckDB's native workers, the
   * collector's and the compiler's).
   */
  private Timing time(String name, Work work) throws Exception {
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    double total = 0;
    while (wall.size() < maxRuns && (wall.isEmpty() || total < budgetMillis)) {
      long c0 = CPU.getProcessCpuTime();
      long t0 = System.nanoTime();
      Object result = work.run();
      double took = (System.nanoTime() - t0) / 1e6;
      cpu.add((CPU.getProcessCpuTime() - c0) / 1e6);
      Objects.requireNonNull(result);
      wall.add(took);
      total += took;
    }
    System.err.printf(Locale.ROOT, "  %-40s wall %s ms, cpu %s ms%n", name, round(wall), round(cpu));
    return new Timing(
        wall.stream().mapToDouble(Double::doubleValue).toArray(),
        cpu.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static List<Long> round(List<Double> ms) {
    return ms.stream().map(Math::round).toList();
  }

  /** Returns 0..n-1 in an order whose every prefix is spread over the whole range. */
  private static List<Integer> interleaved(int n) {
    List<Integer> out = new ArrayList<>(n);
    int step = 8;
    for (int offset = 0; offset < step; offset++) {
      for (int i = offset; i < n; i += step) {
        out.add(i);
      }
    }
    return out;
  }

  private static double[] scaled(double[] values, double factor) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= factor;
    }
    return out;
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * Returns the heap in use after full collections: System.gc() until the figure stops falling
   * (G1 runs a full, compacting collection on System.gc()).
   */
  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }

  private static void printScaling(Map<Integer, Results> all) throws IOException {
    List<Results> list = new ArrayList<>(all.values());
    OUT.println();
    OUT.println("Scaling (time ratio between consecutive sizes, against the event ratio):");
    for (int i = 1; i < list.size(); i++) {
      Results a = list.get(i - 1);
      Results b = list.get(i);
      OUT.printf(
          Locale.ROOT,
          "%,d -> %,d detainees: %.2fx the events%n",
          a.detainees,
          b.detainees,
          b.events / (double) a.events);
      OUT.printf(Locale.ROOT, "| %-30s | %7s | %7s | %7s |%n", "workload", "Vigil", "DuckDB", "floor");
      OUT.println("|--------------------------------|--------:|--------:|--------:|");
      for (String w : b.rows.keySet()) {
        double[] x = a.rows.get(w);
        double[] y = b.rows.get(w);
        if (x == null || y == null) {
          continue;
        }
        OUT.printf(
            Locale.ROOT,
            "| %-30s | %7s | %7s | %7s |%n",
            w,
            ratio(y[0], x[0]),
            ratio(y[1], x[1]),
            ratio(y[2], x[2]));
      }
    }
  }
}
