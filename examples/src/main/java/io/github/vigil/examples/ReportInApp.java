package io.github.vigil.examples;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.Source;
import io.github.vigil.cli.sample.SampleRegistry;
import io.github.vigil.reporting.FreedomReport;
import io.github.vigil.reporting.ReportOptions;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Set;

/**
 * Computes freedom reports inside an application: the whole registry as of a date, the same as
 * known on the day of the announcement, and the count of one source beside another's. The numbers
 * are read from the report, not parsed from text.
 *
 * <pre>java -cp examples/target/vigil.jar io.github.vigil.examples.ReportInApp</pre>
 */
public final class ReportInApp {
  private ReportInApp() {}

  /**
   * Prints a few figures of the synthetic sample.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(SampleRegistry.generate(), System.out);
  }

  static void run(Registry registry, PrintStream out) {
    LocalDate asOf = LocalDate.of(2026, 1, 15);
    ReportOptions options = ReportOptions.builder().since(LocalDate.of(2026, 1, 1)).build();

    FreedomReport all = FreedomReport.of(registry.asOf(asOf), options);
    out.println("as of " + asOf + ": " + all.population() + " people, "
        + all.deprivedOfLiberty() + " deprived of liberty, "
        + all.categories().get(FreedomCategory.RELEASE_PENDING) + " with a release order not executed, "
        + all.categories().get(FreedomCategory.CONDITIONAL) + " conditionally free, "
        + all.categories().get(FreedomCategory.FULL) + " fully free");
    all.flows().ifPresent(f -> out.println("since " + f.since() + ": " + f.releases() + " releases, "
        + f.arrests() + " arrests, " + f.rearrests() + " of them rearrests"));

    RegistryView knownOnAnnouncement = registry.asOf(asOf).knownOn(SampleRegistry.ANNOUNCEMENT);
    out.println("as known on " + SampleRegistry.ANNOUNCEMENT + ": "
        + FreedomReport.of(knownOnAnnouncement).population() + " people");

    RegistryView verified =
        registry.asOf(asOf).fromSources(Set.of(Source.of("foro-penal"), Source.of("family")));
    out.println("releases since 2026-01-01, all sources: "
        + all.flows().map(f -> f.releases()).orElse(0L) + "; verified by foro-penal or family: "
        + FreedomReport.of(verified, options).flows().map(f -> f.releases()).orElse(0L));
  }
}
