package io.github.vigil.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.vigil.survival.ReportOptions;
import io.github.vigil.survival.SurvivalData;
import io.github.vigil.survival.SurvivalReport;
import io.github.vigil.survival.SurvivalTable;
import io.github.vigil.survival.TableColumns;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The memory of {@code vigil survival --data} at a million rows with distinct times: writes the
 * table (or reuses it), then reads it, fits the curves by group, the log-rank test and a Cox
 * model on two covariates, and writes the JSON report to a file, as the command does; prints the
 * peak heap used (the JVM's memory pools) and the wall time. Run it under {@code /usr/bin/time
 * -v} for the process's peak resident memory, and give it the heap ceiling to test
 * ({@code -Xmx}); {@code benchmarks/src/main/r/survival-memory.R} does the same work in R.
 *
 * <pre>java -Xmx600m -cp benchmarks/target/vigil-benchmarks-0.1.0-SNAPSHOT.jar \
 *     io.github.vigil.benchmarks.SurvivalMemory 1000000 /tmp/survival-1m.csv /tmp/survival-1m.json</pre>
 */
public final class SurvivalMemory {
  private SurvivalMemory() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of rows, the CSV file (written if missing), the JSON output
   * @throws IOException if a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Path csv = Path.of(args[1]);
    Path json = Path.of(args[2]);
    if (!Files.exists(csv)) {
      write(csv, n);
    }
    long start = System.nanoTime();
    SurvivalData data =
        SurvivalTable.read(
            csv,
            TableColumns.builder()
                .time("time")
                .event("status")
                .group("group")
                .covariates(List.of("age", "score"))
                .build());
    SurvivalReport report = SurvivalReport.fit(data, ReportOptions.defaults());
    try (Writer out = Files.newBufferedWriter(json, UTF_8)) {
      report.writeJson(out, Map.of());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%,d rows, %,d events: read, fitted and written in %.1f s; peak heap used %,d MB (sum of"
            + " the heap pools' peaks); %d Cox iterations%n",
        data.n(),
        data.eventCount(),
        seconds,
        peak / (1024 * 1024),
        report.cox().map(m -> m.iterations()).orElse(0));
  }

  /** Writes n rows with distinct times, two groups and two covariates. */
  private static void write(Path csv, int n) throws IOException {
    SplittableRandom random = new SplittableRandom(20);
    try (BufferedWriter w = Files.newBufferedWriter(csv, UTF_8)) {
      w.write("time,status,group,age,score\n");
      for (int i = 0; i < n; i++) {
        boolean treated = random.nextBoolean();
        double age = 20 + random.nextInt(60);
        double score = Math.round(random.nextDouble() * 1000) / 100.0;
        double rate = 0.001 * Math.exp((treated ? -0.3 : 0) + 0.01 * (age - 50) + 0.05 * score);
        // Distinct times: an exponential draw plus a tiny row-specific offset.
        double time = -Math.log(1 - random.nextDouble()) / rate + i * 1e-7;
        double censor = 2000 * random.nextDouble();
        boolean event = time <= censor;
        w.write(String.format(Locale.ROOT, "%.7f,%d,%s,%.0f,%.2f%n",
            Math.min(time, censor), event ? 1 : 0, treated ? "treated" : "control", age, score));
      }
    }
  }
}
