package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.HELICOIDE;
import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vigil.core.internal.LoadResult;
import io.github.vigil.core.internal.RegistryLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk loader behind the interchange format's readers: rejections instead of exceptions. */
class RegistryLoaderTest {
  static final DetaineeId P = DetaineeId.of("P");

  static RegistryLoader base() {
    RegistryLoader b = new RegistryLoader();
    b.addFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE), Origin.of("facilities.csv", 2));
    b.addDetainee(Detainee.builder().id(P).name("Pedro Secret").build(), Origin.of("detainees.csv", 2));
    return b;
  }

  @Test
  void aSecondFacilityOrPersonWithTheSameIdIsRejectedAndTheFirstKept() {
    RegistryLoader b = base();
    assertFalse(b.addFacility(Facility.of(HELICOIDE, FacilityKind.PRISON), Origin.of("facilities.csv", 3)));
    assertFalse(b.addDetainee(Detainee.builder().id(P).name("Other Secret").build(), Origin.of("detainees.csv", 5)));
    LoadResult r = b.build();
    assertEquals(
        List.of(
            "detainees.csv:5: duplicate detainee id P (first at detainees.csv:2)",
            "facilities.csv:3: duplicate facility id helicoide (first at facilities.csv:2)"),
        r.rejections().stream().map(Rejection::toString).toList());
    assertEquals(FacilityKind.INTELLIGENCE, r.registry().facility(HELICOIDE).orElseThrow().kind());
    assertEquals("Pedro Secret", r.registry().detainee(P).orElseThrow().name().orElseThrow());
    assertFalse(r.rejections().toString().contains("Secret"));
  }

  @Test
  void eventsOfUnknownPeopleOrFacilitiesAreRejected() {
    RegistryLoader b = base();
    b.addEvent(DetaineeId.of("X"), Fixtures.arrest("2025-01-01"), Origin.of("events.csv", 2));
    b.addEvent(P, Event.arrest(d("2025-01-01"), FacilityId.of("tocoron")), Origin.of("events.csv", 3));
    b.addEvent(P, Fixtures.arrest("2025-01-02"), Origin.of("events.csv", 4));
    LoadResult r = b.build();
    assertEquals(
        List.of("events.csv:2: unknown detainee X", "events.csv:3: unknown facility tocoron"),
        r.rejections().stream().map(Rejection::toString).toList());
    assertEquals(3, r.eventsOffered());
    assertEquals(1, r.eventsAccepted());
    assertEquals(d("2025-01-02"), r.registry().history(P).orElseThrow().status().orElseThrow().since());
    assertTrue(r.registry().detainee(DetaineeId.of("X")).isEmpty());
  }

  @Test
  void eventsAreReplayedInDateOrderThenFileOrderAndThoseThatDoNotApplyAreRejected() {
    RegistryLoader b = base();
    b.addEvent(P, Fixtures.event(EventType.RELEASE, "2025-03-01"), Origin.of("events.csv", 2));
    b.addEvent(P, Fixtures.arrest("2025-01-01"), Origin.of("events.csv", 3));
    b.addEvent(P, Fixtures.event(EventType.RELEASE, "2025-03-01"), Origin.of("events.csv", 4));
    b.addEvent(P, Fixtures.event(EventType.CONVICTION, "2025-02-01"), Origin.of("events.csv", 5));
    LoadResult r = b.build();
    assertEquals(1, r.rejections().size());
    Rejection x = r.rejections().get(0);
    assertEquals(Origin.of("events.csv", 4), x.origin());
    assertTrue(x.reason().startsWith("RELEASE on 2025-03-01 does not apply to P: the person is at liberty"), x.reason());
    assertEquals(
        List.of(EventType.ARREST, EventType.CONVICTION, EventType.RELEASE),
        r.registry().history(P).orElseThrow().events().stream().map(Event::type).toList());
    assertEquals(3, r.eventsAccepted());
    assertEquals(4, r.eventsOffered());
  }

  @Test
  void rejectionsAreSortedByFileThenLineWhateverTheOrderTheyArose() {
    RegistryLoader b = base();
    b.reject(Origin.of("events.csv", 10), "bad date '09/01/2026'");
    b.reject(Origin.of("detainees.csv", 7), "bad gender 'Q'");
    b.addEvent(DetaineeId.of("X"), Fixtures.arrest("2025-01-01"), Origin.of("events.csv", 3));
    b.reject(Origin.of("events.csv", 2), "unknown type 'RELEASED'");
    LoadResult r = b.build();
    assertEquals(
        List.of("detainees.csv:7", "events.csv:2", "events.csv:3", "events.csv:10"),
        r.rejections().stream().map(x -> x.origin().toString()).toList());
  }

  @Test
  void aRejectedEventLeavesThePersonsStateAsItWas() {
    RegistryLoader b = base();
    b.addEvent(P, Fixtures.arrest("2025-01-01"), Origin.of("events.csv", 2));
    b.addEvent(P, Fixtures.with(EventType.MEASURE_IMPOSED, "2025-02-01", Fixtures.SPEECH_BAN), Origin.of("events.csv", 3));
    b.addEvent(P, Fixtures.event(EventType.RELEASE, "2025-03-01"), Origin.of("events.csv", 4));
    LoadResult r = b.build();
    assertEquals(1, r.rejections().size());
    LegalStatus s = r.registry().history(P).orElseThrow().status().orElseThrow();
    assertEquals(CustodyState.AT_LIBERTY, s.custody());
    assertTrue(s.activeMeasures().isEmpty());
  }

  @Test
  void theCountryIsCheckedAndKept() {
    RegistryLoader b = base();
    assertThrows(IllegalArgumentException.class, () -> b.country("Venezuela"));
    b.country("VE").name("test registry");
    Registry r = b.build().registry();
    assertEquals("VE", r.country().orElseThrow());
    assertEquals("test registry", r.name().orElseThrow());
    assertEquals(1, r.size());
    assertEquals(0, r.eventCount());
    assertTrue(r.latestEventDate().isEmpty());
  }

  @Test
  void aLoaderMakesOneRegistryAndRefusesASecondBuildOrLaterRows() {
    RegistryLoader b = base();
    b.addEvent(P, Fixtures.arrest("2025-01-01"), Origin.of("events.csv", 2));
    b.addEvent(P, Fixtures.arrest("2025-01-02"), Origin.of("events.csv", 3));
    LoadResult first = b.build();
    assertEquals(1, first.rejections().size());
    IllegalStateException again = assertThrows(IllegalStateException.class, b::build);
    assertEquals("build() was already called: a loader makes one registry", again.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> b.addEvent(P, Fixtures.arrest("2025-02-01"), Origin.of("events.csv", 4)));
    assertThrows(IllegalStateException.class, () -> b.reject(Origin.of("events.csv", 5), "x"));
    assertThrows(
        IllegalStateException.class,
        () -> b.addDetainee(Detainee.of(DetaineeId.of("Q")), Origin.of("detainees.csv", 3)));
    assertThrows(IllegalStateException.class, () -> b.country("VE"));
    assertThrows(IllegalStateException.class, () -> b.name("late"));
    assertThrows(
        IllegalStateException.class,
        () -> b.addFacility(Facility.of(FacilityId.of("late"), FacilityKind.POLICE), Origin.of("facilities.csv", 3)));
    assertEquals(1, first.rejections().size());
    assertEquals(1, first.registry().eventCount());
  }

  @Test
  void theFirstFacilityOrPersonOfAnIdIsAccepted() {
    RegistryLoader b = new RegistryLoader();
    assertTrue(b.addFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE), Origin.of("facilities.csv", 2)));
    assertTrue(b.addDetainee(Detainee.of(P), Origin.of("detainees.csv", 2)));
    assertTrue(b.build().rejections().isEmpty());
  }

  @Test
  void originsStartAtLineOne() {
    assertThrows(IllegalArgumentException.class, () -> Origin.of("events.csv", 0));
    assertEquals("events.csv:1: x", Rejection.of("events.csv", 1, "x").toString());
  }
}
