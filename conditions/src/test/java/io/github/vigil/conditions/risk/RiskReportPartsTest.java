package io.github.vigil.conditions.risk;

import static io.github.vigil.conditions.risk.RiskPolicyTest.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.DetaineeId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A risk report rebuilt from its parts, as a reader of its JSON rebuilds it, and the checks of those parts. */
class RiskReportPartsTest {
  private static final RiskReport REPORT = RiskReport.of(RiskPolicyTest.workedExample().asOf(d("2026-01-10")));
  private static final RiskCalibration SPELLS =
      RiskCalibration.of(RiskCalibrationTest.spells().asOf(d("2025-07-20")), RiskPolicy.standard(), List.of(0, 10, 40), 4);

  @Test
  void aReportRebuiltFromItsPartsEqualsTheReport() {
    RiskCalibration c = REPORT.calibration();
    List<LevelCalibration> levels =
        c.levels().stream()
            .map(l -> LevelCalibration.of(l.level(), l.spells(), l.people(), l.rearrests(), rates(l), l.warning()))
            .toList();

    RiskReport rebuilt =
        RiskReport.of(
            REPORT.asOf(),
            REPORT.model(),
            REPORT.assessments(),
            RiskCalibration.of(c.model(), c.asOf(), c.horizons(), c.minimumSpells(), levels));

    assertEquals(REPORT, rebuilt);
    assertEquals(REPORT.hashCode(), rebuilt.hashCode());
  }

  @Test
  void assessmentsMustBeInOrderOfIdAndOfAnAssessedCategory() {
    RiskAssessment a = assessment("A", FreedomCategory.CONDITIONAL);
    RiskAssessment b = assessment("B", FreedomCategory.FULL);
    RiskCalibration c = REPORT.calibration();
    assertEquals(2, RiskReport.of(REPORT.asOf(), REPORT.model(), List.of(a, b), c).assessments().size());

    refused("assessments must be in strictly increasing order of id",
        () -> RiskReport.of(REPORT.asOf(), REPORT.model(), List.of(b, a), c));
    refused("assessments must be in strictly increasing order of id",
        () -> RiskReport.of(REPORT.asOf(), REPORT.model(), List.of(a, a), c));
    refused("an assessment's category must be HOUSE_ARREST, CONDITIONAL or FULL",
        () -> RiskReport.of(REPORT.asOf(), REPORT.model(), List.of(assessment("A", FreedomCategory.DETAINED)), c));
  }

  @Test
  void theCalibrationMustBeOfTheReportsModelAndDate() {
    RiskCalibration c = REPORT.calibration();
    refused("the calibration must be of the report's model",
        () -> RiskReport.of(REPORT.asOf(), "another 2.0", List.of(), c));
    refused("the calibration must be as of the report's date",
        () -> RiskReport.of(REPORT.asOf().plusDays(1), REPORT.model(), List.of(), c));
  }

  @Test
  void aCalibrationHasTheThreeLevelsInOrderEachAtTheHorizonsWithAWarningWhenItHasTooFewSpells() {
    List<LevelCalibration> levels = SPELLS.levels();
    LocalDate asOf = SPELLS.asOf();
    String model = SPELLS.model();
    assertEquals(SPELLS, RiskCalibration.of(model, asOf, List.of(0, 10, 40), 4, levels));

    refused("levels must be LOW, MODERATE and HIGH, in that order",
        () -> RiskCalibration.of(model, asOf, List.of(0, 10, 40), 4, List.of(levels.get(1), levels.get(0), levels.get(2))));
    refused("levels must be LOW, MODERATE and HIGH, in that order",
        () -> RiskCalibration.of(model, asOf, List.of(0, 10, 40), 4, levels.subList(0, 2)));
    refused("the rates of LOW must be at the horizons",
        () -> RiskCalibration.of(model, asOf, List.of(0, 10, 41), 4, levels));
    // LOW has 4 spells and no warning; with a minimum of 5 it needs one
    refused("LOW must have a warning exactly when it has fewer than minimumSpells spells",
        () -> RiskCalibration.of(model, asOf, List.of(0, 10, 40), 5, levels));
    refused("horizons must not be empty", () -> RiskCalibration.of(model, asOf, List.of(), 4, levels));
    refused("minimumSpells must not be negative", () -> RiskCalibration.of(model, asOf, List.of(0, 10, 40), -1, levels));
  }

  @Test
  void aLevelsCountsAndRatesAgree() {
    ObservedRate none = ObservedRate.of(10, 0, 0, Optional.empty());
    ObservedRate half = ObservedRate.of(30, 2, 1, Optional.of(0.5));
    assertEquals(2, LevelCalibration.of(RiskLevel.LOW, 4, 3, 1, List.of(none, half), Optional.empty()).rates().size());

    refused("spells, people and rearrests must not be negative",
        () -> LevelCalibration.of(RiskLevel.LOW, -1, 0, 0, List.of(), Optional.empty()));
    refused("people must not be more than spells",
        () -> LevelCalibration.of(RiskLevel.LOW, 2, 3, 0, List.of(), Optional.empty()));
    refused("rearrests must not be more than spells",
        () -> LevelCalibration.of(RiskLevel.LOW, 2, 2, 3, List.of(), Optional.empty()));
    refused("rates must be in increasing order of days",
        () -> LevelCalibration.of(RiskLevel.LOW, 4, 3, 1, List.of(half, none), Optional.empty()));
    refused("a rate's atRisk must not be more than spells",
        () -> LevelCalibration.of(RiskLevel.LOW, 1, 1, 1, List.of(half), Optional.empty()));
    refused("a rate's rearrested must not be more than rearrests",
        () -> LevelCalibration.of(RiskLevel.LOW, 4, 3, 0, List.of(half), Optional.empty()));
    refused("warning must not be blank",
        () -> LevelCalibration.of(RiskLevel.LOW, 4, 3, 1, List.of(), Optional.of(" ")));
  }

  @Test
  void anObservedRateIsAShareOfSpellsAtADayAfterRelease() {
    assertEquals(Optional.of(1.0), ObservedRate.of(0, 0, 3, Optional.of(1.0)).rate());
    refused("days must not be negative", () -> ObservedRate.of(-1, 0, 0, Optional.empty()));
    refused("atRisk must not be negative", () -> ObservedRate.of(1, -1, 0, Optional.empty()));
    refused("rearrested must not be negative", () -> ObservedRate.of(1, 0, -1, Optional.empty()));
    refused("rate must be a share from 0 to 1", () -> ObservedRate.of(1, 0, 0, Optional.of(1.5)));
    refused("rate must be a share from 0 to 1", () -> ObservedRate.of(1, 0, 0, Optional.of(-0.1)));
    refused("rate must be a share from 0 to 1", () -> ObservedRate.of(1, 0, 0, Optional.of(Double.NaN)));
  }

  private static List<ObservedRate> rates(LevelCalibration l) {
    return l.rates().stream().map(r -> ObservedRate.of(r.days(), r.atRisk(), r.rearrested(), r.rate())).toList();
  }

  private static RiskAssessment assessment(String id, FreedomCategory category) {
    return RiskAssessment.builder()
        .id(DetaineeId.of(id))
        .category(category)
        .addFactors(ScoredFactor.of(RiskFactor.OPEN_CASE, 2, "open case"))
        .level(RiskLevel.LOW)
        .build();
  }

  private static void refused(String message, Supplier<?> build) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, build::get).getMessage());
  }
}
