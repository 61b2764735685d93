package io.github.vigil.core;

import static io.github.vigil.core.Fixtures.HELICOIDE;
import static io.github.vigil.core.Fixtures.P15D;
import static io.github.vigil.core.Fixtures.P30D;
import static io.github.vigil.core.Fixtures.SPEECH_BAN;
import static io.github.vigil.core.Fixtures.TRAVEL_BAN;
import static io.github.vigil.core.Fixtures.arrest;
import static io.github.vigil.core.Fixtures.d;
import static io.github.vigil.core.Fixtures.history;
import static io.github.vigil.core.Fixtures.event;
import static io.github.vigil.core.Fixtures.status;
import static io.github.vigil.core.Fixtures.transfer;
import static io.github.vigil.core.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of docs/format.md section 3, one by one. */
class CustodyRulesTest {

  /** The states a history can be in, each reached by a short history dated 2025. */
  enum State {
    NOT_ARRESTED,
    IN_CUSTODY,
    IN_CUSTODY_WHEREABOUTS_UNKNOWN,
    IN_CUSTODY_RELEASE_ORDERED,
    IN_CUSTODY_CASE_CLOSED,
    AT_LIBERTY_UNDER_MEASURES,
    AT_LIBERTY_FULLY,
    EXILED,
    DECEASED;

    History reach() {
      return switch (this) {
        case NOT_ARRESTED -> History.empty(Fixtures.A);
        case IN_CUSTODY -> history(arrest("2025-01-01"));
        case IN_CUSTODY_WHEREABOUTS_UNKNOWN ->
            history(arrest("2025-01-01"), event(EventType.WHEREABOUTS_UNKNOWN, "2025-01-02"));
        case IN_CUSTODY_RELEASE_ORDERED ->
            history(arrest("2025-01-01"), with(EventType.RELEASE_ORDER, "2025-01-02", SPEECH_BAN));
        case IN_CUSTODY_CASE_CLOSED ->
            history(arrest("2025-01-01"), event(EventType.CASE_CLOSED, "2025-01-02"));
        case AT_LIBERTY_UNDER_MEASURES ->
            history(arrest("2025-01-01"), with(EventType.RELEASE, "2025-01-02", SPEECH_BAN, P15D));
        case AT_LIBERTY_FULLY ->
            history(
                arrest("2025-01-01"),
                event(EventType.RELEASE, "2025-01-02"),
                event(EventType.CASE_CLOSED, "2025-01-03"));
        case EXILED -> history(arrest("2025-01-01"), event(EventType.EXILE, "2025-01-02"));
        case DECEASED -> history(arrest("2025-01-01"), event(EventType.DEATH, "2025-01-02"));
      };
    }
  }

  /** A well-formed event of each type, dated after every state's history. */
  static Event sample(EventType type) {
    String date = "2025-02-01";
    return switch (type) {
      case ARREST -> arrest(date);
      case TRANSFER -> transfer(date);
      case MEASURE_IMPOSED -> with(type, date, TRAVEL_BAN);
      case MEASURE_LIFTED -> with(type, date, SPEECH_BAN);
      case RELEASE_ORDER, RELEASE -> with(type, date, TRAVEL_BAN);
      default -> event(type, date);
    };
  }

  private static final Set<EventType> IN_CUSTODY_ONLY =
      EnumSet.of(
          EventType.TRANSFER,
          EventType.WHEREABOUTS_UNKNOWN,
          EventType.WHEREABOUTS_CONFIRMED,
          EventType.RELEASE_ORDER,
          EventType.RELEASE);

