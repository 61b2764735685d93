package io.github.vigil.benchmarks;

import io.github.vigil.conditions.FreedomCategory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * DuckDB's side of {@link WholeProcess}, as a process of its own: loads a registry folder's CSV
 * files into an in-memory DuckDB with {@code read_csv} and runs the category query as of a date
 * ({@link DuckDbWorkloads}), then prints the population and the count of each category, in the
 * order of {@link FreedomCategory}, on one line.
 */
public final class DuckDbProcess {
  private DuckDbProcess() {}

  /**
   * Loads and queries.
   *
   * @param args the registry folder and the date (yyyy-mm-dd)
   * @throws Exception if DuckDB fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: DuckDbProcess FOLDER DATE");
      System.exit(2);
    }
    LocalDate d = LocalDate.parse(args[1]);
    try (DuckDbWorkloads duck = new DuckDbWorkloads()) {
      duck.load(Path.of(args[0]));
      CategoryCounts counts = duck.report(d, d);
      StringJoiner line = new StringJoiner(" ");
      line.add(Long.toString(counts.population()));
      for (FreedomCategory c : FreedomCategory.values()) {
        line.add(Long.toString(counts.count(c)));
      }
      System.out.println(line);
    }
  }
}
