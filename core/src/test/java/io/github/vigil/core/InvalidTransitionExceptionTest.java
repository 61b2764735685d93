package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InvalidTransitionExceptionTest {
  private static final String NAME = "María Pérez";
  private static final String NOTE = "her brother saw her at the gate";

  private static Registry registry() {
    DetaineeId id = DetaineeId.of("vp-0042");
    return Registry.empty()
        .withFacility(Facility.of(Fixtures.HELICOIDE, FacilityKind.INTELLIGENCE))
        .withDetainee(Detainee.builder().id(id).name(NAME).build())
        .withEvent(id, Event.builder().type(EventType.ARREST).date(d("2025-03-01")).facility(Fixtures.HELICOIDE).note(NOTE).build());
  }

  @Test
  void theMessageNamesTheIdTheEventAndTheStateButNeverTheNameOrNote() {
    Registry r = registry();
    Event release =
        Event.builder().type(EventType.RELEASE).date(d("2026-01-09")).note(NOTE).build();
    Registry released = r.withEvent(DetaineeId.of("vp-0042"), release);
    InvalidTransitionException x =
        assertThrows(
            InvalidTransitionException.class,
            () -> released.withEvent(DetaineeId.of("vp-0042"), Event.builder().type(EventType.RELEASE).date(d("2026-01-10")).note(NOTE).build()));
    String m = String.valueOf(x.getMessage());
    assertTrue(m.contains("vp-0042"), m);
    assertTrue(m.contains("RELEASE"), m);
    assertTrue(m.contains("2026-01-10"), m);
    assertTrue(m.contains("at liberty"), m);
    assertTrue(m.contains("applies only in custody"), m);
    assertFalse(m.contains(NAME), m);
    assertFalse(m.contains("María"), m);
    assertFalse(m.contains(NOTE), m);
    assertEquals(DetaineeId.of("vp-0042"), x.detainee());
    assertEquals(EventType.RELEASE, x.eventType());
    assertEquals(d("2026-01-10"), x.date());
    assertFalse(x.refusal().reason().contains("vp-0042"));
    assertTrue(m.endsWith(x.refusal().reason()));
  }

  @Test
  void theMessageOfAnEventAfterDeathSaysNoEventMayFollow() {
    History h = Fixtures.history(Fixtures.arrest("2025-01-01"), Fixtures.event(EventType.DEATH, "2025-02-01"));
    InvalidTransitionException x =
        assertThrows(InvalidTransitionException.class, () -> h.append(Fixtures.arrest("2025-03-01")));
    assertEquals(
        "ARREST on 2025-03-01 does not apply to A: the person is deceased; no event may follow a death",
        x.getMessage());
  }

  @Test
  void theMessageOfASecondArrestNamesTheCustodyState() {
    History h =
        Fixtures.history(
            Fixtures.arrest("2025-01-01"),
            Fixtures.event(EventType.WHEREABOUTS_UNKNOWN, "2025-01-02"),
            Fixtures.with(EventType.RELEASE_ORDER, "2025-01-03"));
    InvalidTransitionException x =
        assertThrows(InvalidTransitionException.class, () -> h.append(Fixtures.arrest("2025-03-01")));
    assertTrue(
        x.refusal().reason().startsWith("the person is in custody, whereabouts unknown, release ordered;"),
        x.refusal().reason());
  }

  @Test
  void anUnknownPersonOrFacilityIsAnUnknownIdException() {
    Registry r = registry();
    UnknownIdException person =
        assertThrows(UnknownIdException.class, () -> r.withEvent(DetaineeId.of("nobody"), Fixtures.arrest("2025-01-01")));
    assertTrue(String.valueOf(person.getMessage()).contains("nobody"));
    UnknownIdException facility =
        assertThrows(
            UnknownIdException.class,
            () -> r.withEvent(DetaineeId.of("vp-0042"), Event.of(EventType.TRANSFER, d("2025-04-01"), FacilityId.of("tocoron"))));
    assertTrue(String.valueOf(facility.getMessage()).contains("tocoron"));
    assertFalse(String.valueOf(facility.getMessage()).contains(NAME));
  }
}
