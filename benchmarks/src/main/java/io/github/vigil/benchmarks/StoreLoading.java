package io.github.vigil.benchmarks;

import io.github.vigil.core.Registry;
import io.github.vigil.store.RegistryStore;
import io.github.vigil.store.StoreLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The measurement behind docs/performance.md's "Loading from a store": a generated registry of N
 * people (default 100,000) read from its CSV folder, imported into each store given, and loaded
 * from it in one pass ({@link RegistryStore#load()}), in one JVM, each load repeated and the
 * median and fastest wall-clock times printed beside the CSV read's. Each load is checked to
 * give a registry equal to the one read from the files.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/vigil-benchmarks-0.1.0-SNAPSHOT.jar io.github.vigil.benchmarks.StoreLoading \
 *     [--detainees 100000] [--runs 3] [--dir /tmp/vigil-store-bench] [--postgres JDBC-URL]
 * </pre>
 *
 * <p>The SQLite store is a file in {@code --dir}; a PostgreSQL store is measured when {@code
 * --postgres} names a database, in a schema of its own, {@code vigil_store_bench}, dropped and
 * made again first (nothing else in the database is touched).
 */
public final class StoreLoading {
  private StoreLoading() {}

  /**
   * Runs the measurement.
   *
   * @param args {@code [--detainees N] [--runs R] [--dir DIR] [--postgres URL]}
   */
  public static void main(String[] args) throws Exception {
    int detainees = 100_000;
    int runs = 3;
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "vigil-store-bench");
    String postgres = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--detainees" -> detainees = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--postgres" -> postgres = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path folder = dir.resolve("registry-" + detainees);
    RegistryGenerator.Stats stats = RegistryGenerator.generate(folder, detainees, 20260110L);
    System.out.printf(
        Locale.ROOT, "%,d people, %,d events, %d processors, max heap %,d MiB%n",
        stats.detainees(), stats.events(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Registry csv = VigilWorkloads.load(folder);
    report("CSV folder (RegistryReader.read)", times(runs, () -> VigilWorkloads.load(folder), csv));

    Path file = dir.resolve("store-" + detainees + ".db");
    Files.deleteIfExists(file);
    measure("SQLite", RegistryStore.open("jdbc:sqlite:" + file, "bench"), csv, runs);
    System.out.printf(Locale.ROOT, "  SQLite file: %,d MiB%n", Files.size(file) >> 20);
    if (postgres != null) {
      String schema = "vigil_store_bench";
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgres);
          java.sql.Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        s.execute("CREATE SCHEMA " + schema);
      }
      String url = postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      measure("PostgreSQL", RegistryStore.open(url, "bench"), csv, runs);
    }
  }

  private static void measure(String name, RegistryStore store, Registry csv, int runs) {
    long start = System.nanoTime();
    long cpu = cpuMillis();
    store.importRegistry(csv);
    System.out.printf(
        Locale.ROOT, "%s import (one transaction): %,d ms, this JVM's CPU %,d ms%n", name,
        (System.nanoTime() - start) / 1_000_000, cpuMillis() - cpu);
    report(name + " load (RegistryStore.load)", times(runs, () -> store.load().registry(), csv));
  }

  /** Returns the CPU time this JVM has used, all threads. */
  private static long cpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1_000_000;
  }

  /**
   * Times {@code runs} calls, each checked to return a registry equal to {@code expected}, and
   * prints this JVM's CPU time for each (the machine may be shared: CPU time is the fairer
   * comparison; a database server's own CPU is not counted).
   */
  private static List<Long> times(int runs, Supplier<Registry> load, Registry expected) {
    List<Long> out = new ArrayList<>();
    List<Long> cpus = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      System.gc();
      long start = System.nanoTime();
      long cpu = cpuMillis();
      Registry r = load.get();
      out.add((System.nanoTime() - start) / 1_000_000);
      cpus.add(cpuMillis() - cpu);
      if (!r.equals(expected)) {
        throw new IllegalStateException("the registry loaded differs from the files'");
      }
    }
    System.out.printf(Locale.ROOT, "  (this JVM's CPU ms per run: %s)%n", cpus);
    return out;
  }

  private static void report(String what, List<Long> ms) {
    List<Long> sorted = new ArrayList<>(ms);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT, "%s: median %,d ms, fastest %,d ms (runs %s)%n",
        what, sorted.get(sorted.size() / 2), sorted.get(0), ms);
  }
}
