package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.HELICOIDE;
import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistryViewTest {
  static final DetaineeId P = DetaineeId.of("P");
  static final DetaineeId Q = DetaineeId.of("Q");
  static final Source FAMILY = Source.of("family");
  static final Source OFFICIAL = Source.of("official");

  static Event ev(EventType type, String date, String recorded, Source source) {
    Event.Builder b = Event.builder().type(type).date(d(date)).recordedOn(d(recorded)).source(source);
    if (type.requiresFacility()) {
      b.facility(HELICOIDE);
    }
    return b.build();
  }

  /** P: arrested (family), release ordered and released (official, learnt late), rearrested. Q: no event. */
  static Registry registry() {
    return Registry.empty()
        .withCountry("VE")
        .withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
        .withDetainee(Detainee.of(P))
        .withDetainee(Detainee.of(Q))
        .withEvent(P, ev(EventType.ARREST, "2025-01-01", "2025-01-01", FAMILY))
        .withEvent(P, ev(EventType.RELEASE_ORDER, "2025-06-01", "2025-06-01", OFFICIAL))
        .withEvent(P, ev(EventType.RELEASE, "2025-06-02", "2025-07-01", OFFICIAL))
        .withEvent(
            P,
            Event.builder()
                .type(EventType.ARREST)
                .date(d("2025-08-01"))
                .facility(HELICOIDE)
                .precision(DatePrecision.MONTH)
                .source(FAMILY)
                .build());
  }

  @Test
  void asOfADateSeesOnlyEventsOnOrBeforeIt() {
    RegistryView v = registry().asOf(d("2025-06-01"));
    PersonView p = v.person(P).orElseThrow();
    assertEquals(2, p.seenEvents());
    assertEquals(2, p.appliedEvents().size());
    assertTrue(p.status().orElseThrow().releaseOrder().isPresent());
    assertEquals(d("2025-06-01"), v.knownOn());
  }

  @Test
  void knownOnHidesEventsRecordedLater() {
    RegistryView v = registry().asOf(d("2025-06-15"));
    assertEquals(CustodyState.IN_CUSTODY, v.person(P).orElseThrow().status().orElseThrow().custody());
    RegistryView later = registry().asOf(d("2025-06-15")).knownOn(d("2025-07-01"));
    assertEquals(CustodyState.AT_LIBERTY, later.person(P).orElseThrow().status().orElseThrow().custody());
    assertEquals(d("2025-07-01"), later.knownOn());
    assertEquals(d("2025-06-15"), later.asOf());
  }

  @Test
  void eventsOfThePastRecordedAfterTheViewIsKnownAreCountedNotSeen() {
    // the release of 2025-06-02 was recorded on 2025-07-01
    PersonView onTheDay = registry().asOf(d("2025-06-15")).person(P).orElseThrow();
    assertEquals(1, onTheDay.notYetKnownEvents());
    assertEquals(2, onTheDay.seenEvents());
    PersonView learnt = registry().asOf(d("2025-06-15")).knownOn(d("2025-07-01")).person(P).orElseThrow();
    assertEquals(0, learnt.notYetKnownEvents());
    // an event dated after the view's date is not of its past, whenever it was recorded
    assertEquals(0, registry().asOf(d("2025-06-01")).person(P).orElseThrow().notYetKnownEvents());
    // only the events the view takes: the family's view never takes the official release
    PersonView family =
        registry().asOf(d("2025-06-15")).fromSources(Set.of(FAMILY)).person(P).orElseThrow();
    assertEquals(0, family.notYetKnownEvents());
    PersonView official =
        registry().asOf(d("2025-06-15")).fromSources(Set.of(OFFICIAL)).person(P).orElseThrow();
    assertEquals(1, official.notYetKnownEvents());
    assertEquals(0, registry().asOf(d("2025-06-15")).person(Q).orElseThrow().notYetKnownEvents());
  }

  @Test
  void aSourceFilterSkipsEventsThatDoNotApplyInThePartialViewAndCountsThem() {
    RegistryView official = registry().asOf(d("2025-12-31")).fromSources(Set.of(OFFICIAL));
    PersonView p = official.person(P).orElseThrow();
    assertEquals(2, p.seenEvents());
    assertEquals(2, p.skippedEvents(), "without the family's arrest, neither order nor release applies");
    assertFalse(p.inPopulation());
    assertEquals(0, official.population().count());
    assertEquals(Set.of(OFFICIAL), official.sources().orElseThrow());

    RegistryView family = registry().asOf(d("2025-12-31")).fromSources(Set.of(FAMILY));
    PersonView f = family.person(P).orElseThrow();
    assertEquals(2, f.seenEvents());
    assertEquals(1, f.skippedEvents(), "a second arrest while in custody does not apply");
    assertEquals(1, f.appliedEvents().size());
    assertEquals(0, f.status().orElseThrow().rearrests());

    RegistryView both = registry().asOf(d("2025-12-31")).fromSources(Set.of(FAMILY, OFFICIAL));
    assertEquals(0, both.person(P).orElseThrow().skippedEvents());
    assertEquals(1, both.person(P).orElseThrow().status().orElseThrow().rearrests());
  }

  @Test
  void eventsWithoutASourceAreNotSeenThroughASourceFilter() {
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(HELICOIDE, FacilityKind.PRISON))
            .withDetainee(Detainee.of(P))
            .withEvent(P, Fixtures.arrest("2025-01-01"));
    assertEquals(1, r.asOf(d("2025-02-01")).population().count());
    assertEquals(0, r.asOf(d("2025-02-01")).fromSources(Set.of(FAMILY)).population().count());
    assertThrows(IllegalArgumentException.class, () -> r.asOf(d("2025-02-01")).fromSources(Set.of()));
    assertTrue(r.asOf(d("2025-02-01")).sources().isEmpty());
  }

  @Test
  void thePopulationIsEveryoneWithAnAppliedEventAndPeopleListsEveryone() {
    RegistryView v = registry().asOf(d("2025-12-31"));
    assertEquals(List.of(P, Q), v.people().map(PersonView::id).toList());
    assertEquals(List.of(P), v.population().map(PersonView::id).toList());
    assertTrue(v.person(Q).orElseThrow().status().isEmpty());
    assertTrue(v.person(DetaineeId.of("nobody")).isEmpty());
  }

  @Test
  void approximateDatesAreCountedAmongSeenEvents() {
    assertEquals(1, registry().asOf(d("2025-12-31")).person(P).orElseThrow().approximateDates());
    assertEquals(0, registry().asOf(d("2025-07-31")).person(P).orElseThrow().approximateDates());
  }

  @Test
  void anArrestOtherThanTheFirstAppliedIsARearrest() {
    PersonView p = registry().asOf(d("2025-12-31")).person(P).orElseThrow();
    assertEquals(
        List.of(EventType.ARREST, EventType.RELEASE_ORDER, EventType.RELEASE, EventType.ARREST),
        p.appliedEvents().stream().map(Event::type).toList());
    assertEquals(1, p.status().orElseThrow().rearrests());
  }

  @Test
  void buildingAViewNeverChangesTheRegistry() {
    Registry r = registry();
    Registry copy = registry();
    assertEquals(2, r.asOf(d("2025-01-01")).knownOn(d("2025-01-01")).fromSources(Set.of(FAMILY)).people().count());
    assertEquals(copy, r);
    assertEquals(4, r.eventCount());
  }

  @Test
  void asOfLatestNeedsAnEvent() {
    assertThrows(IllegalStateException.class, () -> Registry.empty().asOfLatest());
    assertEquals(d("2025-08-01"), registry().asOfLatest().asOf());
  }

  @Test
  void eventsAreSeenByDateAndRecordingDate() {
    Event e = ev(EventType.RELEASE, "2025-06-02", "2025-07-01", OFFICIAL);
    assertFalse(e.isSeen(d("2025-06-01"), d("2025-12-31")));
    assertFalse(e.isSeen(d("2025-12-31"), d("2025-06-30")));
    assertTrue(e.isSeen(d("2025-06-02"), d("2025-07-01")));
  }
}
