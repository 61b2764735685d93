package io.github.vigil.conditions.risk;

import static io.github.vigil.conditions.risk.RiskPolicyTest.d;
import static io.github.vigil.conditions.risk.RiskPolicyTest.event;
import static io.github.vigil.conditions.risk.RiskPolicyTest.explain;
import static io.github.vigil.conditions.risk.RiskPolicyTest.person;
import static io.github.vigil.conditions.risk.RiskPolicyTest.registry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.EventType;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The limits a policy's weights must respect, and the boundaries of each rule of scoring. */
class RiskPolicyLimitsTest {
  static final RiskPolicy STANDARD = RiskPolicy.standard();

  static String refusal(UnaryOperator<RiskPolicy.Builder> change) {
    return String.valueOf(
        assertThrows(
                IllegalArgumentException.class, () -> change.apply(RiskPolicy.builder()).build())
            .getMessage());
  }

  @Test
  void everyCountAndWeightMayBeZeroButNotNegative() {
    RiskPolicy zero =
        RiskPolicy.builder()
            .version("zero")
            .openCasePoints(0)
            .measurePoints(MeasureType.BAIL, 0)
            .missedAppearancePoints(0)
            .overdueAppearancePoints(0)
            .overdueGraceDays(0)
            .appearancesCounted(0)
            .priorRearrestPoints(0)
            .rearrestsCounted(0)
            .contestedReleasePoints(0)
            .build();
    assertEquals(0, zero.openCasePoints());
    assertEquals(0, zero.pointsFor(MeasureType.BAIL));
    assertEquals(0, zero.overdueGraceDays());
    assertEquals("openCasePoints must not be negative: -1", refusal(b -> b.openCasePoints(-1)));
    assertEquals(
        "missedAppearancePoints must not be negative: -1",
        refusal(b -> b.missedAppearancePoints(-1).overdueAppearancePoints(-2)));
    assertEquals(
        "overdueAppearancePoints must not be negative: -1",
        refusal(b -> b.overdueAppearancePoints(-1)));
    assertEquals("overdueGraceDays must not be negative: -1", refusal(b -> b.overdueGraceDays(-1)));
    assertEquals(
        "appearancesCounted must not be negative: -1", refusal(b -> b.appearancesCounted(-1)));
    assertEquals(
        "priorRearrestPoints must not be negative: -1", refusal(b -> b.priorRearrestPoints(-1)));
    assertEquals("rearrestsCounted must not be negative: -1", refusal(b -> b.rearrestsCounted(-1)));
    assertEquals(
        "contestedReleasePoints must not be negative: -1",
        refusal(b -> b.contestedReleasePoints(-1)));
    assertEquals(
        "measurePoints of BAIL must not be negative: -1",
        refusal(b -> b.measurePoints(ImmutableMap.of(MeasureType.BAIL, -1))));
    assertEquals(
        "measurePoints of BAIL must not be negative: -1",
        assertThrows(
                IllegalArgumentException.class,
                () -> RiskPolicy.builder().measurePoints(MeasureType.BAIL, -1))
            .getMessage());
  }

  @Test
  void anOverdueAppearanceMayWeighAsMuchAsAMissedOneButNotMore() {
    assertEquals(2, RiskPolicy.builder().overdueAppearancePoints(2).build().overdueAppearancePoints());
    assertEquals(
        "overdueAppearancePoints (3) must not exceed missedAppearancePoints (2): recording a"
            + " missed appearance must never lower a score",
        refusal(b -> b.overdueAppearancePoints(3)));
  }

  @Test
  void theContestedDelayAndTheModerateCutMustBePositiveAndHighMayEqualModerate() {
    assertEquals(1, RiskPolicy.builder().contestedReleaseDays(1).build().contestedReleaseDays());
    assertEquals(
        "contestedReleaseDays must be positive: 0", refusal(b -> b.contestedReleaseDays(0)));
    RiskPolicy flat = RiskPolicy.builder().moderateFrom(1).highFrom(1).build();
    assertEquals(RiskLevel.LOW, flat.level(0));
    assertEquals(RiskLevel.HIGH, flat.level(1));
    assertEquals("moderateFrom must be positive: 0", refusal(b -> b.moderateFrom(0).highFrom(0)));
    assertEquals(
        "highFrom (4) must not be below moderateFrom (5)", refusal(b -> b.highFrom(4)));
  }

