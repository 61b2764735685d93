package io.github.vigil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Corrections: retractions and amendments, seen from their recording date only. */
class CorrectionTest {
  static final DetaineeId A = DetaineeId.of("A");
  static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  static final LocalDate ARRESTED = LocalDate.of(2025, 3, 1);
  static final LocalDate RELEASED = LocalDate.of(2026, 1, 9);
  static final LocalDate CORRECTED = LocalDate.of(2026, 1, 12);

  static Registry released() {
    return Registry.empty()
        .withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
        .withDetainee(Detainee.builder().id(A).name("Ana Secretname").build())
        .withEvent(A, Event.builder().from(Event.of(EventType.ARREST, ARRESTED, HELICOIDE)).id("e1").build())
        .withEvent(A, Event.builder().type(EventType.RELEASE).date(RELEASED).id("e2").build());
  }

  static CustodyState state(Registry r, LocalDate asOf, LocalDate knownOn) {
    return r.asOf(asOf).knownOn(knownOn).person(A).orElseThrow().status().orElseThrow().custody();
  }

  @Test
  void aRetractionIsSeenOnlyFromItsRecordingDate() {
    Registry r = released().withCorrection(A, "e2", Correction.retraction(CORRECTED, "wrong person"));
    assertEquals(CustodyState.AT_LIBERTY, state(r, CORRECTED, CORRECTED.minusDays(1)));
    assertEquals(CustodyState.IN_CUSTODY, state(r, CORRECTED, CORRECTED));
    assertEquals(1, r.history(A).orElseThrow().events().size());
    assertEquals(2, r.history(A).orElseThrow().eventsWithClaims().size());
    assertTrue(r.history(A).orElseThrow().hasCorrections());
    assertFalse(r.history(A).orElseThrow().hasClaims());
  }

  @Test
  void anAmendmentReplacesTheEventFromItsRecordingDate() {
    LocalDate realDate = LocalDate.of(2026, 1, 11);
    Event replacement =
        Event.builder().type(EventType.RELEASE).date(realDate).recordedOn(CORRECTED).id("e3").build();
    Registry r =
        released()
            .withAmendment(A, "e2", Correction.amendment(CORRECTED, "date was wrong", "e3"), replacement);
    // as of the 10th: released as known on the 11th, still held as known on the 12th
    LocalDate tenth = LocalDate.of(2026, 1, 10);
    assertEquals(CustodyState.AT_LIBERTY, state(r, tenth, LocalDate.of(2026, 1, 11)));
    assertEquals(CustodyState.IN_CUSTODY, state(r, tenth, CORRECTED));
    assertEquals(CustodyState.AT_LIBERTY, state(r, CORRECTED, CORRECTED));
    assertEquals(
        realDate, r.history(A).orElseThrow().events().get(1).date(), "the history in effect");
  }

