package io.github.vigil.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.conditions.FreedomCategory;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Gender;
import io.github.vigil.core.Profile;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary's flows, its value semantics (two summaries are equal when every count they hold is,
 * the facilities' included) and its text, on registries of two people written out here.
 */
class FreedomSummaryTest {
  private static final FacilityId F1 = FacilityId.of("f1");
  private static final FacilityId F2 = FacilityId.of("f2");
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final ReportOptions SINCE =
      ReportOptions.builder().since(LocalDate.of(2026, 1, 1)).build();

  /**
   * Two people arrested on the same day, A at {@code a}, B at {@code b}; the one named by {@code
   * released} released on 2026-02-01.
   */
  private static RegistryView view(FacilityId a, FacilityId b, String released) {
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(F1, FacilityKind.PRISON))
            .withFacility(Facility.of(F2, FacilityKind.PRISON))
            .withDetainee(Detainee.builder().id(DetaineeId.of("A")).name("Ana Secreta").build())
            .withDetainee(Detainee.of(DetaineeId.of("B")))
            .withEvent(DetaineeId.of("A"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), a))
            .withEvent(DetaineeId.of("B"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), b))
            .withEvent(DetaineeId.of(released), Event.of(EventType.RELEASE, LocalDate.of(2026, 2, 1)));
    return r.asOf(AS_OF);
  }

  @Test
  void summariesOfTheSameCountsAreEqualWithTheSameHash() {
    FreedomSummary one = FreedomSummary.of(view(F1, F2, "A"), SINCE);
    FreedomSummary again = FreedomSummary.of(view(F1, F2, "A"), SINCE);
    assertEquals(one, again);
    assertEquals(one.hashCode(), again.hashCode());
    RegistryView view = view(F1, F2, "A");
    FreedomSummary byPerson =
        view.people()
            .map(p -> FreedomSummary.of(p, view, SINCE))
            .reduce(FreedomSummary.empty(), FreedomSummary::combine);
    assertEquals(one, byPerson);
    assertEquals(one.hashCode(), byPerson.hashCode());
  }

  @Test
  void summariesThatDifferOnlyByFacilityAreNotEqual() {
    FreedomSummary released = FreedomSummary.of(view(F1, F2, "A"), SINCE);
    // the same facilities, the other person released: only the cells by facility differ
    FreedomSummary other = FreedomSummary.of(view(F1, F2, "B"), SINCE);
    assertEquals(released.categories(), other.categories());
    assertEquals(released.byFacility().keySet(), other.byFacility().keySet());
    assertNotEquals(released, other);
    assertNotEquals(released.hashCode(), other.hashCode());
    // both at one facility: another set of facilities
    FreedomSummary together = FreedomSummary.of(view(F1, F1, "A"), SINCE);
    assertEquals(released.categories(), together.categories());
    assertNotEquals(released, together);
    assertNotEquals(together, released);
    assertNotEquals(released.hashCode(), together.hashCode());
    assertNotEquals(released, "a summary");
  }

  /** A and B held at F1 since the same day, one released: {@code a} and {@code b} as described. */
  private static FreedomSummary twoPeople(Detainee.Builder a, Detainee.Builder b, String released) {
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(F1, FacilityKind.PRISON))
            .withDetainee(a.id(DetaineeId.of("A")).build())
            .withDetainee(b.id(DetaineeId.of("B")).build())
            .withEvent(DetaineeId.of("A"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), F1))
            .withEvent(DetaineeId.of("B"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), F1))
            .withEvent(DetaineeId.of(released), Event.of(EventType.RELEASE, LocalDate.of(2026, 2, 1)));
    return FreedomSummary.of(r.asOf(AS_OF), SINCE);
  }

  @Test
  void summariesThatDifferOnlyInTheBalanceTablesAreNotEqual() {
    // by profile: the same profiles, the other person released
    FreedomSummary journalistReleased =
        twoPeople(
            Detainee.builder().addProfiles(Profile.JOURNALIST),
            Detainee.builder().addProfiles(Profile.of("STUDENT_LEADER")),
            "A");
    FreedomSummary leaderReleased =
        twoPeople(
            Detainee.builder().addProfiles(Profile.JOURNALIST),
            Detainee.builder().addProfiles(Profile.of("STUDENT_LEADER")),
            "B");
    assertEquals(journalistReleased.byFacility(), leaderReleased.byFacility());
    // the same counts when each person is summarised alone and the summaries combined
    Registry both =
        Registry.empty()
            .withFacility(Facility.of(F1, FacilityKind.PRISON))
            .withDetainee(Detainee.builder().id(DetaineeId.of("A")).addProfiles(Profile.JOURNALIST).build())
            .withDetainee(Detainee.builder().id(DetaineeId.of("B")).addProfiles(Profile.JOURNALIST).build())
            .withEvent(DetaineeId.of("A"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), F1))
            .withEvent(DetaineeId.of("B"), Event.of(EventType.ARREST, LocalDate.of(2025, 7, 1), F1));
    RegistryView view = both.asOf(AS_OF);
    assertEquals(
        FreedomSummary.of(view, SINCE),
        view.people()
            .map(p -> FreedomSummary.of(p, view, SINCE))
            .reduce(FreedomSummary.empty(), FreedomSummary::combine));
    assertNotEquals(journalistReleased, leaderReleased);
    // by gender, neither of them a group of its own
    FreedomSummary manReleased =
        twoPeople(Detainee.builder().gender(Gender.M), Detainee.builder().gender(Gender.X), "A");
    FreedomSummary otherReleased =
        twoPeople(Detainee.builder().gender(Gender.M), Detainee.builder().gender(Gender.X), "B");
    assertEquals(manReleased.byVulnerableGroup(), otherReleased.byVulnerableGroup());
    assertNotEquals(manReleased, otherReleased);
    // by profile, one profile only against another
    FreedomSummary journalistsOnly =
        twoPeople(
            Detainee.builder().addProfiles(Profile.JOURNALIST),
            Detainee.builder().addProfiles(Profile.JOURNALIST),
            "A");
    assertNotEquals(journalistReleased, journalistsOnly);
    assertNotEquals(journalistsOnly, journalistReleased);
  }

  @Test
  void onePersonsSummaryCountsThatPerson() {
    RegistryView view = view(F1, F2, "A");
    FreedomSummary a =
        FreedomSummary.of(
            view.people().filter(p -> p.id().equals(DetaineeId.of("A"))).findFirst().orElseThrow(),
            view,
            SINCE);
    assertEquals(1, a.population());
    assertEquals(1, a.flowReleases());
    assertEquals(0, a.categories().get(FreedomCategory.DETAINED));
  }

  @Test
  void flowsCountTheEventsAfterSinceUpToTheDate() {
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(F1, FacilityKind.PRISON))
            .withDetainee(Detainee.of(DetaineeId.of("A")))
            .withDetainee(Detainee.of(DetaineeId.of("B")))
            .withDetainee(Detainee.of(DetaineeId.of("C")))
            // before since: not a flow
            .withEvent(DetaineeId.of("A"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), F1))
            .withEvent(DetaineeId.of("A"), Event.of(EventType.RELEASE, LocalDate.of(2026, 1, 10)))
            .withEvent(DetaineeId.of("A"), Event.of(EventType.ARREST, LocalDate.of(2026, 1, 20), F1))
            .withEvent(DetaineeId.of("A"), Event.of(EventType.EXILE, LocalDate.of(2026, 2, 1)))
            .withEvent(DetaineeId.of("B"), Event.of(EventType.ARREST, LocalDate.of(2026, 1, 5), F1))
            .withEvent(DetaineeId.of("B"), Event.of(EventType.DEATH, LocalDate.of(2026, 2, 2)))
            .withEvent(DetaineeId.of("C"), Event.of(EventType.ARREST, LocalDate.of(2026, 1, 6), F1))
            // after the date: not yet
            .withEvent(DetaineeId.of("C"), Event.of(EventType.RELEASE, LocalDate.of(2026, 4, 1)));
    assertEquals(List.of(2L, 1L, 1L, 1L, 1L), flows(FreedomSummary.of(r.asOf(AS_OF), SINCE)));
    assertEquals(
        List.of(0L, 0L, 0L, 0L, 0L),
        flows(FreedomSummary.of(r.asOf(AS_OF), ReportOptions.builder().build())));
  }

  /** The arrests, rearrests, releases, exiles and deaths of a summary's flows. */
  private static List<Long> flows(FreedomSummary s) {
    return List.of(s.flowArrests(), s.flowRearrests(), s.flowReleases(), s.flowExiles(), s.flowDeaths());
  }

  @Test
  void aDeathUnderHouseArrestIsInCustodyAndAnEarlyRecordMeansNotNewlyRegistered() {
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(F1, FacilityKind.PRISON))
            .withDetainee(Detainee.of(DetaineeId.of("A")))
            .withDetainee(Detainee.of(DetaineeId.of("B")))
            .withEvent(DetaineeId.of("A"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), F1))
            .withEvent(
                DetaineeId.of("A"),
                Event.of(
                    EventType.RELEASE,
                    LocalDate.of(2025, 9, 1),
                    io.github.vigil.core.Measure.of(io.github.vigil.core.MeasureType.HOUSE_ARREST)))
            .withEvent(DetaineeId.of("A"), Event.of(EventType.DEATH, LocalDate.of(2026, 2, 1)))
            .withEvent(DetaineeId.of("B"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), F1))
            .withEvent(DetaineeId.of("B"), Event.of(EventType.RELEASE, LocalDate.of(2025, 9, 1)))
            .withEvent(DetaineeId.of("B"), Event.of(EventType.DEATH, LocalDate.of(2026, 2, 1)));
    FreedomReport report = FreedomReport.of(r.asOf(AS_OF), SINCE);
    assertEquals(List.of(1L, 1L), List.of(report.deceasedInCustody(), report.deceasedOutOfCustody()));
    // both were first recorded in 2025, though their deaths were recorded after since
    assertEquals(0, report.flows().orElseThrow().newlyRegistered());
  }

  @Test
  void aNationalityIsNeitherNationalNorForeignInARegistryWithoutACountry() {
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(F1, FacilityKind.PRISON))
            .withDetainee(Detainee.builder().id(DetaineeId.of("A")).nationality("VE").build())
            .withEvent(DetaineeId.of("A"), Event.of(EventType.ARREST, LocalDate.of(2025, 6, 1), F1));
    FreedomReport without = FreedomReport.of(r.asOf(AS_OF), SINCE);
    assertEquals(1, without.balanceBreakdown("byNationality").row("UNKNOWN").total());
    FreedomReport with = FreedomReport.of(r.withCountry("VE").asOf(AS_OF), SINCE);
    assertEquals(1, with.balanceBreakdown("byNationality").row("NATIONAL").total());
  }

  @Test
  void theTextNamesThePopulationAndCategoriesAndNobody() {
    FreedomSummary s = FreedomSummary.of(view(F1, F2, "A"), SINCE);
    assertEquals("FreedomSummary{population=2, " + s.categories() + "}", s.toString());
    assertTrue(s.categories().toString().contains("DETAINED=1"), s.toString());
    FreedomReport report = FreedomReport.of(view(F1, F2, "A"), SINCE);
    assertEquals(
        "FreedomReport{asOf=2026-03-01, knownOn=2026-03-01, population=2, " + report.categories() + "}",
        report.toString());
    assertTrue(!report.toString().contains("Secreta") && !s.toString().contains("Secreta"));
  }
}
