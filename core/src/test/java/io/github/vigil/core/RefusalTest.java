package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.arrest;
import static io.github.vigil.core.Fixtures.d;
import static io.github.vigil.core.Fixtures.event;
import static io.github.vigil.core.Fixtures.history;
import static io.github.vigil.core.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Asking whether an event would apply, and why not, without catching an exception. */
class RefusalTest {
  @Test
  void aHistorySaysWhyAnEventWouldNotApplyWithTheCodeAndTheReasonOfTheException() {
    History h = history(arrest("2025-01-01"), event(EventType.RELEASE, "2025-02-01"));
    Event second = event(EventType.RELEASE, "2025-03-01");

    Refusal refusal = h.refusal(second).orElseThrow();
    InvalidTransitionException x = assertThrows(InvalidTransitionException.class, () -> h.append(second));

    assertEquals(RefusalCode.NOT_IN_CUSTODY, refusal.code());
    assertEquals("the person is at liberty; RELEASE applies only in custody", refusal.reason());
    assertEquals(EventType.RELEASE, refusal.eventType());
    assertEquals(d("2025-03-01"), refusal.date());
    assertFalse(refusal.isLaterEvent());
    assertEquals(refusal, x.refusal());
    assertEquals(RefusalCode.NOT_IN_CUSTODY, x.code());
    assertEquals("RELEASE on 2025-03-01 does not apply to A: " + refusal.reason(), x.getMessage());
    assertEquals(Optional.empty(), h.refusal(arrest("2025-03-01")));
  }

  @Test
  void anEventThatBreaksALaterRecordedEventIsToldApartFromOneRefusedItself() {
    History h = history(arrest("2025-01-01"), event(EventType.RELEASE, "2025-03-01"));
    Event death = event(EventType.DEATH, "2025-02-01");

    Refusal refusal = h.refusal(death).orElseThrow();
    InvalidTransitionException x = assertThrows(InvalidTransitionException.class, () -> h.append(death));

    assertTrue(refusal.isLaterEvent());
    assertEquals(RefusalCode.AFTER_DEATH, refusal.code());
    assertEquals(EventType.RELEASE, refusal.eventType());
    assertEquals(d("2025-03-01"), refusal.date());
    assertEquals(refusal, x.refusal());
    assertTrue(x.isLaterEvent());
    assertEquals(EventType.RELEASE, x.eventType());
    assertEquals(
        "DEATH on 2025-02-01 does not apply to A: the later recorded RELEASE on 2025-03-01 would no"
            + " longer apply: the person is deceased; no event may follow a death",
        x.getMessage());
  }

  @Test
  void everyRuleHasItsStableCode() {
    History held = history(arrest("2025-01-01"));
    History free = history(arrest("2025-01-01"), with(EventType.RELEASE, "2025-02-01", Fixtures.SPEECH_BAN));
    History closed =
        history(arrest("2025-01-01"), event(EventType.RELEASE, "2025-02-01"), event(EventType.CASE_CLOSED, "2025-02-02"));
    History dead = history(arrest("2025-01-01"), event(EventType.DEATH, "2025-02-01"));
    History none = History.empty(Fixtures.A);

    assertEquals(RefusalCode.ALREADY_IN_CUSTODY, code(held, arrest("2025-03-01")));
    assertEquals(RefusalCode.NOT_IN_CUSTODY, code(free, Fixtures.transfer("2025-03-01")));
    assertEquals(RefusalCode.NOT_AT_LIBERTY, code(held, with(EventType.MEASURE_IMPOSED, "2025-03-01", Fixtures.SPEECH_BAN)));
    assertEquals(RefusalCode.NOT_AT_LIBERTY, code(held, with(EventType.MEASURE_LIFTED, "2025-03-01", Fixtures.SPEECH_BAN)));
    assertEquals(RefusalCode.MEASURE_NOT_ACTIVE, code(free, with(EventType.MEASURE_LIFTED, "2025-03-01", Fixtures.TRAVEL_BAN)));
    assertEquals(RefusalCode.NO_COURT_APPEARANCE, code(free, event(EventType.APPEARANCE_ATTENDED, "2025-03-01")));
    assertEquals(RefusalCode.NOT_ARRESTED, code(none, event(EventType.EXILE, "2025-03-01")));
    assertEquals(RefusalCode.NOT_ARRESTED, code(none, event(EventType.CASE_CLOSED, "2025-03-01")));
    assertEquals(RefusalCode.NO_OPEN_CASE, code(closed, event(EventType.CONVICTION, "2025-03-01")));
    assertEquals(RefusalCode.AFTER_DEATH, code(dead, arrest("2025-03-01")));
  }

  @Test
  void aRegistrySaysWhichIdItDoesNotHoldAndTheExceptionExposesThatId() {
    Registry r =
        Registry.empty()
            .withFacility(Facility.of(Fixtures.HELICOIDE, FacilityKind.PRISON))
            .withDetainee(Detainee.builder().id(Fixtures.A).name("Ana Secret").build());
    Event elsewhere = Event.of(EventType.ARREST, d("2025-01-01"), FacilityId.of("tocoron"));

    assertEquals(RefusalCode.UNKNOWN_DETAINEE, r.refusal(DetaineeId.of("nobody"), arrest("2025-01-01")).orElseThrow().code());
    assertEquals(RefusalCode.UNKNOWN_FACILITY, r.refusal(Fixtures.A, elsewhere).orElseThrow().code());
    assertEquals(Optional.empty(), r.refusal(Fixtures.A, arrest("2025-01-01")));
    assertEquals(
        RefusalCode.NOT_IN_CUSTODY,
        r.refusal(Fixtures.A, event(EventType.RELEASE, "2025-01-01")).orElseThrow().code());
    UnknownIdException person =
        assertThrows(UnknownIdException.class, () -> r.withEvent(DetaineeId.of("nobody"), arrest("2025-01-01")));
    assertEquals(Optional.of(DetaineeId.of("nobody")), person.detainee());
    assertEquals(Optional.empty(), person.facility());
    UnknownIdException facility = assertThrows(UnknownIdException.class, () -> r.withEvent(Fixtures.A, elsewhere));
    assertEquals(Optional.of(FacilityId.of("tocoron")), facility.facility());
    assertEquals(Optional.empty(), facility.detainee());
    assertFalse(String.valueOf(facility.getMessage()).contains("Ana"));
  }

  private static RefusalCode code(History h, Event e) {
    RefusalCode code = h.refusal(e).orElseThrow().code();
    InvalidTransitionException x = assertThrows(InvalidTransitionException.class, () -> h.append(e));
    assertEquals(code, x.code());
    return code;
  }
}