  @Test
  void bandsMustGrowInDaysAndMayKeepTheirPoints() {
    RiskPolicy level =
        RiskPolicy.builder()
            .appearanceIntervalPoints(List.of(PointsBand.of(7, 2), PointsBand.of(15, 2)))
            .build();
    assertEquals(2, level.appearanceIntervalPoints().size());
    assertEquals(
        "timeSinceReleasePoints must list bands by increasing days and non-increasing points:"
            + " [up to 30 days: 3, up to 30 days: 2]",
        refusal(b -> b.timeSinceReleasePoints(List.of(PointsBand.of(30, 3), PointsBand.of(30, 2)))));
    assertEquals(
        "appearanceIntervalPoints must list bands by increasing days and non-increasing points:"
            + " [up to 7 days: 1, up to 15 days: 2]",
        refusal(
            b -> b.appearanceIntervalPoints(List.of(PointsBand.of(7, 1), PointsBand.of(15, 2)))));
    assertEquals("upToDays must not be negative: -1", assertThrows(
        IllegalArgumentException.class, () -> PointsBand.of(-1, 1)).getMessage());
    assertEquals("points must not be negative: -1", assertThrows(
        IllegalArgumentException.class, () -> PointsBand.of(1, -1)).getMessage());
    assertEquals(0, PointsBand.of(0, 0).upToDays());
  }

  @Test
  void aPolicyNeedsANameAndAVersionAndShowsOnlyThem() {
    assertEquals("name must not be blank", refusal(b -> b.name(" ")));
    assertEquals("version must not be blank", refusal(b -> b.version("")));
    assertEquals("RiskPolicy{vigil-points 1.0}", STANDARD.toString());
    assertEquals("RiskPolicy{local 2}", RiskPolicy.builder().name("local").version("2").build().toString());
  }

  @Test
  void aReplacedMeasureTableGivesNoPointsToTheCodesItLeavesOut() {
    RiskPolicy speechOnly =
        RiskPolicy.builder().measurePoints(ImmutableMap.of(MeasureType.SPEECH_BAN, 4)).build();
    assertEquals(4, speechOnly.pointsFor(MeasureType.SPEECH_BAN));
    assertEquals(0, speechOnly.pointsFor(MeasureType.TRAVEL_BAN));
    RiskPolicy twoChanges =
        RiskPolicy.builder()
            .measurePoints(MeasureType.BAIL, 5)
            .measurePoints(MeasureType.TRAVEL_BAN, 3)
            .build();
    assertEquals(5, twoChanges.pointsFor(MeasureType.BAIL));
    assertEquals(3, twoChanges.pointsFor(MeasureType.TRAVEL_BAN));
    assertEquals(2, twoChanges.pointsFor(MeasureType.COURT_APPEARANCE));
  }

  @Test
  void aBandHoldsItsLastDayAndNotTheNext() {
    assertEquals(true, PointsBand.of(30, 3).holds(30));
    assertEquals(false, PointsBand.of(30, 3).holds(31));
    assertEquals("up to 30 days: 3", PointsBand.of(30, 3).toString());
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-01-01"))
            .withEvent(p, event(EventType.RELEASE, "2025-06-01"))
            .withEvent(p, event(EventType.CASE_CLOSED, "2025-06-01"));
    assertEquals(
        "TIME_SINCE_RELEASE +3 (released 2025-06-01, 30 days before 2025-07-01)",
        explain(STANDARD.factors(person(r, "P", "2025-07-01"), d("2025-07-01"))));
    assertEquals(
        "TIME_SINCE_RELEASE +2 (released 2025-06-01, 31 days before 2025-07-02)",
        explain(STANDARD.factors(person(r, "P", "2025-07-02"), d("2025-07-02"))));
    assertEquals(
        "TIME_SINCE_RELEASE +1 (released 2025-06-01, 180 days before 2025-11-28)",
        explain(STANDARD.factors(person(r, "P", "2025-11-28"), d("2025-11-28"))));
    assertEquals("", explain(STANDARD.factors(person(r, "P", "2025-11-29"), d("2025-11-29"))));
    assertEquals(0, STANDARD.score(person(r, "P", "2025-11-29"), d("2025-11-29")));
    assertEquals(1, STANDARD.score(person(r, "P", "2025-11-28"), d("2025-11-28")));
  }

  @Test
  void aReleaseOrderPendingTwentyNineDaysIsNotContestedAndThirtyIs() {
    DetaineeId p = DetaineeId.of("P");
    Registry r29 =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-01-01"))
            .withEvent(p, event(EventType.RELEASE_ORDER, "2025-03-01"))
            .withEvent(p, event(EventType.RELEASE, "2025-03-30"))
            .withEvent(p, event(EventType.CASE_CLOSED, "2025-03-30"));
    assertEquals("", explain(STANDARD.factors(person(r29, "P", "2026-01-01"), d("2026-01-01"))));
    Registry r30 =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-01-01"))
            .withEvent(p, event(EventType.RELEASE_ORDER, "2025-03-01"))
            .withEvent(p, event(EventType.RELEASE, "2025-03-31"))
            .withEvent(p, event(EventType.CASE_CLOSED, "2025-03-31"));
    assertEquals(
        "CONTESTED_RELEASE +2 (release ordered 2025-03-01, executed 2025-03-31, 30 days later)",
        explain(STANDARD.factors(person(r30, "P", "2026-01-01"), d("2026-01-01"))));
  }