  /** The events that apply in each state, by docs/format.md section 3. */
  private static final Map<State, Set<EventType>> VALID =
      Map.of(
          State.NOT_ARRESTED, EnumSet.of(EventType.ARREST),
          State.IN_CUSTODY, custody(true),
          State.IN_CUSTODY_WHEREABOUTS_UNKNOWN, custody(true),
          State.IN_CUSTODY_RELEASE_ORDERED, custody(true),
          State.IN_CUSTODY_CASE_CLOSED, custody(false),
          State.AT_LIBERTY_UNDER_MEASURES,
              EnumSet.of(
                  EventType.ARREST,
                  EventType.MEASURE_IMPOSED,
                  EventType.MEASURE_LIFTED,
                  EventType.APPEARANCE_ATTENDED,
                  EventType.APPEARANCE_MISSED,
                  EventType.CASE_CLOSED,
                  EventType.CONVICTION,
                  EventType.EXILE,
                  EventType.DEATH),
          State.AT_LIBERTY_FULLY,
              EnumSet.of(EventType.ARREST, EventType.MEASURE_IMPOSED, EventType.EXILE, EventType.DEATH),
          State.EXILED,
              EnumSet.of(
                  EventType.ARREST,
                  EventType.CASE_CLOSED,
                  EventType.CONVICTION,
                  EventType.EXILE,
                  EventType.DEATH),
          State.DECEASED, EnumSet.noneOf(EventType.class));

  private static Set<EventType> custody(boolean caseOpen) {
    Set<EventType> s = EnumSet.copyOf(IN_CUSTODY_ONLY);
    s.add(EventType.EXILE);
    s.add(EventType.DEATH);
    if (caseOpen) {
      s.add(EventType.CASE_CLOSED);
      s.add(EventType.CONVICTION);
    }
    return s;
  }

