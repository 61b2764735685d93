package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link Event} keeps its codes in one {@code int} and its rare attributes behind one reference:
 * each attribute must still read back as it was set, and count in equality, hashing and {@code
 * toString}, in every combination of the rare ones.
 */
class EventTest {
  private static final LocalDate DAY = d("2025-03-01");
  private static final Correction RETRACTION = Correction.retraction(d("2025-04-01"), "duplicate");

  @Test
  void anEventWithNothingButTypeAndDateHasTheDefaults() {
    Event e = Event.of(EventType.DEATH, DAY);
    assertEquals(EventType.DEATH, e.type());
    assertSame(DAY, e.date());
    assertSame(DAY, e.recordedOn());
    assertEquals(DatePrecision.DAY, e.precision());
    assertEquals(Evidence.VERIFIED, e.evidence());
    assertFalse(e.isClaim());
    assertFalse(e.isApproximate());
    assertEquals(Optional.empty(), e.source());
    assertEquals(Optional.empty(), e.facility());
    assertEquals(ImmutableList.of(), e.measures());
    assertEquals(Optional.empty(), e.agency());
    assertEquals(Optional.empty(), e.outcome());
    assertEquals(Optional.empty(), e.id());
    assertEquals(Optional.empty(), e.correction());
    assertEquals(Optional.empty(), e.note());
    assertFalse(e.isCorrected());
    assertEquals("Event{type=DEATH, date=2025-03-01, recordedOn=2025-03-01, precision=DAY, "
        + "evidence=VERIFIED, measures=[], note=<redacted>}", e.toString());
  }

  @Test
  void everyAttributeReadsBackAsItWasSet() {
    Event arrest = full().build();
    assertEquals(EventType.ARREST, arrest.type());
    assertEquals(DAY, arrest.date());
    assertEquals(d("2025-03-20"), arrest.recordedOn());
    assertEquals(DatePrecision.MONTH, arrest.precision());
    assertTrue(arrest.isApproximate());
    assertEquals(Optional.of(Source.of("family")), arrest.source());
    assertEquals(Evidence.CLAIMED, arrest.evidence());
    assertTrue(arrest.isClaim());
    assertEquals(Optional.of(Fixtures.HELICOIDE), arrest.facility());
    assertEquals(Optional.of("SEBIN"), arrest.agency());
    assertEquals(Optional.of("e-1"), arrest.id());
    assertEquals(Optional.of(RETRACTION), arrest.correction());
    assertEquals(Optional.of("called by her sister"), arrest.note());
    assertTrue(arrest.isCorrected());
    assertEquals(
        "Event{type=ARREST, date=2025-03-01, recordedOn=2025-03-20, precision=MONTH, "
            + "source=family, evidence=CLAIMED, facility=helicoide, measures=[], agency=SEBIN, id=e-1, "
            + "correction=" + RETRACTION + ", note=<redacted>}",
        arrest.toString());
    assertFalse(arrest.toString().contains("sister"));

    Event closed = Event.builder().type(EventType.CASE_CLOSED).date(DAY).outcome(CaseOutcome.ACQUITTED).build();
    assertEquals(Optional.of(CaseOutcome.ACQUITTED), closed.outcome());
    Event release = Event.of(EventType.RELEASE, DAY, Fixtures.P15D, Fixtures.SPEECH_BAN);
    assertEquals(List.of(Fixtures.P15D, Fixtures.SPEECH_BAN), release.measures());
  }

  @Test
  void everyCodeOfEveryEnumReadsBack() {
    for (EventType type : EventType.values()) {
      Event.Builder b = Event.builder().type(type).date(DAY);
      if (type.requiresFacility()) {
        b.facility(Fixtures.HELICOIDE);
      }
      if (type.requiresMeasures()) {
        b.addMeasures(Fixtures.SPEECH_BAN);
      }
      for (DatePrecision precision : DatePrecision.values()) {
        for (Evidence evidence : Evidence.values()) {
          Event e = b.precision(precision).evidence(evidence).build();
          assertEquals(type, e.type());
          assertEquals(precision, e.precision());
          assertEquals(evidence, e.evidence());
          assertEquals(Optional.empty(), e.outcome());
        }
      }
    }
    for (CaseOutcome outcome : CaseOutcome.values()) {
      Event e =
          Event.builder().type(EventType.CASE_CLOSED).date(DAY).outcome(outcome)
              .precision(DatePrecision.YEAR).evidence(Evidence.CLAIMED).build();
      assertEquals(Optional.of(outcome), e.outcome());
      assertEquals(e, Event.builder().from(e).build());
      assertEquals(EventType.CASE_CLOSED, e.type());
      assertEquals(DatePrecision.YEAR, e.precision());
      assertEquals(Evidence.CLAIMED, e.evidence());
    }
  }

