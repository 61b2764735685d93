package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.conditions.ClassificationPolicy;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of what a report publishes, over generated registries and views. */
class PublishedReportProperties {
  static final int EXAMPLES = 300;

  /**
   * Reports of the generated views: with claims added (and counted in the headline) a third of
   * the time, flows since a date half the time, a minimum cell from 1 to 6, rejected rows, and
   * sometimes house arrest counted as a release.
   */
  static Gen<FreedomReport> reports() {
    return Views.views()
        .map(
            v -> {
              int seed = v.seed();
              Registry registry = v.registry().withRejections(seed % 7, seed % 3);
              if (seed % 3 == 0) {
                registry =
                    ClaimsProperties.withClaims(
                        registry,
                        (seed >> 2) % 2 == 0 ? ClaimsProperties.Kind.MOVING : ClaimsProperties.Kind.CORROBORATING);
              }
              RegistryView view = ClaimsProperties.same(registry, v.view());
              if ((seed >> 3) % 2 == 0) {
                view = view.includingClaims();
              }
              ReportOptions.Builder options = ReportOptions.builder().minCell(1 + (seed >> 4) % 6);
              if ((seed >> 7) % 2 == 0) {
                options.since(view.asOf().minusDays((seed >> 8) % 40));
              }
              if ((seed >> 9) % 4 == 0) {
                options.policy(ClassificationPolicy.builder().houseArrestDeprivesOfLiberty(false).build());
              }
              return FreedomReport.of(view, options.build());
            });
  }

  @Test
  void readingAReportsJsonGivesWhatItPublishesAndWritingThatGivesTheSameBytes() {
    qt().withExamples(EXAMPLES)
        .forAll(reports())
        .checkAssert(
            report -> {
              PublishedReport read = PublishedReport.parse(report.toJson());
              assertEquals(report.published(), read);
              assertEquals(report.toJson(), read.toJson());
            });
  }
}