  @Test
  void aCorrectionThatWouldLeaveTheHistoryInvalidIsRefusedWithTheEventItBreaks() {
    Registry r = released();
    Correction c = Correction.retraction(CORRECTED, "no arrest");
    assertEquals(
        Optional.of("retracting ARREST on 2025-03-01 of A would leave RELEASE on 2026-01-09 not applying: the person is not yet arrested; RELEASE applies only in custody"),
        r.history(A).orElseThrow().correctionRefusal("e1", c));
    InvalidCorrectionException e =
        assertThrows(InvalidCorrectionException.class, () -> r.withCorrection(A, "e1", c));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.startsWith("retracting ARREST on 2025-03-01 of A would leave RELEASE"), message);
    assertFalse(message.contains("Secretname"));
    assertFalse(message.contains("no arrest"), "the reason is never shown");
  }

  /**
   * A travel ban, a case closed that ends it, the ban imposed again and later lifted. Retracting
   * the closing and then the second ban leaves a valid history, but a reader checks corrections
   * by recording date: the second ban's retraction, recorded first, would leave the lift with no
   * ban to lift. The registry refuses what a reader could not read back.
   */
  @Test
  void correctionsAreCheckedInRecordingOrderWhateverTheOrderTheyAreAdded() {
    LocalDate closed = LocalDate.of(2021, 2, 28);
    Measure ban = Measure.of(MeasureType.TRAVEL_BAN);
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE))
            .withDetainee(Detainee.builder().id(A).build())
            .withEvent(A, with("e1", Event.of(EventType.ARREST, LocalDate.of(2021, 1, 4), HELICOIDE)))
            .withEvent(A, with("e2", Event.of(EventType.RELEASE, LocalDate.of(2021, 2, 1))))
            .withEvent(A, with("e3", Event.of(EventType.MEASURE_IMPOSED, closed, ban)))
            .withEvent(A, with("e4", Event.of(EventType.CASE_CLOSED, closed)))
            .withEvent(A, with("e5", Event.of(EventType.MEASURE_IMPOSED, closed, ban)))
            .withEvent(A, with("e6", Event.of(EventType.MEASURE_LIFTED, LocalDate.of(2021, 6, 30), ban)));
    Correction later = Correction.retraction(LocalDate.of(2021, 4, 24), "duplicate report");
    Correction earlier = Correction.retraction(LocalDate.of(2021, 3, 17), "duplicate report");
    Registry closingRetracted = r.withCorrection(A, "e4", later);
    String why =
        "retracting MEASURE_IMPOSED on 2021-02-28 of A would leave MEASURE_LIFTED on 2021-06-30 not"
            + " applying: ";
    Optional<String> refusal = closingRetracted.history(A).orElseThrow().correctionRefusal("e5", earlier);
    assertTrue(refusal.orElse("").startsWith(why), refusal.toString());
    assertThrows(InvalidCorrectionException.class, () -> closingRetracted.withCorrection(A, "e5", earlier));
    // the same two corrections recorded the other way round stand in either order of adding
    Correction laterStill = Correction.retraction(LocalDate.of(2021, 5, 2), "duplicate report");
    assertEquals(
        2,
        closingRetracted.withCorrection(A, "e5", laterStill).history(A).orElseThrow().eventsWithClaims().stream()
            .filter(Event::isCorrected)
            .count());
  }

  private static Event with(String id, Event e) {
    return Event.builder().from(e).id(id).build();
  }

  @Test
  void unknownEventsRepeatedCorrectionsAndEarlyCorrectionsAreRefused() {
    Registry r = released();
    assertEquals(
        Optional.of("unknown event id e9 of A"),
        r.history(A).orElseThrow().correctionRefusal("e9", Correction.retraction(CORRECTED, "x")));
    assertEquals(
        Optional.of(
            "the correction of event e2 is recorded on 2026-01-08, before the event was recorded"
                + " (2026-01-09)"),
        r.history(A).orElseThrow()
            .correctionRefusal("e2", Correction.retraction(LocalDate.of(2026, 1, 8), "x")));
    Registry once = r.withCorrection(A, "e2", Correction.retraction(CORRECTED, "x"));
    assertEquals(
        Optional.of("event e2 was already corrected on 2026-01-12"),
        once.history(A).orElseThrow()
            .correctionRefusal("e2", Correction.retraction(CORRECTED.plusDays(1), "y")));
  }

  @Test
  void aRetractedEventNoLongerBlocksTheEventThatReallyHappened() {
    Registry r =
        released()
            .withCorrection(A, "e2", Correction.retraction(CORRECTED, "not released"))
            .withEvent(A, Event.builder().type(EventType.RELEASE).date(LocalDate.of(2026, 1, 20)).id("e4").build());
    assertEquals(CustodyState.AT_LIBERTY, state(r, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 20)));
    assertEquals(CustodyState.IN_CUSTODY, state(r, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 15)));
  }

  @Test
  void theReasonNeverAppearsInToString() {
    Correction c = Correction.retraction(CORRECTED, "Ana Secretname was confused");
    assertFalse(c.toString().contains("Secretname"), c.toString());
    Event e = released().history(A).orElseThrow().events().get(1).correctedBy(c);
    assertFalse(e.toString().contains("Secretname"), e.toString());
  }

  @Test
  void malformedCorrectionsAreRefusedByTheirBuilders() {
    assertThrows(IllegalArgumentException.class, () -> Correction.retraction(CORRECTED, " "));
    assertThrows(IllegalArgumentException.class, () -> Correction.amendment(CORRECTED, "r", "bad id"));
    Event noId = Event.of(EventType.RELEASE, RELEASED);
    assertThrows(
        IllegalArgumentException.class, () -> noId.correctedBy(Correction.retraction(CORRECTED, "r")));
    Event withId = Event.builder().from(noId).id("e1").build();
    assertThrows(
        IllegalArgumentException.class,
        () -> withId.correctedBy(Correction.retraction(RELEASED.minusDays(1), "r")));
  }
}