  /**
   * The rare attributes in every combination a valid event can have (a correction needs an id),
   * on an arrest (the one type taking an agency): bit 0 the id, 1 the agency, 2 the correction, 3
   * the note; an event at each index, null where the combination is invalid.
   */
  private static List<Event> rareCombinations() {
    List<Event> all = new ArrayList<>();
    for (int bits = 0; bits < 16; bits++) {
      if ((bits & 4) != 0 && (bits & 1) == 0) {
        all.add(null);
        continue;
      }
      Event.Builder b = Event.builder().type(EventType.ARREST).date(DAY).facility(Fixtures.HELICOIDE);
      if ((bits & 1) != 0) {
        b.id("e-1");
      }
      if ((bits & 2) != 0) {
        b.agency("DGCIM");
      }
      if ((bits & 4) != 0) {
        b.correction(RETRACTION);
      }
      if ((bits & 8) != 0) {
        b.note("n");
      }
      all.add(b.build());
    }
    return all;
  }

  @Test
  void theRareAttributesReadBackInEveryCombination() {
    List<Event> all = rareCombinations();
    for (int bits = 0; bits < 16; bits++) {
      Event e = all.get(bits);
      if (e == null) {
        continue;
      }
      assertEquals((bits & 1) != 0 ? Optional.of("e-1") : Optional.empty(), e.id(), e.toString());
      assertEquals((bits & 2) != 0 ? Optional.of("DGCIM") : Optional.empty(), e.agency());
      assertEquals((bits & 4) != 0 ? Optional.of(RETRACTION) : Optional.empty(), e.correction());
      assertEquals((bits & 8) != 0 ? Optional.of("n") : Optional.empty(), e.note());
      assertEquals(e, Event.builder().from(e).build());
      assertEquals(e.hashCode(), Event.builder().from(e).build().hashCode());
    }
  }

  @Test
  void eachAttributeCountsInEquality() {
    Event base = full().build();
    EqualsTester t = new EqualsTester().addEqualityGroup(base, full().build());
    List<UnaryOperator<Event.Builder>> changes =
        List.of(
            b -> b.date(d("2025-03-02")),
            b -> b.recordedOn(d("2025-03-21")),
            b -> b.precision(DatePrecision.YEAR),
            b -> b.precision(DatePrecision.DAY),
            b -> b.source(Source.of("lawyer")),
            b -> b.source(Optional.empty()),
            b -> b.evidence(Evidence.VERIFIED),
            b -> b.facility(Fixtures.RODEO),
            b -> b.agency("DGCIM"),
            b -> b.agency(Optional.empty()),
            b -> b.id("e-2"),
            b -> b.correction(Correction.retraction(d("2025-04-02"), "duplicate")),
            b -> b.correction(Optional.empty()),
            b -> b.note("another"),
            b -> b.note(Optional.empty()),
            b -> b.type(EventType.TRANSFER).agency(Optional.empty()));
    for (UnaryOperator<Event.Builder> change : changes) {
      t.addEqualityGroup(change.apply(full()).build());
    }
    for (Event e : rareCombinations()) {
      if (e != null) {
        t.addEqualityGroup(e);
      }
    }
    t.addEqualityGroup(Event.of(EventType.RELEASE, DAY, Fixtures.SPEECH_BAN));
    t.addEqualityGroup(Event.of(EventType.RELEASE, DAY, Fixtures.TRAVEL_BAN));
    t.addEqualityGroup(Event.of(EventType.RELEASE, DAY));
    for (CaseOutcome outcome : CaseOutcome.values()) {
      t.addEqualityGroup(Event.builder().type(EventType.CASE_CLOSED).date(DAY).outcome(outcome).build());
    }
    t.addEqualityGroup(Event.of(EventType.CASE_CLOSED, DAY));
    t.testEquals();
  }

