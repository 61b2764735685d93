package io.github.vigil.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import io.github.vigil.conditions.FreedomCategory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as a user runs it, whole process against whole process: {@code java -jar
 * vigil.jar report --format json} on a generated registry against a JVM that loads the same CSV
 * files into DuckDB and runs the equivalent query ({@link DuckDbProcess}), each started afresh
 * for every run, alternately, under {@code /usr/bin/time}. It prints the medians of the wall
 * clock, the CPU time (user and system) and the peak resident memory of each, their ratios, and
 * checks that both count the same people in each category.
 *
 * <pre>
 * java -cp benchmarks/target/vigil-benchmarks-0.1.0-SNAPSHOT.jar io.github.vigil.benchmarks.WholeProcess \
 *     [--detainees 200000] [--dir /tmp/vigil-bench] [--seed 1] [--runs 5] [--cli cli/target/vigil.jar] \
 *     [--vigil-jvm-option -XX:+UseSerialGC]
 * </pre>
 *
 * <p>The registry is generated into {@code DIR/nN-seedS} as {@link Compare} does, and reused.
 * Neither process is given JVM options, both run as a user would start them, unless {@code
 * --vigil-jvm-option} gives Vigil's one (once for each option; the table then names them).
 */
public final class WholeProcess {
  private static final Splitter WORDS = Splitter.on(CharMatcher.whitespace()).omitEmptyStrings();
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private WholeProcess() {}

