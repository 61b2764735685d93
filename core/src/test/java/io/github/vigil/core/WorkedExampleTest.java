package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.internal.LoadResult;
import io.github.vigil.core.internal.RegistryLoader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked example of docs/format.md section 6, built through the API. */
class WorkedExampleTest {
  static final DetaineeId A = DetaineeId.of("A");
  static final DetaineeId B = DetaineeId.of("B");
  static final DetaineeId C = DetaineeId.of("C");
  static final FacilityId HELICOIDE = FacilityId.of("helicoide");

  /** Returns the worked example's registry, loaded as the reader would, row by row. */
  static Registry registry() {
    RegistryLoader b = new RegistryLoader();
    b.country("VE");
    b.addFacility(
        Facility.builder().id(HELICOIDE).name("El Helicoide").kind(FacilityKind.INTELLIGENCE).build(),
        Origin.of("facilities.csv", 2));
    b.addDetainee(
        Detainee.builder().id(A).name("Ana Example").birthDate(d("2008-06-01")).gender(Gender.F).nationality("VE").build(),
        Origin.of("detainees.csv", 2));
    b.addDetainee(
        Detainee.builder().id(B).name("Beto Example").birthDate(d("1950-01-01")).gender(Gender.M).nationality("CO").build(),
        Origin.of("detainees.csv", 3));
    b.addDetainee(
        Detainee.builder().id(C).name("Carlos Example").gender(Gender.M).nationality("VE").build(),
        Origin.of("detainees.csv", 4));
    int line = 2;
    b.addEvent(A, Event.of(EventType.ARREST, d("2025-03-01"), HELICOIDE), Origin.of("events.csv", line++));
    b.addEvent(B, Event.of(EventType.ARREST, d("2025-04-01"), HELICOIDE), Origin.of("events.csv", line++));
    b.addEvent(
        C,
        Event.builder().type(EventType.ARREST).date(d("2025-05-01")).facility(HELICOIDE).recordedOn(d("2026-01-09")).build(),
        Origin.of("events.csv", line++));
    b.addEvent(
        A,
        Event.of(
            EventType.RELEASE_ORDER, d("2026-01-08"), Measures.parse("COURT_APPEARANCE(P30D);SPEECH_BAN").toArray(new Measure[0])),
        Origin.of("events.csv", line++));
    b.addEvent(A, Event.of(EventType.RELEASE, d("2026-01-09")), Origin.of("events.csv", line++));
    b.addEvent(B, Event.of(EventType.RELEASE_ORDER, d("2026-01-08")), Origin.of("events.csv", line++));
    b.addEvent(B, Event.of(EventType.RELEASE, d("2026-01-09")), Origin.of("events.csv", line++));
    b.addEvent(B, Event.of(EventType.CASE_CLOSED, d("2026-01-09")), Origin.of("events.csv", line++));
    b.addEvent(C, Event.of(EventType.WHEREABOUTS_UNKNOWN, d("2026-01-09")), Origin.of("events.csv", line++));
    LoadResult r = b.build();
    assertEquals(List.of(), r.rejections());
    assertEquals(9, r.eventsOffered());
    assertEquals(9, r.eventsAccepted());
    return r.registry();
  }

  static LegalStatus status(RegistryView v, DetaineeId id) {
    return v.person(id).orElseThrow().status().orElseThrow();
  }

  @Test
  void asOfTheTenthAIsConditionalBIsFullAndCIsMissing() {
    RegistryView v = registry().asOf(d("2026-01-10"));
    assertEquals(3, v.population().count());

    LegalStatus a = status(v, A);
    assertEquals(CustodyState.AT_LIBERTY, a.custody());
    assertEquals(
        List.of(
            ActiveMeasure.of(Measure.parse("COURT_APPEARANCE(P30D)"), d("2026-01-09")),
            ActiveMeasure.of(Measure.of(MeasureType.SPEECH_BAN), d("2026-01-09"))),
        a.activeMeasures());
    assertTrue(a.caseOpen());

    LegalStatus b = status(v, B);
    assertEquals(CustodyState.AT_LIBERTY, b.custody());
    assertTrue(b.activeMeasures().isEmpty());
    assertFalse(b.caseOpen());

    LegalStatus c = status(v, C);
    assertEquals(CustodyState.IN_CUSTODY, c.custody());
    assertFalse(c.whereaboutsKnown());
  }

  @Test
  void asOfTheTenthTheVulnerableGroupsAreThoseOfTheExample() {
    Registry r = registry();
    LocalDateHolder on = new LocalDateHolder("2026-01-10");
    assertEquals(
        Set.of(VulnerableGroup.MINOR, VulnerableGroup.WOMAN),
        r.detainee(A).orElseThrow().vulnerableGroupsOn(on.date, r.country()));
    assertEquals(
        Set.of(VulnerableGroup.ELDERLY, VulnerableGroup.FOREIGN_NATIONAL),
        r.detainee(B).orElseThrow().vulnerableGroupsOn(on.date, r.country()));
    assertEquals(Set.of(), r.detainee(C).orElseThrow().vulnerableGroupsOn(on.date, r.country()));
    assertEquals(
        Set.of(VulnerableGroup.ELDERLY),
        r.detainee(B).orElseThrow().vulnerableGroupsOn(on.date, Optional.empty()),
        "nobody is foreign when the registry names no country");
  }

  @Test
  void knownOnTheEighthCIsNotYetKnownAndAAndBArePendingRelease() {
    RegistryView v = registry().asOf(d("2026-01-10")).knownOn(d("2026-01-08"));
    assertEquals(2, v.population().count());
    assertFalse(v.person(C).orElseThrow().inPopulation());
    for (DetaineeId id : List.of(A, B)) {
      LegalStatus s = status(v, id);
      assertEquals(CustodyState.IN_CUSTODY, s.custody());
      assertEquals(d("2026-01-08"), s.releaseOrder().orElseThrow().date());
      assertTrue(s.whereaboutsKnown());
    }
  }

  @Test
  void aIsAMinorUntilTheDayBeforeHerEighteenthBirthday() {
    Detainee a = registry().detainee(A).orElseThrow();
    assertEquals(17, a.ageOn(d("2026-05-31")).getAsInt());
    assertTrue(a.vulnerableGroupsOn(d("2026-05-31"), Optional.of("VE")).contains(VulnerableGroup.MINOR));
    assertEquals(18, a.ageOn(d("2026-06-01")).getAsInt());
    assertFalse(a.vulnerableGroupsOn(d("2026-06-01"), Optional.of("VE")).contains(VulnerableGroup.MINOR));
  }

  @Test
  void theSameRegistryBuiltEventByEventIsEqual() {
    Registry bulk = registry();
    Registry r = Registry.empty().withCountry("VE");
    r = r.withFacility(bulk.facility(HELICOIDE).orElseThrow());
    for (Detainee p : bulk.detainees()) {
      r = r.withDetainee(p);
    }
    for (Detainee p : bulk.detainees()) {
      for (Event e : bulk.history(p.id()).orElseThrow().events()) {
        r = r.withEvent(p.id(), e);
      }
    }
    assertEquals(bulk, r);
    assertEquals(9, r.eventCount());
    assertEquals(d("2026-01-09"), r.latestEventDate().orElseThrow());
    assertEquals(bulk.asOfLatest().asOf(), r.asOfLatest().asOf());
  }

  private static final class LocalDateHolder {
    final java.time.LocalDate date;

    LocalDateHolder(String iso) {
      this.date = d(iso);
    }
  }
}
