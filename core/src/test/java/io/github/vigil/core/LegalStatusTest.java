package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.P15D;
import static io.github.vigil.core.Fixtures.SPEECH_BAN;
import static io.github.vigil.core.Fixtures.TRAVEL_BAN;
import static io.github.vigil.core.Fixtures.arrest;
import static io.github.vigil.core.Fixtures.d;
import static io.github.vigil.core.Fixtures.event;
import static io.github.vigil.core.Fixtures.status;
import static io.github.vigil.core.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a person's status answers: where they stand and which measures bind them. */
class LegalStatusTest {
  @Test
  void inCustodyAndAtLibertyAreTheTwoStatesOfTheLivingInTheCountry() {
    LegalStatus held = status(arrest("2024-01-01"));
    assertTrue(held.isInCustody());
    assertFalse(held.isAtLiberty());
    LegalStatus released = status(arrest("2024-01-01"), event(EventType.RELEASE, "2024-02-01"));
    assertFalse(released.isInCustody());
    assertTrue(released.isAtLiberty());
    for (EventType end : new EventType[] {EventType.EXILE, EventType.DEATH}) {
      LegalStatus gone = status(arrest("2024-01-01"), event(end, "2024-02-01"));
      assertFalse(gone.isInCustody(), end.name());
      assertFalse(gone.isAtLiberty(), end.name());
    }
  }

  @Test
  void theActiveMeasureOfACodeIsFoundAmongSeveralAndNoneIsFoundForAnother() {
    LegalStatus s =
        status(
            arrest("2024-01-01"),
            with(EventType.RELEASE, "2024-02-01", SPEECH_BAN, P15D),
            with(EventType.MEASURE_IMPOSED, "2024-03-01", TRAVEL_BAN));
    assertEquals(SPEECH_BAN, s.activeMeasure(MeasureType.SPEECH_BAN).orElseThrow().measure());
    assertEquals(P15D, s.activeMeasure(MeasureType.COURT_APPEARANCE).orElseThrow().measure());
    assertEquals(d("2024-03-01"), s.activeMeasure(MeasureType.TRAVEL_BAN).orElseThrow().since());
    assertEquals(Optional.empty(), s.activeMeasure(MeasureType.HOUSE_ARREST));
    assertTrue(s.hasActive(MeasureType.TRAVEL_BAN));
    assertFalse(s.hasActive(MeasureType.HOUSE_ARREST));
    LegalStatus none = status(arrest("2024-01-01"), event(EventType.RELEASE, "2024-02-01"));
    assertFalse(none.hasActive(MeasureType.SPEECH_BAN));
  }

  @Test
  void theDescriptionSaysTheStateAndWhatMarksIt() {
    assertEquals("in custody", status(arrest("2024-01-01")).describe());
    assertEquals(
        "in custody, whereabouts unknown, release ordered",
        status(
                arrest("2024-01-01"),
                event(EventType.WHEREABOUTS_UNKNOWN, "2024-01-02"),
                event(EventType.RELEASE_ORDER, "2024-01-03"))
            .describe());
    assertEquals(CustodyState.AT_LIBERTY.description(), status(arrest("2024-01-01"), event(EventType.RELEASE, "2024-02-01")).describe());
  }
}
