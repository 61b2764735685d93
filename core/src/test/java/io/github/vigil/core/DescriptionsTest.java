package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.A;
import static io.github.vigil.core.Fixtures.HELICOIDE;
import static io.github.vigil.core.Fixtures.P15D;
import static io.github.vigil.core.Fixtures.SPEECH_BAN;
import static io.github.vigil.core.Fixtures.arrest;
import static io.github.vigil.core.Fixtures.d;
import static io.github.vigil.core.Fixtures.event;
import static io.github.vigil.core.Fixtures.history;
import static io.github.vigil.core.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each value says of itself in {@code toString}: enough to read a log or a failed test, and
 * never a name, a note or a measure's free text beyond its code.
 */
class DescriptionsTest {
  static final String NAME = "Ana María Pérez";
  static final String NOTE = "seen by her sister at the gate";

  @Test
  void measuresAndWhatTheyLeaveDescribeThemselvesInTheFormatsWords() {
    LegalStatus s =
        Fixtures.status(
            arrest("2024-01-01"),
            with(EventType.RELEASE_ORDER, "2024-02-01", SPEECH_BAN, P15D),
            with(EventType.RELEASE, "2024-02-03"),
            event(EventType.APPEARANCE_ATTENDED, "2024-02-18"),
            event(EventType.APPEARANCE_MISSED, "2024-03-04"));
    assertEquals("SPEECH_BAN since 2024-02-03", s.activeMeasure(MeasureType.SPEECH_BAN).orElseThrow().toString());
    assertEquals(List.of("attended 2024-02-18", "missed 2024-03-04"), s.appearances().stream().map(Object::toString).toList());
    assertEquals("COURT_APPEARANCE(P15D)", P15D.toString());
    assertEquals("official", Source.of("official").toString());
  }

  @Test
  void aReleaseOrderSaysItsDateAndMeasuresIfAny() {
    LegalStatus bare = Fixtures.status(arrest("2024-01-01"), event(EventType.RELEASE_ORDER, "2024-02-01"));
    assertEquals("release ordered 2024-02-01", bare.releaseOrder().orElseThrow().toString());
    LegalStatus measures =
        Fixtures.status(arrest("2024-01-01"), with(EventType.RELEASE_ORDER, "2024-02-01", SPEECH_BAN, P15D));
    assertEquals(
        "release ordered 2024-02-01 with SPEECH_BAN;COURT_APPEARANCE(P15D)",
        measures.releaseOrder().orElseThrow().toString());
  }

  @Test
  void rejectionsSayWhereAndWhy() {
    Rejection r = Rejection.of(Origin.of("events.csv", 12), "unknown facility x");
    assertEquals("events.csv:12", r.origin().toString());
    assertEquals("events.csv:12: unknown facility x", r.toString());
  }

  @Test
  void historiesAndBuildersGiveTheIdTheCountsAndTheStateNeverANote() {
    Event noted = Event.builder().from(arrest("2024-01-01")).note(NOTE).build();
    History h = history(noted, event(EventType.RELEASE, "2024-02-01"));
    assertEquals("History{A, 2 events}", h.toString());
    Event claim =
        Event.builder().type(EventType.EXILE).date(d("2024-03-01")).evidence(Evidence.CLAIMED).build();
    assertEquals("History{A, 2 events, 1 claims}", h.append(claim).toString());
    History.Builder b = History.builder(A);
    assertEquals("History.Builder{A}", b.toString());
    b.add(noted);
    assertEquals("History.Builder{A, in custody}", b.toString());
    b.add(event(EventType.WHEREABOUTS_UNKNOWN, "2024-01-02"));
    b.add(event(EventType.RELEASE_ORDER, "2024-01-03"));
    assertEquals("History.Builder{A, in custody, whereabouts unknown, release ordered}", b.toString());
    assertFalse(b.toString().contains("sister"));
    assertFalse(h.toString().contains("sister"));
  }

  @Test
  void registriesViewsAndPeopleGiveCountsDatesAndStatesNeverAName() {
    Registry r =
        Registry.empty()
            .withCountry("VE")
            .withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
            .withDetainee(Detainee.builder().id(A).name(NAME).build())
            .withEvent(A, Event.builder().from(arrest("2024-01-01")).note(NOTE).build());
    Registry.Builder builder = Registry.builder().addFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE));
    assertEquals("Registry.Builder{facilities=1, detainees=0}", builder.toString());
    assertEquals("Registry{country=VE, facilities=1, detainees=1, events=1}", r.toString());
    RegistryView v = r.asOf(d("2024-06-01"));
    assertEquals("RegistryView{asOf=2024-06-01, knownOn=2024-06-01}", v.toString());
    assertEquals(
        "RegistryView{asOf=2024-06-01, knownOn=2024-03-01, sources=[family], including claims}",
        v.knownOn(d("2024-03-01")).fromSources(Set.of(Source.of("family"))).includingClaims().toString());
    PersonView p = v.person(A).orElseThrow();
    assertEquals("PersonView{A, " + p.status().orElseThrow().describe() + ", applied=1, skipped=0}", p.toString());
    PersonView before = r.asOf(d("2023-01-01")).person(A).orElseThrow();
    assertEquals("PersonView{A, not in population, applied=0, skipped=0}", before.toString());
    for (Object o : List.of(r, v, p, before, r.detainee(A).orElseThrow(), r.history(A).orElseThrow())) {
      assertFalse(o.toString().contains("Ana") || o.toString().contains("sister"), o.toString());
    }
  }
}
