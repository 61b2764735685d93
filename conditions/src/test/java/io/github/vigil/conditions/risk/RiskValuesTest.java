package io.github.vigil.conditions.risk;

import static io.github.vigil.conditions.risk.RiskPolicyTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.RegistryView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values of the risk model: their limits, and what they show of themselves. */
class RiskValuesTest {
  @Test
  void aScoredFactorNeedsAtLeastOnePointAndAnExplanation() {
    assertEquals(1, ScoredFactor.of(RiskFactor.OPEN_CASE, 1, "open case").points());
    assertEquals(
        "points must be positive: 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> ScoredFactor.of(RiskFactor.OPEN_CASE, 0, "open case"))
            .getMessage());
    assertEquals(
        "detail must not be blank",
        assertThrows(
                IllegalArgumentException.class,
                () -> ScoredFactor.of(RiskFactor.OPEN_CASE, 2, " "))
            .getMessage());
  }

  @Test
  void anAssessmentAndAReportShowIdsCountsAndLevelsOnly() {
    RiskAssessment a =
        RiskAssessment.builder()
            .id(DetaineeId.of("A"))
            .category(FreedomCategory.CONDITIONAL)
            .addFactors(ScoredFactor.of(RiskFactor.OPEN_CASE, 2, "open case"))
            .level(RiskLevel.LOW)
            .build();
    assertEquals(
        "RiskAssessment{A, CONDITIONAL, score=2, LOW, [OPEN_CASE +2 (open case)]}", a.toString());
    RiskReport report = RiskReport.of(RiskPolicyTest.workedExample().asOf(d("2026-01-10")));
    assertEquals("RiskReport{vigil-points 1.0, asOf=2026-01-10, 2 assessed}", report.toString());
  }

  @Test
  void calibrationCountsEachSpellAtTheHorizonsItReaches() {
    RegistryView view = RiskCalibrationTest.spells().asOf(d("2025-07-20"));
    RiskCalibration c = RiskCalibration.of(view, RiskPolicy.standard(), List.of(0, 10, 40), 4);
    assertEquals(
        "RiskCalibration{vigil-points 1.0, asOf=2025-07-20, ["
            + "LOW: 4 spells, 4 people, 2 rearrests, [0 days: 0.000 (at risk 4, rearrested 0),"
            + " 10 days: 0.250 (at risk 4, rearrested 1), 40 days: 0.625 (at risk 2, rearrested"
            + " 2)], "
            + "MODERATE: 0 spells, 0 people, 0 rearrests, [0 days: n/a (at risk 0, rearrested 0),"
            + " 10 days: n/a (at risk 0, rearrested 0), 40 days: n/a (at risk 0, rearrested 0)]"
            + " (no release spell began at this level), "
            + "HIGH: 1 spells, 1 people, 1 rearrests, [0 days: 0.000 (at risk 1, rearrested 0),"
            + " 10 days: 1.000 (at risk 0, rearrested 1), 40 days: 1.000 (at risk 0, rearrested"
            + " 1)] (only 1 spell (fewer than 4): too few for the rates to mean anything)]}",
        c.toString());
    assertEquals(List.of(0, 10, 40), c.horizons());
    assertEquals(4, c.minimumSpells());
  }

  @Test
  void horizonsMustBeNonNegativeAndStrictlyIncreasingAndTheMinimumNotNegative() {
    RegistryView view = RiskCalibrationTest.spells().asOf(d("2025-07-20"));
    RiskPolicy p = RiskPolicy.standard();
    assertEquals(
        "horizons must not be empty",
        assertThrows(IllegalArgumentException.class, () -> RiskCalibration.of(view, p, List.of(), 1))
            .getMessage());
    assertEquals(
        "horizons must be non-negative and strictly increasing: [10, 10]",
        assertThrows(
                IllegalArgumentException.class, () -> RiskCalibration.of(view, p, List.of(10, 10), 1))
            .getMessage());
    assertEquals(
        "horizons must be non-negative and strictly increasing: [-1, 10]",
        assertThrows(
                IllegalArgumentException.class, () -> RiskCalibration.of(view, p, List.of(-1, 10), 1))
            .getMessage());
    assertEquals(
        "minimumSpells must not be negative: -1",
        assertThrows(
                IllegalArgumentException.class, () -> RiskCalibration.of(view, p, List.of(30), -1))
            .getMessage());
    assertEquals(0, RiskCalibration.of(view, p, List.of(30), 0).minimumSpells());
  }
}
