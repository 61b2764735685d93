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
 *     [--dir /tmp/vigil-bench] [--seed 1] [--runs 5] [--budget-seconds 40]
 * </pre>
 *
 * <p>Each workload runs up to {@code --runs} times, fewer when its first runs already took
 * {@code --budget-seconds}; the median is printed with the number of runs. The generated
 * registries are kept in {@code --dir} and reused.
 */
public final class Compare {
  private static final PrintStream OUT = System.out;
  private static final int WEEKS = 52;
  private static final int APPENDS = 100_000;

  private int maxRuns = 5;
  private double budgetMillis = 40_000;

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
    Map<Integer, Results> all = new LinkedHashMap<>();
    for (int n : sizes) {
      Results r = c.run(dir, n, seed);
      all.put(n, r);
      r.print(OUT);
    }
    if (all.size() > 1) {
      printScaling(all);
    }
  }

  /** The medians of one size. */
  private static final class Results {
    final int detainees;
    long events;
    final Map<String, double[]> rows = new LinkedHashMap<>(); // vigil, duckdb, floor medians (NaN = none)
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
          "| %-30s | %10s | %10s | %10s | %12s | %11s | %4s |%n",
          "workload", "Vigil", "DuckDB", "floor", "Vigil/DuckDB", "Vigil/floor", "runs");
      out.println("|--------------------------------|-----------:|-----------:|-----------:|-------------:|------------:|-----:|");
      for (Map.Entry<String, double[]> e : rows.entrySet()) {
        double[] v = e.getValue();
        out.printf(
            Locale.ROOT,
            "| %-30s | %10s | %10s | %10s | %12s | %11s | %4d |%n",
            e.getKey(),
            ms(v[0]),
            ms(v[1]),
            ms(v[2]),
            ratio(v[0], v[1]),
            ratio(v[0], v[2]),
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

  private static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "—" : String.format(Locale.ROOT, "%.2f", a / b);
  }

  private Results run(Path base, int n, long seed) throws Exception {
    Results r = new Results(n);
    Path dir = base.resolve("n" + n + "-seed" + seed);
    Path done = dir.resolve("generated.ok");
    if (!Files.exists(done)) {
      long t0 = System.nanoTime();
      RegistryGenerator.Stats stats = RegistryGenerator.generate(dir, n, seed);
      Files.writeString(done, Long.toString(stats.events()), StandardCharsets.UTF_8);
      System.err.printf(
          Locale.ROOT,
          "generated %,d detainees, %,d events in %s in %.1f s%n",
          n,
          stats.events(),
          dir,
          (System.nanoTime() - t0) / 1e9);
    }
    r.events = Long.parseLong(Files.readString(done, StandardCharsets.UTF_8).strip());
    LocalDate d = RegistryGenerator.LAST_DATE;
    LocalDate k = d.minusDays(90);

    // (1) load, and (6) the heap the loaded registry retains
    long before = usedAfterGc();
    Registry[] registry = new Registry[1];
    double[] vigilLoad =
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
    double[] duckLoad;
    double[] floorLoad;
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
      reports(r, "report as of D", reg, duck, f, d, d);
      reports(r, "report as of D known on D-90", reg, duck, f, d, k);

      // (4) a time series of 52 weekly reports
      double[] vw = time("weekly Vigil", () -> VigilWorkloads.weekly(reg, d, WEEKS));
      double[] dw =
          time(
              "weekly DuckDB",
              () -> {
                List<CategoryCounts> out = new ArrayList<>();
                for (int w = WEEKS - 1; w >= 0; w--) {
                  out.add(duck.report(d.minusWeeks(w), d.minusWeeks(w)));
                }
                return out;
              });
      double[] fw =
          time(
              "weekly floor",
              () -> {
                List<CategoryCounts> out = new ArrayList<>();
                for (int w = WEEKS - 1; w >= 0; w--) {
                  out.add(f.report(d.minusWeeks(w), d.minusWeeks(w)));
                }
                return out;
              });
      row(r, WEEKS + " weekly reports", vw, dw, fw);
      if (!VigilWorkloads.weekly(reg, d, WEEKS).equals(weeklyFloor(f, d))) {
        r.notes.add("MISMATCH: the weekly series of Vigil and the floor differ");
      }
    }

    // (5) appending events one at a time, keeping the counts current
    VigilWorkloads.Appends appends = VigilWorkloads.prepareAppends(reg, APPENDS, 11);
    List<Double> appendMs = new ArrayList<>();
    for (int i = 0; i < Math.max(3, maxRuns); i++) {
      VigilWorkloads.LiveRegistry live = new VigilWorkloads.LiveRegistry(reg);
      long t0 = System.nanoTime();
      appends.applyTo(live);
      appendMs.add((System.nanoTime() - t0) / 1e6);
    }
    double[] am = appendMs.stream().mapToDouble(Double::doubleValue).toArray();
    row(r, "append " + APPENDS / 1000 + "k events", am, new double[0], new double[0]);
    r.appendsPerSecond = APPENDS / (median(am) / 1000);
    return r;
  }

  private static List<CategoryCounts> weeklyFloor(Floor f, LocalDate d) {
    List<CategoryCounts> out = new ArrayList<>();
    for (int w = WEEKS - 1; w >= 0; w--) {
      out.add(f.report(d.minusWeeks(w), d.minusWeeks(w)));
    }
    return out;
  }

  private void reports(
      Results r, String name, Registry reg, DuckDbWorkloads duck, Floor f, LocalDate d, LocalDate k)
      throws Exception {
    CategoryCounts[] got = new CategoryCounts[3];
    double[] v = time(name + " Vigil", () -> got[0] = VigilWorkloads.report(reg, d, k));
    double[] q = time(name + " DuckDB", () -> got[1] = duck.report(d, k));
    double[] fl = time(name + " floor", () -> got[2] = f.report(d, k));
    row(r, name, v, q, fl);
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

  private static void row(Results r, String name, double[] vigil, double[] duck, double[] floor) {
    r.rows.put(name, new double[] {median(vigil), median(duck), median(floor)});
    r.runs.put(name, vigil.length);
  }

  private interface Work {
    Object run() throws Exception;
  }

  /** Runs {@code work} up to the run limit or the time budget; returns each run's milliseconds. */
  private double[] time(String name, Work work) throws Exception {
    List<Double> ms = new ArrayList<>();
    double total = 0;
    while (ms.size() < maxRuns && (ms.size() < 1 || total < budgetMillis)) {
      long t0 = System.nanoTime();
      Object result = work.run();
      double took = (System.nanoTime() - t0) / 1e6;
      Objects.requireNonNull(result);
      ms.add(took);
      total += took;
    }
    System.err.printf(Locale.ROOT, "  %-40s %s ms%n", name, ms);
    return ms.stream().mapToDouble(Double::doubleValue).toArray();
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
