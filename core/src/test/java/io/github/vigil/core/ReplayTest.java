package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.SPEECH_BAN;
import static io.github.vigil.core.Fixtures.TRAVEL_BAN;
import static io.github.vigil.core.Fixtures.arrest;
import static io.github.vigil.core.Fixtures.d;
import static io.github.vigil.core.Fixtures.event;
import static io.github.vigil.core.Fixtures.history;
import static io.github.vigil.core.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The per-event view of the replay: steps, the dates durations start from, and the builder. */
class ReplayTest {
  static final History REVOLVING =
      history(
          arrest("2024-01-01"),
          event(EventType.WHEREABOUTS_UNKNOWN, "2024-01-05"),
          event(EventType.WHEREABOUTS_UNKNOWN, "2024-01-09"),
          with(EventType.RELEASE_ORDER, "2024-02-01", SPEECH_BAN),
          with(EventType.RELEASE_ORDER, "2024-02-20", TRAVEL_BAN),
          event(EventType.RELEASE, "2024-03-01"),
          arrest("2024-04-01"),
          event(EventType.RELEASE, "2024-04-10"),
          event(EventType.EXILE, "2024-05-01"),
          arrest("2024-06-01"),
          event(EventType.DEATH, "2024-06-02"));

  @Test
  void everyAppliedEventIsOneStepWithTheStatusItLeft() {
    List<String> seen = new ArrayList<>();
    List<LegalStatus> statuses = new ArrayList<>();
    REVOLVING.replay(
        step -> {
          seen.add(step.index() + " " + step.event().type() + " " + step.custody() + " since " + step.since());
          statuses.add(step.status());
          assertSame(step.status(), step.status());
        });
    assertEquals(
        List.of(
            "0 ARREST IN_CUSTODY since 2024-01-01",
            "1 WHEREABOUTS_UNKNOWN IN_CUSTODY since 2024-01-01",
            "2 WHEREABOUTS_UNKNOWN IN_CUSTODY since 2024-01-01",
            "3 RELEASE_ORDER IN_CUSTODY since 2024-01-01",
            "4 RELEASE_ORDER IN_CUSTODY since 2024-01-01",
            "5 RELEASE AT_LIBERTY since 2024-03-01",
            "6 ARREST IN_CUSTODY since 2024-04-01",
            "7 RELEASE AT_LIBERTY since 2024-04-10",
            "8 EXILE EXILED since 2024-05-01",
            "9 ARREST IN_CUSTODY since 2024-06-01",
            "10 DEATH DECEASED since 2024-06-02"),
        seen);
    for (int i = 0; i < statuses.size(); i++) {
      LocalDate date = REVOLVING.events().get(i).date();
      if (i + 1 == statuses.size() || REVOLVING.events().get(i + 1).date().isAfter(date)) {
        assertEquals(REVOLVING.statusAsOf(date).orElseThrow(), statuses.get(i), "after event " + i);
      }
    }
  }

  @Test
  void stepsSayWhichStateAnEventEnteredAndLeft() {
    List<String> moves = new ArrayList<>();
    REVOLVING.replay(
        step -> {
          StringBuilder s = new StringBuilder(step.event().type().name());
          for (CustodyState c : CustodyState.values()) {
            if (step.entered(c)) {
              s.append(" +").append(c);
            }
            if (step.left(c)) {
              s.append(" -").append(c);
            }
          }
          moves.add(s.toString());
        });
    assertEquals(
        List.of(
            "ARREST +IN_CUSTODY",
            "WHEREABOUTS_UNKNOWN",
            "WHEREABOUTS_UNKNOWN",
            "RELEASE_ORDER",
            "RELEASE_ORDER",
            "RELEASE -IN_CUSTODY +AT_LIBERTY",
            "ARREST +IN_CUSTODY -AT_LIBERTY",
            "RELEASE -IN_CUSTODY +AT_LIBERTY",
            "EXILE -AT_LIBERTY +EXILED",
            "ARREST +IN_CUSTODY -EXILED",
            "DEATH -IN_CUSTODY +DECEASED"),
        moves);
  }

