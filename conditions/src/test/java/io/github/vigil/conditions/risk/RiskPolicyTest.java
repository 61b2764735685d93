package io.github.vigil.conditions.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Measures;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RiskPolicyTest {
  static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  static final RiskPolicy STANDARD = RiskPolicy.standard();

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static Registry registry(String... ids) {
    Registry r =
        Registry.empty()
            .withCountry("VE")
            .withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE));
    for (String id : ids) {
      r = r.withDetainee(Detainee.of(DetaineeId.of(id)));
    }
    return r;
  }

  static Event event(EventType type, String date) {
    return type == EventType.ARREST ? Event.of(EventType.ARREST, d(date), HELICOIDE) : Event.of(type, d(date));
  }

  static Event event(EventType type, String date, String measures) {
    return Event.builder()
        .type(type)
        .date(d(date))
        .addAllMeasures(Measures.parse(measures))
        .build();
  }

  static PersonView person(Registry r, String id, String asOf) {
    return r.asOf(d(asOf)).person(DetaineeId.of(id)).orElseThrow();
  }

  static String explain(List<ScoredFactor> factors) {
    return factors.stream().map(ScoredFactor::toString).collect(Collectors.joining("; "));
  }

  /** The worked example of docs/format.md section 6. */
  static Registry workedExample() {
    DetaineeId a = DetaineeId.of("A");
    DetaineeId b = DetaineeId.of("B");
    DetaineeId c = DetaineeId.of("C");
    return registry("A", "B", "C")
        .withEvent(a, event(EventType.ARREST, "2025-03-01"))
        .withEvent(b, event(EventType.ARREST, "2025-04-01"))
        .withEvent(
            c,
            Event.builder()
                .type(EventType.ARREST)
                .date(d("2025-05-01"))
                .facility(HELICOIDE)
                .recordedOn(d("2026-01-09"))
                .build())
        .withEvent(
            a, event(EventType.RELEASE_ORDER, "2026-01-08", "COURT_APPEARANCE(P30D);SPEECH_BAN"))
        .withEvent(a, event(EventType.RELEASE, "2026-01-09"))
        .withEvent(b, event(EventType.RELEASE_ORDER, "2026-01-08"))
        .withEvent(b, event(EventType.RELEASE, "2026-01-09"))
        .withEvent(b, event(EventType.CASE_CLOSED, "2026-01-09"))
        .withEvent(c, event(EventType.WHEREABOUTS_UNKNOWN, "2026-01-09"));
  }

  @Test
  void everyPointOfTheWorkedExampleIsExplained() {
    Registry r = workedExample();
    RiskAssessment a = STANDARD.assess(r.asOf(d("2026-01-10")), DetaineeId.of("A")).orElseThrow();
    assertEquals(FreedomCategory.CONDITIONAL, a.category());
    assertEquals(
        "OPEN_CASE +2 (open case); "
            + "COURT_APPEARANCE +2 (COURT_APPEARANCE active since 2026-01-09); "
            + "SPEECH_BAN +2 (SPEECH_BAN active since 2026-01-09); "
            + "APPEARANCE_FREQUENCY +1 (court appearance every P30D (30 days)); "
            + "TIME_SINCE_RELEASE +3 (released 2026-01-09, 1 day before 2026-01-10)",
        explain(a.factors()));
    assertEquals(10, a.score());
    assertEquals(RiskLevel.HIGH, a.level());

    RiskAssessment b = STANDARD.assess(r.asOf(d("2026-01-10")), DetaineeId.of("B")).orElseThrow();
    assertEquals(FreedomCategory.FULL, b.category());
    assertEquals(
        "TIME_SINCE_RELEASE +3 (released 2026-01-09, 1 day before 2026-01-10)",
        explain(b.factors()));
    assertEquals(3, b.score());
    assertEquals(RiskLevel.LOW, b.level());
  }

  @Test
  void theReportAssessesOnlyPeopleAtLibertyOrUnderHouseArrestInIdOrder() {
    Registry r =
        workedExample()
            .withDetainee(Detainee.of(DetaineeId.of("0-house")))
            .withDetainee(Detainee.of(DetaineeId.of("Z-exile")))
            .withEvent(DetaineeId.of("0-house"), event(EventType.ARREST, "2025-01-01"))
            .withEvent(
                DetaineeId.of("0-house"), event(EventType.RELEASE, "2025-12-01", "HOUSE_ARREST"))
            .withEvent(DetaineeId.of("Z-exile"), event(EventType.ARREST, "2025-01-01"))
            .withEvent(DetaineeId.of("Z-exile"), event(EventType.EXILE, "2025-12-01"));
    RiskReport report = RiskReport.of(r.asOf(d("2026-01-10")));
    assertEquals("vigil-points 1.0", report.model());
    assertEquals(d("2026-01-10"), report.asOf());
    assertEquals(
        "0-house HOUSE_ARREST 5 MODERATE, A CONDITIONAL 10 HIGH, B FULL 3 LOW",
        report.assessments().stream()
            .map(x -> x.id() + " " + x.category() + " " + x.score() + " " + x.level())
            .collect(Collectors.joining(", ")));
  }

  @Test
  void missedAndOverdueAppearancesAreCountedApart() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2026-01-01", "COURT_APPEARANCE(P15D)"))
            .withEvent(p, event(EventType.APPEARANCE_MISSED, "2026-01-16"));
    // Due 01-16 (missed), 01-31 (no record, past the 7-day grace), 02-15 (within the grace).
    List<ScoredFactor> factors = STANDARD.factors(person(r, "P", "2026-02-20"), d("2026-02-20"));
    assertEquals(
        "OPEN_CASE +2 (open case); COURT_APPEARANCE +2 (COURT_APPEARANCE active since 2026-01-01);"
            + " APPEARANCE_FREQUENCY +2 (court appearance every P15D (15 days)); MISSED_APPEARANCES"
            + " +2 (1 court appearance missed, latest 2026-01-16); OVERDUE_APPEARANCES +1 (1 court"
            + " appearance due from 2026-01-31 with no record (7-day grace)); TIME_SINCE_RELEASE +2"
            + " (released 2026-01-01, 50 days before 2026-02-20)",
        explain(factors));
  }

  @Test
  void missedAndOverdueAppearancesTogetherAreCappedAtThree() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2026-01-01", "COURT_APPEARANCE(P7D)"))
            .withEvent(p, event(EventType.APPEARANCE_MISSED, "2026-01-08"))
            .withEvent(p, event(EventType.APPEARANCE_MISSED, "2026-01-15"));
    List<ScoredFactor> factors = STANDARD.factors(person(r, "P", "2026-03-01"), d("2026-03-01"));
    assertEquals(
        "MISSED_APPEARANCES +4 (2 court appearances missed, latest 2026-01-15); "
            + "OVERDUE_APPEARANCES +1 (5 court appearances due from 2026-01-22 with no record"
            + " (7-day grace), 1 counted)",
        factors.stream()
            .filter(f -> f.factor().name().endsWith("_APPEARANCES"))
            .map(ScoredFactor::toString)
            .collect(Collectors.joining("; ")));
  }

  @Test
  void overdueAppearancesCountOnlyForPeopleWhoseAppearancesAreRecorded() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-06-01"))
            .withEvent(p, event(EventType.RELEASE, "2026-01-01", "COURT_APPEARANCE(P15D)"));
    PersonView unrecorded = person(r, "P", "2026-03-01");
    assertTrue(
        STANDARD.factors(unrecorded, d("2026-03-01")).stream()
            .noneMatch(f -> f.factor() == RiskFactor.OVERDUE_APPEARANCES));
    RiskPolicy strict =
        RiskPolicy.builder().version("strict").overdueOnlyWhenRecorded(false).build();
    assertEquals(
        "OVERDUE_APPEARANCES +3 (3 court appearances due from 2026-01-16 with no record (7-day"
            + " grace))",
        explain(
            strict.factors(unrecorded, d("2026-03-01")).stream()
                .filter(f -> f.factor() == RiskFactor.OVERDUE_APPEARANCES)
                .toList()));
  }

  @Test
  void aReleaseOrderPendingThirtyDaysOrMoreMakesAContestedRelease() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-06-01"))
            .withEvent(p, event(EventType.RELEASE_ORDER, "2026-01-08", "SPEECH_BAN"))
            .withEvent(p, event(EventType.RELEASE_ORDER, "2026-02-01", "SPEECH_BAN;TRAVEL_BAN"))
            .withEvent(p, event(EventType.RELEASE, "2026-03-01"));
    List<ScoredFactor> factors = STANDARD.factors(person(r, "P", "2026-09-01"), d("2026-09-01"));
    assertEquals(
        "OPEN_CASE +2 (open case); SPEECH_BAN +2 (SPEECH_BAN active since 2026-03-01); TRAVEL_BAN"
            + " +1 (TRAVEL_BAN active since 2026-03-01); CONTESTED_RELEASE +2 (release ordered"
            + " 2026-01-08, executed 2026-03-01, 52 days later)",
        explain(factors));
  }

  @Test
  void aReleaseOrderOfAnEarlierCustodyDoesNotCount() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-01-01"))
            .withEvent(p, event(EventType.RELEASE_ORDER, "2025-02-01"))
            .withEvent(p, event(EventType.RELEASE, "2025-02-02"))
            .withEvent(p, event(EventType.ARREST, "2025-03-01"))
            .withEvent(p, event(EventType.RELEASE, "2025-06-01"))
            .withEvent(p, event(EventType.CASE_CLOSED, "2025-06-01"));
    assertEquals(
        "PRIOR_REARRESTS +2 (rearrested once)",
        explain(STANDARD.factors(person(r, "P", "2026-01-01"), d("2026-01-01"))));
  }

  @Test
  void priorRearrestsAreCappedAndLevelsFollowTheCutPoints() {
    DetaineeId p = DetaineeId.of("P");
    Registry r = registry("P").withEvent(p, event(EventType.ARREST, "2020-01-01"));
    for (int year = 2020; year < 2025; year++) {
      r =
          r.withEvent(p, event(EventType.RELEASE, year + "-06-01"))
              .withEvent(p, event(EventType.ARREST, year + 1 + "-01-01"));
    }
    r =
        r.withEvent(p, event(EventType.RELEASE, "2025-06-01"))
            .withEvent(p, event(EventType.CASE_CLOSED, "2025-06-01"));
    RiskAssessment a = STANDARD.assess(person(r, "P", "2026-06-01"), d("2026-06-01"));
    assertEquals("PRIOR_REARRESTS +6 (rearrested 5 times, 3 counted)", explain(a.factors()));
    assertEquals(RiskLevel.MODERATE, a.level());
    assertEquals(RiskLevel.LOW, STANDARD.level(0));
    assertEquals(RiskLevel.LOW, STANDARD.level(4));
    assertEquals(RiskLevel.MODERATE, STANDARD.level(5));
    assertEquals(RiskLevel.MODERATE, STANDARD.level(9));
    assertEquals(RiskLevel.HIGH, STANDARD.level(10));
  }

  @Test
  void aBuilderChangesOneWeightAndKeepsTheOthers() {
    RiskPolicy p =
        RiskPolicy.builder()
            .version("1.1")
            .measurePoints(MeasureType.HOUSE_ARREST, 0)
            .highFrom(12)
            .build();
    assertEquals("vigil-points 1.1", p.model());
    assertEquals(0, p.pointsFor(MeasureType.HOUSE_ARREST));
    assertEquals(2, p.pointsFor(MeasureType.SPEECH_BAN));
    assertEquals(1, p.pointsFor(MeasureType.TRAVEL_BAN));
    assertEquals(RiskLevel.MODERATE, p.level(11));
    assertEquals(STANDARD.timeSinceReleasePoints(), p.timeSinceReleasePoints());
    RiskAssessment house =
        p.assess(
            person(
                registry("H")
                    .withEvent(DetaineeId.of("H"), event(EventType.ARREST, "2025-01-01"))
                    .withEvent(
                        DetaineeId.of("H"), event(EventType.RELEASE, "2025-12-01", "HOUSE_ARREST")),
                "H",
                "2026-12-01"),
            d("2026-12-01"));
    assertEquals("OPEN_CASE +2 (open case)", explain(house.factors()));
  }

  @Test
  void aPolicyThatWouldLetARecordedMissLowerAScoreIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RiskPolicy.builder().overdueAppearancePoints(3).build());
    assertTrue(
        String.valueOf(e.getMessage()).contains("must not exceed missedAppearancePoints"),
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> RiskPolicy.builder().moderateFrom(11).build());
    assertThrows(
        IllegalArgumentException.class, () -> RiskPolicy.builder().openCasePoints(-1).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> RiskPolicy.builder().measurePoints(MeasureType.BAIL, -1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RiskPolicy.builder()
                .timeSinceReleasePoints(List.of(PointsBand.of(30, 1), PointsBand.of(90, 2)))
                .build());
  }

  @Test
  void peopleInCustodyExiledDeadOrWithoutEventsAreNotAssessedAndUnknownIdsAreRefused() {
    Registry r =
        workedExample()
            .withDetainee(Detainee.of(DetaineeId.of("E")))
            .withDetainee(Detainee.of(DetaineeId.of("N")))
            .withEvent(DetaineeId.of("E"), event(EventType.ARREST, "2025-01-01"))
            .withEvent(DetaineeId.of("E"), event(EventType.EXILE, "2025-12-01"));
    var view = r.asOf(d("2026-01-10"));
    // C's whereabouts are unknown: in custody, as is A before the release
    assertTrue(STANDARD.assess(view, DetaineeId.of("C")).isEmpty());
    assertTrue(STANDARD.assess(r.asOf(d("2026-01-08")), DetaineeId.of("A")).isEmpty());
    assertTrue(STANDARD.assess(view, DetaineeId.of("E")).isEmpty());
    assertTrue(STANDARD.assess(view, DetaineeId.of("N")).isEmpty());
    // what is assessed is what the report lists, and the view's date is the only date
    RiskReport report = RiskReport.of(view);
    for (RiskAssessment listed : report.assessments()) {
      assertEquals(listed, STANDARD.assess(view, listed.id()).orElseThrow());
    }
    assertEquals(2, report.assessments().size());
    io.github.vigil.core.UnknownIdException e =
        assertThrows(
            io.github.vigil.core.UnknownIdException.class,
            () -> STANDARD.assess(view, DetaineeId.of("nobody")));
    assertEquals(DetaineeId.of("nobody"), e.detainee().orElseThrow());
    assertEquals("unknown detainee nobody", e.getMessage());
  }

  @Test
  void assessingBeforeTheLastEventOrSomeoneWithoutEventsIsRefused() {
    Registry r = workedExample();
    PersonView a = person(r, "A", "2026-01-10");
    assertThrows(IllegalArgumentException.class, () -> STANDARD.assess(a, d("2026-01-08")));
    PersonView nobody = person(registry("N"), "N", "2026-01-10");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> STANDARD.assess(nobody, d("2026-01-10")));
    assertEquals("person N has no applied event: nothing to assess", e.getMessage());
  }

  @Test
  void everyMeasureCodeHasItsFactor() {
    for (MeasureType t : MeasureType.values()) {
      assertEquals(t, RiskFactor.of(t).measure().orElseThrow());
    }
    assertEquals(
        MeasureType.values().length,
        java.util.Arrays.stream(RiskFactor.values()).filter(f -> f.measure().isPresent()).count());
  }

  @Test
  void aMeasureOtherIsExplainedByItsCodeNotItsText() {
    DetaineeId p = DetaineeId.of("P");
    Registry r =
        registry("P")
            .withEvent(p, event(EventType.ARREST, "2025-06-01"))
            .withEvent(
                p,
                Event.of(
                    EventType.RELEASE,
                    d("2025-07-01"),
                    Measure.parse("OTHER(report to the mayor)")));
    assertEquals(
        "OPEN_CASE +2 (open case); OTHER +1 (OTHER active since 2025-07-01)",
        explain(STANDARD.factors(person(r, "P", "2026-07-01"), d("2026-07-01"))));
  }
}