  @Test
  void eventsThatDifferInOneAttributeHashApart() {
    List<Event> events = new ArrayList<>();
    events.add(full().build());
    events.add(full().date(d("2025-03-02")).build());
    events.add(full().recordedOn(d("2025-03-21")).build());
    events.add(full().precision(DatePrecision.YEAR).build());
    events.add(full().source(Source.of("lawyer")).build());
    events.add(full().evidence(Evidence.VERIFIED).build());
    events.add(full().facility(Fixtures.RODEO).build());
    events.add(full().agency("DGCIM").build());
    events.add(full().id("e-2").build());
    events.add(full().correction(Correction.retraction(d("2025-04-02"), "duplicate")).build());
    events.add(full().note("another").build());
    events.add(Event.of(EventType.RELEASE, DAY, Fixtures.SPEECH_BAN));
    events.add(Event.of(EventType.RELEASE, DAY, Fixtures.TRAVEL_BAN));
    events.add(Event.builder().type(EventType.CASE_CLOSED).date(DAY).outcome(CaseOutcome.ACQUITTED).build());
    events.add(Event.builder().type(EventType.CASE_CLOSED).date(DAY).outcome(CaseOutcome.DISMISSED).build());
    // a hash of all the attributes: one changed, the hash changes (a collision among these few
    // would be a one-in-millions chance, not a flaw to allow)
    assertEquals(events.size(), events.stream().mapToInt(Event::hashCode).distinct().count(), events::toString);
  }

  @Test
  void anIncompleteMeasureIsNamedWithAnExampleOfItsParameter() {
    assertEquals(
        "COURT_APPEARANCE needs a parameter on RELEASE, such as COURT_APPEARANCE(P15D)",
        assertThrows(
                IllegalArgumentException.class,
                () -> Event.of(EventType.RELEASE, DAY, Measure.of(MeasureType.COURT_APPEARANCE)))
            .getMessage());
    assertEquals(
        "OTHER needs a parameter on MEASURE_IMPOSED, such as OTHER(text)",
        assertThrows(
                IllegalArgumentException.class,
                () -> Event.of(EventType.MEASURE_IMPOSED, DAY, Measure.of(MeasureType.OTHER)))
            .getMessage());
    assertEquals(
        List.of(Measure.of(MeasureType.OTHER)),
        Event.of(EventType.MEASURE_LIFTED, DAY, Measure.of(MeasureType.OTHER)).measures());
  }

  @Test
  void fromCopiesAndKeepsWhatTheEventLacks() {
    Event e = full().build();
    assertEquals(e, Event.builder().from(e).build());
    Event plain = Event.of(EventType.ARREST, d("2025-03-05"), Fixtures.RODEO);
    Event merged = full().from(plain).build();
    assertEquals(d("2025-03-05"), merged.date());
    assertEquals(d("2025-03-05"), merged.recordedOn());
    assertEquals(DatePrecision.DAY, merged.precision());
    assertEquals(Evidence.VERIFIED, merged.evidence());
    assertEquals(Optional.of(Fixtures.RODEO), merged.facility());
    assertEquals(Optional.of(Source.of("family")), merged.source());
    assertEquals(Optional.of("SEBIN"), merged.agency());
    assertEquals(Optional.of("e-1"), merged.id());
    assertEquals(Optional.of("called by her sister"), merged.note());
    Event release = Event.of(EventType.RELEASE, DAY, Fixtures.SPEECH_BAN);
    assertEquals(
        List.of(Fixtures.TRAVEL_BAN, Fixtures.SPEECH_BAN),
        Event.builder().addMeasures(Fixtures.TRAVEL_BAN).from(release).build().measures());
  }