  @Test
  void theStatusHoldsTheDateEachDurationStartsFrom() {
    LegalStatus unknown = REVOLVING.statusAsOf(d("2024-01-31")).orElseThrow();
    assertEquals(Optional.of(d("2024-01-05")), unknown.whereaboutsUnknownSince());
    assertFalse(unknown.whereaboutsKnown());
    assertEquals(Optional.of(d("2024-01-01")), unknown.caseOpenSince());
    assertTrue(unknown.releasePendingSince().isEmpty());

    LegalStatus pending = REVOLVING.statusAsOf(d("2024-02-25")).orElseThrow();
    assertEquals(Optional.of(d("2024-02-01")), pending.releasePendingSince());
    assertEquals(d("2024-02-20"), pending.releaseOrder().orElseThrow().date());

    LegalStatus released = REVOLVING.statusAsOf(d("2024-03-15")).orElseThrow();
    assertTrue(released.whereaboutsKnown());
    assertTrue(released.whereaboutsUnknownSince().isEmpty());
    assertTrue(released.releasePendingSince().isEmpty());
    assertEquals(Optional.of(d("2024-03-01")), released.lastRelease());
    assertEquals(Optional.of(d("2024-02-01")), released.lastReleaseOrdered());
    assertEquals(List.of(MeasureType.TRAVEL_BAN), released.activeMeasures().stream().map(ActiveMeasure::type).toList());

    LegalStatus unordered = REVOLVING.statusAsOf(d("2024-04-20")).orElseThrow();
    assertEquals(Optional.of(d("2024-04-10")), unordered.lastRelease());
    assertTrue(unordered.lastReleaseOrdered().isEmpty());

    History closed = history(arrest("2024-01-01"), event(EventType.CONVICTION, "2024-02-01"), event(EventType.CASE_CLOSED, "2024-03-01"));
    assertEquals(Optional.of(d("2024-01-01")), closed.statusAsOf(d("2024-02-15")).orElseThrow().caseOpenSince());
    assertTrue(closed.status().orElseThrow().caseOpenSince().isEmpty());
    assertFalse(closed.status().orElseThrow().caseOpen());
  }

  @Test
  void aReplayThroughADateStopsAfterItsLastEvent() {
    List<EventType> seen = new ArrayList<>();
    REVOLVING.replay(d("2024-02-20"), step -> seen.add(step.event().type()));
    assertEquals(5, seen.size());
    REVOLVING.replay(d("2023-12-31"), step -> seen.add(step.event().type()));
    assertEquals(5, seen.size());
  }

  @Test
  void aStepKeptAfterItsReplayRefusesToBeRead() {
    List<ReplayStep> kept = new ArrayList<>();
    REVOLVING.replay(kept::add);
    ReplayStep step = kept.get(0);
    assertSame(step, kept.get(kept.size() - 1));
    IllegalStateException x = assertThrows(IllegalStateException.class, step::status);
    assertEquals("a replay step is valid only during the call that received it", x.getMessage());
    assertThrows(IllegalStateException.class, step::event);
    assertThrows(IllegalStateException.class, () -> step.entered(CustodyState.AT_LIBERTY));
    assertEquals("ReplayStep{over}", step.toString());
  }

  @Test
  void aPersonViewReplaysItsAppliedEvents() {
    Registry r = Registry.empty().withFacility(Facility.of(Fixtures.HELICOIDE, FacilityKind.PRISON)).withDetainee(Detainee.of(Fixtures.A));
    for (Event e : REVOLVING.events()) {
      r = r.withEvent(Fixtures.A, e);
    }
    PersonView p = r.asOf(d("2024-04-20")).person(Fixtures.A).orElseThrow();
    List<LegalStatus> last = new ArrayList<>();
    p.replay(step -> last.add(step.status()));
    assertEquals(p.appliedEvents().size(), last.size());
    assertEquals(p.status().orElseThrow(), last.get(last.size() - 1));
  }

  @Test
  void aBuilderSaysWhyAnEventWouldNotApplyWithoutThrowing() {
    History.Builder b = History.builder(Fixtures.A);
    assertTrue(b.status().isEmpty());
    assertEquals(
        Optional.of("the person has not been arrested; a history starts with an ARREST"),
        b.refusal(event(EventType.DEATH, "2024-01-01")).map(Refusal::reason));
    assertEquals(
        RefusalCode.NOT_ARRESTED, b.refusal(event(EventType.DEATH, "2024-01-01")).orElseThrow().code());
    b.add(arrest("2024-01-01"));
    assertEquals(Optional.empty(), b.refusal(event(EventType.RELEASE, "2024-01-02")));
    assertEquals(
        Optional.of("the person is in custody; ARREST applies only as the first event or while at liberty or in exile"),
        b.refusal(arrest("2024-01-02")).map(Refusal::reason));
    InvalidTransitionException x =
        assertThrows(InvalidTransitionException.class, () -> b.add(arrest("2024-01-02")));
    assertEquals(b.refusal(arrest("2024-01-02")).orElseThrow(), x.refusal());
    IllegalArgumentException order =
        assertThrows(IllegalArgumentException.class, () -> b.add(event(EventType.RELEASE, "2023-12-31")));
    assertEquals(
        "events must be added in date order: RELEASE on 2023-12-31 comes after an event on 2024-01-01",
        order.getMessage());
    assertEquals(CustodyState.IN_CUSTODY, b.status().orElseThrow().custody());
  }

  @Test
  void aBuilderGivesTheHistoryOfGivesAndBuildsAgainAfterMoreEvents() {
    History.Builder b = History.builder(Fixtures.A);
    for (Event e : REVOLVING.events()) {
      b.add(e);
    }
    History built = b.build();
    assertEquals(REVOLVING, built);
    assertEquals(built, b.build());
    assertEquals(REVOLVING.status(), b.status());
    History.Builder c = History.builder(Fixtures.A).add(arrest("2024-01-01"));
    History one = c.build();
    History two = c.add(event(EventType.RELEASE, "2024-01-02")).build();
    assertEquals(1, one.events().size());
    assertEquals(2, two.events().size());
  }
}