  @Test
  void aConvictionIsNamedBesideTheOpenCase() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-01-01"))
            .withEvent(p, event(EventType.CONVICTION, "2025-02-01"));
    assertEquals(
        "OPEN_CASE +2 (open case, convicted)",
        explain(STANDARD.factors(person(r, "P", "2026-01-01"), d("2026-01-01"))));
  }

  @Test
  void anAppearanceDueExactlyAtTheEndOfTheGraceIsOverdue() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2026-01-01", "COURT_APPEARANCE(P30D)"))
            .withEvent(p, event(EventType.APPEARANCE_ATTENDED, "2026-01-31"));
    // Due 01-31 (attended), 03-02: overdue from 03-09 on.
    assertEquals(
        List.of(),
        STANDARD.factors(person(r, "P", "2026-03-08"), d("2026-03-08")).stream()
            .filter(f -> f.factor() == RiskFactor.OVERDUE_APPEARANCES)
            .toList());
    assertEquals(
        "OVERDUE_APPEARANCES +1 (1 court appearance due from 2026-03-02 with no record (7-day"
            + " grace))",
        explain(
            STANDARD.factors(person(r, "P", "2026-03-09"), d("2026-03-09")).stream()
                .filter(f -> f.factor() == RiskFactor.OVERDUE_APPEARANCES)
                .toList()));
  }

  @Test
  void theAssessmentScoreIsTheSumOfItsFactorsWithAWeekNamedInDays() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2026-01-01", "COURT_APPEARANCE(P1W)"));
    RiskAssessment a = STANDARD.assess(person(r, "P", "2026-01-02"), d("2026-01-02"));
    assertEquals(
        "OPEN_CASE +2 (open case); COURT_APPEARANCE +2 (COURT_APPEARANCE active since 2026-01-01);"
            + " APPEARANCE_FREQUENCY +3 (court appearance every P7D (7 days)); TIME_SINCE_RELEASE"
            + " +3 (released 2026-01-01, 1 day before 2026-01-02)",
        explain(a.factors()));
    assertEquals(10, a.score());
    assertEquals(10, STANDARD.score(person(r, "P", "2026-01-02"), d("2026-01-02")));
    assertEquals(RiskLevel.HIGH, a.level());
  }

  @Test
  void theStandardWeightsAreTheDocumentedOnes() {
    RiskPolicy p = RiskPolicy.standard();
    assertEquals("vigil-points", p.name());
    assertEquals("1.0", p.version());
    assertEquals(2, p.openCasePoints());
    assertEquals(2, p.missedAppearancePoints());
    assertEquals(1, p.overdueAppearancePoints());
    assertEquals(7, p.overdueGraceDays());
    assertEquals(true, p.overdueOnlyWhenRecorded());
    assertEquals(3, p.appearancesCounted());
    assertEquals(2, p.priorRearrestPoints());
    assertEquals(3, p.rearrestsCounted());
    assertEquals(30, p.contestedReleaseDays());
    assertEquals(2, p.contestedReleasePoints());
    assertEquals(5, p.moderateFrom());
    assertEquals(10, p.highFrom());
    assertEquals(
        List.of(PointsBand.of(7, 3), PointsBand.of(15, 2), PointsBand.of(30, 1)),
        p.appearanceIntervalPoints());
    assertEquals(
        List.of(PointsBand.of(30, 3), PointsBand.of(90, 2), PointsBand.of(180, 1)),
        p.timeSinceReleasePoints());
  }

  @Test
  void missedAppearancesBeyondTheCapAreNamedButNotCounted() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2026-01-01", "COURT_APPEARANCE(P7D)"));
    for (String day : List.of("08", "15", "22", "29")) {
      r = r.withEvent(p, event(EventType.APPEARANCE_MISSED, "2026-01-" + day));
    }
    assertEquals(
        "MISSED_APPEARANCES +6 (4 court appearances missed, latest 2026-01-29, 3 counted)",
        explain(
            RiskPolicy.standard().factors(person(r, "P", "2026-02-01"), d("2026-02-01")).stream()
                .filter(f -> f.factor().name().endsWith("_APPEARANCES"))
                .toList()));
  }
}