  /**
   * Runs the comparison.
   *
   * @param args the options described on this class
   * @throws Exception if a process cannot be started, fails, or the two disagree
   */
  public static void main(String[] args) throws Exception {
    int n = 200_000;
    Path base = Path.of(System.getProperty("java.io.tmpdir"), "vigil-bench");
    long seed = 1;
    int runs = 5;
    Path cli = Path.of("cli", "target", "vigil.jar");
    List<String> vigilOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i += 2) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--detainees" -> n = Integer.parseInt(value.replace("_", ""));
        case "--dir" -> base = Path.of(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--runs" -> runs = Integer.parseInt(value);
        case "--cli" -> cli = Path.of(value);
        case "--vigil-jvm-option" -> vigilOptions.add(value);
        default -> {
          System.err.println(
              "usage: WholeProcess [--detainees N] [--dir DIR] [--seed S] [--runs R] [--cli JAR]"
                  + " [--vigil-jvm-option OPTION]...");
          System.exit(2);
        }
      }
    }
    if (!Files.isRegularFile(cli)) {
      System.err.println(cli + " is missing: build it with ./mvnw -q -B package -DskipTests");
      System.exit(2);
    }
    RegistryGenerator.Stats generated = RegistryGenerator.reused(base, n, seed);
    Path dir = generated.folder();
    long events = generated.events();
    LocalDate d = RegistryGenerator.LAST_DATE;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    List<String> vigil = new ArrayList<>();
    vigil.add(java);
    vigil.addAll(vigilOptions);
    vigil.addAll(
        List.of("-jar", cli.toString(), "report", "--registry=" + dir, "--as-of=" + d,
            "--format=json"));
    List<String> duck =
        List.of(java, "-cp", classpath, DuckDbProcess.class.getName(), dir.toString(), d.toString());

    double load1 = load();
    List<Run> vigilRuns = new ArrayList<>();
    List<Run> duckRuns = new ArrayList<>();
    if (runs < 1) {
      System.err.println("--runs must be at least 1");
      System.exit(2);
    }
    String counted = "";
    for (int r = 0; r < runs; r++) {
      Run v = time(vigil);
      Run k = time(duck);
      vigilRuns.add(v);
      duckRuns.add(k);
      CategoryCounts vigilCounts = fromReport(v.stdout);
      CategoryCounts duckCounts = fromDuckDb(k.stdout);
      if (!vigilCounts.equals(duckCounts)) {
        throw new IllegalStateException(
            "the two disagree: Vigil " + vigilCounts + ", DuckDB " + duckCounts);
      }
      counted = vigilCounts.toString();
      System.err.printf(
          Locale.ROOT, "run %d: Vigil %.2f s %d MiB, DuckDB %.2f s %d MiB%n",
          r + 1, v.wall, v.peakKib >> 10, k.wall, k.peakKib >> 10);
    }
    double load2 = load();
    Run v = median(vigilRuns);
    Run k = median(duckRuns);
    OUT.printf(
        Locale.ROOT,
        "%,d detainees, %,d events; whole process, medians of %d runs each%n"
            + "| process                                   | wall s | CPU s | peak RSS MiB |%n"
            + "|-------------------------------------------|-------:|------:|-------------:|%n"
            + "| vigil report --format json%-15s | %6.2f | %5.2f | %12d |%n"
            + "| DuckDB: read_csv of the files, then query | %6.2f | %5.2f | %12d |%n"
            + "| Vigil / DuckDB                            | %6.2f | %5.2f | %12.2f |%n"
            + "both count %s%n"
            + "load average %.2f before, %.2f after%n",
        n, events, runs,
        vigilOptions.isEmpty() ? "" : " " + String.join(" ", vigilOptions),
        v.wall, v.cpu, v.peakKib >> 10,
        k.wall, k.cpu, k.peakKib >> 10,
        v.wall / k.wall, v.cpu / k.cpu, (double) v.peakKib / k.peakKib,
        counted, load1, load2);
  }

  /** One run of a process: its standard output and what {@code /usr/bin/time} measured. */
  private record Run(String stdout, double wall, double cpu, long peakKib) {}

  private static Run time(List<String> command) throws IOException, InterruptedException {
    Path times = Files.createTempFile("vigil-time", ".txt");
    Path out = Files.createTempFile("vigil-out", ".txt");
    try {
      List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M"));
      full.addAll(command);
      Process p =
          new ProcessBuilder(full)
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      int rc = p.waitFor();
      if (rc != 0) {
        throw new IllegalStateException(command.get(command.size() - 1) + "... exited with " + rc);
      }
      List<String> t = WORDS.splitToList(Files.readString(times, StandardCharsets.UTF_8));
      int at = t.size() - 4; // the last line: a process killed by a signal adds one before it
      return new Run(
          Files.readString(out, StandardCharsets.UTF_8),
          Double.parseDouble(t.get(at)),
          Double.parseDouble(t.get(at + 1)) + Double.parseDouble(t.get(at + 2)),
          Long.parseLong(t.get(at + 3)));
    } finally {
      Files.deleteIfExists(times);
      Files.deleteIfExists(out);
    }
  }

  /** Returns the run of median wall-clock time; its CPU and memory are the medians of theirs. */
  private static Run median(List<Run> runs) {
    double[] wall = runs.stream().mapToDouble(Run::wall).sorted().toArray();
    double[] cpu = runs.stream().mapToDouble(Run::cpu).sorted().toArray();
    long[] peak = runs.stream().mapToLong(Run::peakKib).sorted().toArray();
    int m = runs.size() / 2;
    return new Run("", wall[m], cpu[m], peak[m]);
  }

  @SuppressWarnings("EnumOrdinal")
  private static CategoryCounts fromReport(String json) throws IOException {
    JsonNode report = new ObjectMapper().readTree(json);
    long[] counts = new long[FreedomCategory.values().length];
    for (FreedomCategory c : FreedomCategory.values()) {
      counts[c.ordinal()] = report.path("categories").path(c.name()).asLong();
    }
    return CategoryCounts.of(report.path("population").asLong(), counts);
  }

  @SuppressWarnings("EnumOrdinal")
  private static CategoryCounts fromDuckDb(String text) {
    List<String> parts = WORDS.splitToList(text);
    long[] counts = parts.stream().skip(1).mapToLong(Long::parseLong).toArray();
    return CategoryCounts.of(Long.parseLong(parts.get(0)), counts);
  }

  private static double load() throws IOException {
    return Double.parseDouble(WORDS.splitToList(Files.readString(Path.of("/proc/loadavg"))).get(0));
  }
}