  static Stream<Arguments> everyStateAndType() {
    List<Arguments> out = new ArrayList<>();
    for (State s : State.values()) {
      for (EventType t : EventType.values()) {
        out.add(Arguments.of(s, t, VALID.getOrDefault(s, Set.of()).contains(t)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} in state {0} applies: {2}")
  @MethodSource("everyStateAndType")
  void eachEventTypeAppliesExactlyInTheStatesTheFormatAllows(
      State state, EventType type, boolean valid) {
    History h = state.reach();
    Event e = sample(type);
    if (valid) {
      History next = h.append(e);
      assertEquals(h.events().size() + 1, next.events().size());
      assertEquals(e, next.events().get(next.events().size() - 1));
    } else {
      InvalidTransitionException x = assertThrows(InvalidTransitionException.class, () -> h.append(e));
      assertEquals(type, x.eventType());
      assertEquals(Fixtures.A, x.detainee());
      assertEquals(e.date(), x.date());
    }
  }

  @Test
  void theFirstEventMustBeAnArrest() {
    for (EventType t : EventType.values()) {
      if (t != EventType.ARREST) {
        InvalidTransitionException x =
            assertThrows(InvalidTransitionException.class, () -> history(sample(t)));
        String message = String.valueOf(x.getMessage());
        assertTrue(message.contains("arrest") || message.contains("ARREST"), message);
      }
    }
    assertEquals(CustodyState.IN_CUSTODY, status(arrest("2025-01-01")).custody());
  }

  @Test
  void anArrestHoldsThePersonAtItsFacilityAndOpensACase() {
    LegalStatus s = status(arrest("2025-01-01"));
    assertEquals(CustodyState.IN_CUSTODY, s.custody());
    assertEquals(HELICOIDE, s.facility());
    assertEquals(d("2025-01-01"), s.since());
    assertTrue(s.caseOpen());
    assertFalse(s.convicted());
    assertEquals(0, s.rearrests());
    assertTrue(s.whereaboutsKnown());
  }

  @Test
  void aTransferMovesThePersonAndMakesTheWhereaboutsKnownAgain() {
    LegalStatus s =
        status(arrest("2025-01-01"), event(EventType.WHEREABOUTS_UNKNOWN, "2025-01-02"), transfer("2025-01-03"));
    assertEquals(Fixtures.RODEO, s.facility());
    assertTrue(s.whereaboutsKnown());
    assertEquals(d("2025-01-01"), s.since());
  }

  @Test
  void whereaboutsBecomeUnknownThenConfirmed() {
    LegalStatus unknown = status(arrest("2025-01-01"), event(EventType.WHEREABOUTS_UNKNOWN, "2025-01-02"));
    assertFalse(unknown.whereaboutsKnown());
    assertEquals(HELICOIDE, unknown.facility());
    LegalStatus confirmed =
        status(
            arrest("2025-01-01"),
            event(EventType.WHEREABOUTS_UNKNOWN, "2025-01-02"),
            event(EventType.WHEREABOUTS_CONFIRMED, "2025-01-03"));
    assertTrue(confirmed.whereaboutsKnown());
  }

  @Test
  void whereaboutsAreUnknownSinceTheFirstReportThatTheyWereUntilConfirmedOrMoved() {
    assertEquals(java.util.Optional.empty(), status(arrest("2025-01-01")).whereaboutsUnknownSince());
    LegalStatus twice =
        status(
            arrest("2025-01-01"),
            event(EventType.WHEREABOUTS_UNKNOWN, "2025-01-02"),
            event(EventType.WHEREABOUTS_UNKNOWN, "2025-02-02"));
    assertEquals(java.util.Optional.of(d("2025-01-02")), twice.whereaboutsUnknownSince());
    LegalStatus again =
        status(
            arrest("2025-01-01"),
            event(EventType.WHEREABOUTS_UNKNOWN, "2025-01-02"),
            event(EventType.WHEREABOUTS_CONFIRMED, "2025-01-03"),
            event(EventType.WHEREABOUTS_UNKNOWN, "2025-03-04"));
    assertEquals(java.util.Optional.of(d("2025-03-04")), again.whereaboutsUnknownSince());
    for (Event known :
        List.of(
            event(EventType.WHEREABOUTS_CONFIRMED, "2025-01-03"),
            transfer("2025-01-03"),
            event(EventType.RELEASE, "2025-01-03"),
            event(EventType.EXILE, "2025-01-03"),
            event(EventType.DEATH, "2025-01-03"))) {
      LegalStatus s = status(arrest("2025-01-01"), event(EventType.WHEREABOUTS_UNKNOWN, "2025-01-02"), known);
      assertEquals(java.util.Optional.empty(), s.whereaboutsUnknownSince(), known.type().name());
    }
  }

  @Test
  void aReleaseWithoutMeasuresTakesThoseOfThePendingOrder() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE_ORDER, "2026-01-08", P30D, SPEECH_BAN),
            event(EventType.RELEASE, "2026-01-09"));
    assertEquals(CustodyState.AT_LIBERTY, s.custody());
    assertEquals(
        List.of(ActiveMeasure.of(P30D, d("2026-01-09")), ActiveMeasure.of(SPEECH_BAN, d("2026-01-09"))),
        s.activeMeasures());
    assertTrue(s.releaseOrder().isEmpty());
    assertEquals(d("2026-01-09"), s.lastRelease().orElseThrow());
  }

  @Test
  void aReleaseWithMeasuresTakesItsOwnAndNotThoseOfTheOrder() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE_ORDER, "2026-01-08", P30D, SPEECH_BAN),
            with(EventType.RELEASE, "2026-01-09", TRAVEL_BAN));
    assertEquals(List.of(ActiveMeasure.of(TRAVEL_BAN, d("2026-01-09"))), s.activeMeasures());
  }

  @Test
  void aReleaseWithNeitherMeasuresNorOrderLeavesNoMeasure() {
    LegalStatus s = status(arrest("2025-01-01"), event(EventType.RELEASE, "2026-01-09"));
    assertTrue(s.activeMeasures().isEmpty());
    assertTrue(s.caseOpen());
  }

  @Test
  void aLaterReleaseOrderReplacesAnEarlierOne() {
    LegalStatus pending =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE_ORDER, "2026-01-08", P30D, SPEECH_BAN),
            with(EventType.RELEASE_ORDER, "2026-01-09", TRAVEL_BAN));
    assertEquals(ReleaseOrder.of(d("2026-01-09"), List.of(TRAVEL_BAN)), pending.releaseOrder().orElseThrow());
    LegalStatus released =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE_ORDER, "2026-01-08", P30D, SPEECH_BAN),
            with(EventType.RELEASE_ORDER, "2026-01-09", TRAVEL_BAN),
            event(EventType.RELEASE, "2026-01-10"));
    assertEquals(List.of(ActiveMeasure.of(TRAVEL_BAN, d("2026-01-10"))), released.activeMeasures());
  }

  @Test
  void aMeasureImposedIsAddedAndACodeAlreadyActiveTakesTheNewParameter() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE, "2026-01-09", P15D, SPEECH_BAN),
            event(EventType.APPEARANCE_ATTENDED, "2026-01-24"),
            with(EventType.MEASURE_IMPOSED, "2026-02-01", P30D, TRAVEL_BAN));
    assertEquals(
        List.of(
            ActiveMeasure.of(P30D, d("2026-02-01")),
            ActiveMeasure.of(SPEECH_BAN, d("2026-01-09")),
            ActiveMeasure.of(TRAVEL_BAN, d("2026-02-01"))),
        s.activeMeasures());
    assertTrue(s.appearances().isEmpty(), "a new interval starts a new appearance record");
  }

  @Test
  void aMeasureImposedAgainUnchangedKeepsItsDateAndRecord() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE, "2026-01-09", P15D),
            event(EventType.APPEARANCE_ATTENDED, "2026-01-24"),
            with(EventType.MEASURE_IMPOSED, "2026-02-01", P15D));
    assertEquals(List.of(ActiveMeasure.of(P15D, d("2026-01-09"))), s.activeMeasures());
    assertEquals(List.of(AppearanceRecord.of(d("2026-01-24"), true)), s.appearances());
  }

  @Test
  void aMeasureLiftedEndsTheListedCodesMatchedByCodeAlone() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE, "2026-01-09", P15D, SPEECH_BAN, TRAVEL_BAN),
            event(EventType.APPEARANCE_ATTENDED, "2026-01-24"),
            with(EventType.MEASURE_LIFTED, "2026-02-01", Measure.of(MeasureType.COURT_APPEARANCE), SPEECH_BAN));
    assertEquals(List.of(ActiveMeasure.of(TRAVEL_BAN, d("2026-01-09"))), s.activeMeasures());
    assertTrue(s.appearances().isEmpty());
  }

  @Test
  void liftingALaterMeasureKeepsTheEarlierOnes() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE, "2026-01-09", SPEECH_BAN, TRAVEL_BAN),
            with(EventType.MEASURE_LIFTED, "2026-02-01", TRAVEL_BAN));
    assertEquals(List.of(ActiveMeasure.of(SPEECH_BAN, d("2026-01-09"))), s.activeMeasures());
  }

  @Test
  void aMeasureLiftedFromSomeoneFullyFreeSaysThatNoneIsActive() {
    History h = history(arrest("2025-01-01"), event(EventType.RELEASE, "2026-01-09"));
    InvalidTransitionException x =
        assertThrows(
            InvalidTransitionException.class,
            () -> h.append(with(EventType.MEASURE_LIFTED, "2026-02-01", SPEECH_BAN)));
    assertTrue(x.refusal().reason().contains("SPEECH_BAN is not active (active: none)"), x.refusal().reason());
  }

  @Test
  void aMeasureLiftedThatIsNotActiveDoesNotApplyAndSaysWhatIsActive() {
    History h = history(arrest("2025-01-01"), with(EventType.RELEASE, "2026-01-09", SPEECH_BAN));
    InvalidTransitionException x =
        assertThrows(
            InvalidTransitionException.class,
            () -> h.append(with(EventType.MEASURE_LIFTED, "2026-02-01", SPEECH_BAN, TRAVEL_BAN)));
    assertTrue(x.refusal().reason().contains("TRAVEL_BAN is not active"), x.refusal().reason());
    assertTrue(x.refusal().reason().contains("active: SPEECH_BAN"), x.refusal().reason());
  }

  @Test
  void appearancesApplyOnlyWhileCourtAppearancesAreActive() {
    History h = history(arrest("2025-01-01"), with(EventType.RELEASE, "2026-01-09", SPEECH_BAN));
    assertThrows(
        InvalidTransitionException.class, () -> h.append(event(EventType.APPEARANCE_ATTENDED, "2026-01-24")));
    assertThrows(
        InvalidTransitionException.class, () -> h.append(event(EventType.APPEARANCE_MISSED, "2026-01-24")));
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE, "2026-01-09", P15D),
            event(EventType.APPEARANCE_ATTENDED, "2026-01-24"),
            event(EventType.APPEARANCE_MISSED, "2026-02-08"));
    assertEquals(
        List.of(AppearanceRecord.of(d("2026-01-24"), true), AppearanceRecord.of(d("2026-02-08"), false)),
        s.appearances());
  }

  @Test
  void closingTheCaseEndsEveryMeasureAndTheConviction() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            event(EventType.CONVICTION, "2025-06-01"),
            with(EventType.RELEASE, "2026-01-09", P15D, SPEECH_BAN),
            event(EventType.APPEARANCE_ATTENDED, "2026-01-24"),
            event(EventType.CASE_CLOSED, "2026-02-01"));
    assertFalse(s.caseOpen());
    assertFalse(s.convicted());
    assertTrue(s.activeMeasures().isEmpty());
    assertTrue(s.appearances().isEmpty());
    assertEquals(CustodyState.AT_LIBERTY, s.custody());
  }

  @Test
  void closingTheCaseInCustodyKeepsThePendingOrderForTheRelease() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE_ORDER, "2026-01-08", SPEECH_BAN),
            event(EventType.CASE_CLOSED, "2026-01-08"),
            event(EventType.RELEASE, "2026-01-09"));
    assertFalse(s.caseOpen());
    assertEquals(List.of(ActiveMeasure.of(SPEECH_BAN, d("2026-01-09"))), s.activeMeasures());
  }

  @Test
  void aConvictionKeepsTheCaseOpen() {
    LegalStatus s = status(arrest("2025-01-01"), event(EventType.CONVICTION, "2025-06-01"));
    assertTrue(s.convicted());
    assertTrue(s.caseOpen());
  }

  @Test
  void anArrestWhileTheCaseIsOpenKeepsTheConviction() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            event(EventType.CONVICTION, "2025-06-01"),
            event(EventType.RELEASE, "2026-01-09"),
            arrest("2026-03-01"));
    assertTrue(s.caseOpen());
    assertTrue(s.convicted());
  }

  @Test
  void anArrestAfterTheCaseClosedOpensANewUnconvictedCase() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            event(EventType.CONVICTION, "2025-06-01"),
            event(EventType.RELEASE, "2026-01-09"),
            event(EventType.CASE_CLOSED, "2026-01-10"),
            arrest("2026-03-01"));
    assertTrue(s.caseOpen());
    assertFalse(s.convicted());
    assertEquals(1, s.rearrests());
  }

  @Test
  void anArrestClearsMeasuresTheirRecordAndAnyOrder() {
    LegalStatus s =
        status(
            arrest("2025-01-01"),
            with(EventType.RELEASE, "2026-01-09", P15D, SPEECH_BAN),
            event(EventType.APPEARANCE_MISSED, "2026-01-24"),
            arrest("2026-02-01"));
    assertTrue(s.activeMeasures().isEmpty());
    assertTrue(s.appearances().isEmpty());
    assertTrue(s.releaseOrder().isEmpty());
    assertEquals(d("2026-02-01"), s.since());
  }

  @Test
  void everyArrestAfterAReleaseOrExileIsCountedAsARearrest() {
    LegalStatus s =
        status(
            arrest("2024-01-01"),
            event(EventType.RELEASE, "2024-02-01"),
            arrest("2024-03-01"),
            event(EventType.EXILE, "2024-04-01"),
            arrest("2024-05-01"),
            event(EventType.RELEASE, "2024-06-01"));
    assertEquals(2, s.rearrests());
    assertEquals(d("2024-06-01"), s.lastRelease().orElseThrow());
  }

  @Test
  void exileThenArrestIsARearrest() {
    LegalStatus s = status(arrest("2024-01-01"), event(EventType.EXILE, "2024-02-01"), arrest("2024-03-01"));
    assertEquals(1, s.rearrests());
    assertEquals(CustodyState.IN_CUSTODY, s.custody());
  }

  @Test
  void exileAppliesFromEveryStateButDeathAndEndsAPendingOrder() {
    LegalStatus s =
        status(
            arrest("2024-01-01"),
            with(EventType.RELEASE_ORDER, "2024-01-02", SPEECH_BAN),
            event(EventType.EXILE, "2024-02-01"));
    assertEquals(CustodyState.EXILED, s.custody());
    assertTrue(s.releaseOrder().isEmpty());
    assertEquals(d("2024-02-01"), s.since());
    assertEquals(CustodyState.EXILED, status(arrest("2024-01-01"), event(EventType.EXILE, "2024-02-01"), event(EventType.EXILE, "2024-03-01")).custody());
  }

  @Test
  void nothingAppliesAfterDeath() {
    History dead = history(arrest("2024-01-01"), event(EventType.DEATH, "2024-02-01"));
    for (EventType t : EventType.values()) {
      InvalidTransitionException x =
          assertThrows(InvalidTransitionException.class, () -> dead.append(sample(t)));
      assertTrue(x.refusal().reason().contains("deceased"), x.refusal().reason());
    }
    // not even on the same day
    assertThrows(
        InvalidTransitionException.class, () -> dead.append(event(EventType.CASE_CLOSED, "2024-02-01")));
  }

  @Test
  void aDeathInCustodyWithUnknownWhereaboutsLeavesTheWhereaboutsKnown() {
    LegalStatus s =
        status(
            arrest("2024-01-01"),
            event(EventType.WHEREABOUTS_UNKNOWN, "2024-01-02"),
            event(EventType.DEATH, "2024-02-01"));
    assertEquals(CustodyState.DECEASED, s.custody());
    assertTrue(s.whereaboutsKnown(), "whereabouts are meaningful only in custody");
  }

  @Test
  void aReleaseMakesTheWhereaboutsKnown() {
    LegalStatus s =
        status(
            arrest("2024-01-01"),
            event(EventType.WHEREABOUTS_UNKNOWN, "2024-01-02"),
            event(EventType.RELEASE, "2024-02-01"));
    assertTrue(s.whereaboutsKnown());
  }

  @Test
  void aRejectedEventLeavesTheHistoryAsItWas() {
    History h = history(arrest("2024-01-01"));
    assertThrows(InvalidTransitionException.class, () -> h.append(arrest("2024-02-01")));
    assertEquals(1, h.events().size());
    assertEquals(CustodyState.IN_CUSTODY, h.status().orElseThrow().custody());
  }

  @Test
  void appendingAnEarlierEventThatBreaksALaterOneIsRefused() {
    History h = history(arrest("2024-01-01"), event(EventType.RELEASE, "2024-03-01"));
    InvalidTransitionException x =
        assertThrows(InvalidTransitionException.class, () -> h.append(event(EventType.DEATH, "2024-02-01")));
    assertEquals(EventType.RELEASE, x.eventType());
  }

  @Test
  void appendingPlacesAnEventAfterEveryEventOfTheSameOrAnEarlierDate() {
    History h =
        history(arrest("2024-01-01"), event(EventType.RELEASE, "2024-03-01"))
            .append(event(EventType.WHEREABOUTS_UNKNOWN, "2024-01-01"))
            .append(event(EventType.CONVICTION, "2024-02-01"));
    assertEquals(
        List.of(
            EventType.ARREST, EventType.WHEREABOUTS_UNKNOWN, EventType.CONVICTION, EventType.RELEASE),
        h.events().stream().map(Event::type).toList());
  }

  @Test
  void historyOfOrdersByDateAndKeepsTheOrderGivenWithinADate() {
    History h =
        History.of(
            Fixtures.A,
            List.of(
                event(EventType.RELEASE, "2024-03-01"),
                arrest("2024-01-01"),
                event(EventType.WHEREABOUTS_UNKNOWN, "2024-01-01"),
                event(EventType.WHEREABOUTS_CONFIRMED, "2024-01-01")));
    assertEquals(
        List.of(
            EventType.ARREST,
            EventType.WHEREABOUTS_UNKNOWN,
            EventType.WHEREABOUTS_CONFIRMED,
            EventType.RELEASE),
        h.events().stream().map(Event::type).toList());
  }

  @Test
  void statusAsOfADateSeesOnlyTheEventsUpToIt() {
    History h =
        history(arrest("2024-01-01"), event(EventType.RELEASE, "2024-03-01"), arrest("2024-05-01"));
    assertTrue(h.statusAsOf(d("2023-12-31")).isEmpty());
    assertEquals(CustodyState.IN_CUSTODY, h.statusAsOf(d("2024-02-29")).orElseThrow().custody());
    assertEquals(CustodyState.AT_LIBERTY, h.statusAsOf(d("2024-03-01")).orElseThrow().custody());
    assertEquals(0, h.statusAsOf(d("2024-04-30")).orElseThrow().rearrests());
    assertEquals(1, h.statusAsOf(d("2024-05-01")).orElseThrow().rearrests());
    assertEquals(h.status(), h.statusAsOf(d("2030-01-01")));
    assertTrue(History.empty(Fixtures.A).status().isEmpty());
  }

  @Test
  void custodyPeriodsRunFromEachArrestToTheReleaseExileOrDeathThatEndsIt() {
    History h =
        history(
            arrest("2024-01-01"),
            event(EventType.RELEASE, "2024-01-11"),
            arrest("2024-02-01"),
            event(EventType.EXILE, "2024-02-06"),
            arrest("2024-03-01"));
    assertEquals(
        ImmutableList.of(
            com.google.common.collect.Range.closedOpen(d("2024-01-01"), d("2024-01-11")),
            com.google.common.collect.Range.closedOpen(d("2024-02-01"), d("2024-02-06")),
            com.google.common.collect.Range.closedOpen(d("2024-03-01"), d("2024-03-11"))),
        h.custodyPeriods(d("2024-03-10")).asRanges().stream().toList());
    assertEquals(10 + 5 + 10, h.daysInCustody(d("2024-03-10")));
    assertEquals(5, h.daysInCustody(d("2024-01-05")));
    assertEquals(0, h.daysInCustody(d("2023-12-31")));
    LocalDate death = d("2024-01-21");
    History died = history(arrest("2024-01-01"), Event.of(EventType.DEATH, death));
    assertEquals(20, died.daysInCustody(d("2025-01-01")));
  }

  @Test
  void custodyPeriodsOfARearrestOnTheDayOfReleaseJoin() {
    History h =
        history(arrest("2024-01-01"), event(EventType.RELEASE, "2024-01-11"), arrest("2024-01-11"));
    assertEquals(1, h.custodyPeriods(d("2024-01-20")).asRanges().size());
    assertEquals(20, h.daysInCustody(d("2024-01-20")));
  }

  @Test
  void aFacilityOnAnotherTypeIsKeptButDoesNotMoveThePerson() {
    Event confirmed =
        Event.builder().type(EventType.WHEREABOUTS_CONFIRMED).date(d("2024-01-05")).facility(Fixtures.RODEO).build();
    Event released =
        Event.builder().type(EventType.RELEASE).date(d("2024-02-01")).facility(Fixtures.RODEO).build();
    History h = history(arrest("2024-01-01"), confirmed, released);
    assertEquals(Fixtures.HELICOIDE, h.statusAsOf(d("2024-01-31")).orElseThrow().facility());
    assertEquals(Fixtures.HELICOIDE, h.status().orElseThrow().facility());
    assertEquals(Fixtures.RODEO, h.events().get(2).facility().orElseThrow());
    History moved = history(arrest("2024-01-01"), Fixtures.transfer("2024-01-05"));
    assertEquals(Fixtures.RODEO, moved.status().orElseThrow().facility());
  }
}