  @Test
  void measuresReplacesWhatWasAdded() {
    Event.Builder b = Event.builder().type(EventType.RELEASE).date(DAY).addMeasures(Fixtures.SPEECH_BAN);
    Event first = b.build();
    Event second = b.measures(List.of(Fixtures.TRAVEL_BAN)).build();
    Event third = b.addAllMeasures(List.of(Fixtures.HOUSE_ARREST)).build();
    assertEquals(List.of(Fixtures.SPEECH_BAN), first.measures());
    assertEquals(List.of(Fixtures.TRAVEL_BAN), second.measures());
    assertEquals(List.of(Fixtures.TRAVEL_BAN, Fixtures.HOUSE_ARREST), third.measures());
    assertEquals(List.of(), b.measures(List.of()).build().measures());
  }

  @Test
  void correctingAndUncorrecting() {
    Event e = Event.builder().from(full().build()).correction(Optional.empty()).build();
    assertSame(e, e.uncorrected());
    Event corrected = e.correctedBy(RETRACTION);
    assertEquals(full().build(), corrected);
    assertEquals(e, corrected.uncorrected());
    assertThrows(IllegalArgumentException.class, () -> corrected.correctedBy(RETRACTION));
    assertTrue(corrected.isCorrectedAsKnownOn(d("2025-04-01")));
    assertFalse(corrected.isCorrectedAsKnownOn(d("2025-03-31")));
    assertTrue(corrected.isSeen(DAY, d("2025-03-31")));
    assertFalse(corrected.isSeen(DAY, d("2025-04-01")));
    assertFalse(corrected.isSeen(DAY, d("2025-03-19")));
    assertFalse(corrected.isSeen(d("2025-02-28"), d("2025-03-31")));
  }

  @Test
  void aBuilderWithoutTypeOrDateSaysWhichIsMissing() {
    assertEquals(
        "Cannot build Event, some of required attributes are not set [type, date]",
        assertThrows(IllegalStateException.class, () -> Event.builder().build()).getMessage());
    assertEquals(
        "Cannot build Event, some of required attributes are not set [date]",
        assertThrows(IllegalStateException.class, () -> Event.builder().type(EventType.DEATH).build())
            .getMessage());
    assertEquals(
        "Cannot build Event, some of required attributes are not set [type]",
        assertThrows(IllegalStateException.class, () -> Event.builder().date(DAY).build()).getMessage());
  }

  @Test
  void theChecksHoldForTheRareAttributes() {
    assertEquals(
        "DEATH takes no agency",
        assertThrows(
                IllegalArgumentException.class,
                () -> Event.builder().type(EventType.DEATH).date(DAY).agency("SEBIN").build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Event.builder().type(EventType.ARREST).date(DAY).facility(Fixtures.HELICOIDE).agency("a b").build());
    assertEquals(
        "a corrected event needs an id, which its correction names",
        assertThrows(
                IllegalArgumentException.class,
                () -> Event.builder().type(EventType.DEATH).date(DAY).correction(RETRACTION).note("n").build())
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Event.builder().type(EventType.DEATH).date(DAY).id("bad id").note("n").build());
    assertThrows(IllegalArgumentException.class, () -> Event.builder().type(EventType.DEATH).date(DAY).id("bad id").build());
    assertEquals(
        "DEATH takes no outcome",
        assertThrows(
                IllegalArgumentException.class,
                () -> Event.builder().type(EventType.DEATH).date(DAY).outcome(CaseOutcome.ACQUITTED).build())
            .getMessage());
    assertNotEquals(
        Event.builder().type(EventType.DEATH).date(DAY).id("x").build(),
        Event.builder().type(EventType.DEATH).date(DAY).id("x").note("n").build());
  }

  @Test
  void theBuilderRefusesNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(Event.builder());
  }

  private static Event.Builder full() {
    return Event.builder()
        .type(EventType.ARREST)
        .date(DAY)
        .recordedOn(d("2025-03-20"))
        .precision(DatePrecision.MONTH)
        .source(Source.of("family"))
        .evidence(Evidence.CLAIMED)
        .facility(Fixtures.HELICOIDE)
        .agency("SEBIN")
        .id("e-1")
        .correction(RETRACTION)
        .note("called by her sister");
  }
}
