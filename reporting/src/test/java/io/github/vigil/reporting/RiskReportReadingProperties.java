package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.vigil.conditions.risk.RiskReport;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of reading a risk report back from its JSON, over generated registries and views. */
class RiskReportReadingProperties {
  private static final int EXAMPLES = 200;

  /** The risk reports of the generated views. */
  static Gen<RiskReport> reports() {
    return Views.views().map(v -> RiskReport.of(v.view()));
  }

  @Test
  void readingARiskReportsJsonGivesTheReportAndWritingItGivesTheSameBytes() {
    qt().withExamples(EXAMPLES)
        .forAll(reports())
        .checkAssert(
            report -> {
              String json = RiskRenderer.json(report);
              RiskReport read = RiskRenderer.parse(json);
              assertEquals(report, read);
              assertEquals(json, RiskRenderer.json(read));
            });
  }

  @Test
  void aMutilatedRiskReportIsReadAndWrittenBackOrRefusedByNameNeverWithAnotherFailureOrItsText() {
    qt().withExamples(EXAMPLES * 2)
        .forAll(reports(), integers().between(0, 1 << 20), integers().between(0, PublishedReportProperties.ways() - 1))
        .checkAssert(
            (report, where, how) -> {
              String mutilated = PublishedReportProperties.mutilated(RiskRenderer.json(report), where, how);
              try {
                RiskReport read = RiskRenderer.parse(mutilated);
                assertEquals(read, RiskRenderer.parse(RiskRenderer.json(read)));
              } catch (IllegalArgumentException e) {
                PublishedReportProperties.assertNamesAKeyAndNoValue(e);
              }
            });
  }
}
