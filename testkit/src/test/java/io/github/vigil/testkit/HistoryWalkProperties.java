package io.github.vigil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.History;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * What the walk of the state machine behind {@link VigilGen#histories()} must be able to produce
 * (every event the format lets follow each state, with every shape of parameters the format
 * distinguishes) and that what it produces is valid. The samples are seeded, so a coverage
 * failure is the generator's, never chance's.
 */
class HistoryWalkProperties {
  private static final long SEED = 20261202L;

  /** One event of a generated history and the status the person was in before it. */
  record Step(Event event, LegalStatus before) {}

  /** Calls {@code each} for every event after the first of {@code n} seeded histories. */
  private static void steps(int n, Consumer<Step> each) {
    qt().withFixedSeed(SEED)
        .withExamples(n)
        .forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              LegalStatus[] before = {null};
              h.replay(
                  step -> {
                    if (before[0] != null) {
                      each.accept(new Step(step.event(), before[0]));
                    }
                    before[0] = step.status();
                  });
            });
  }

  /** The event types docs/format.md section 3 lets follow each state a person can be in. */
  private static final Map<CustodyState, Set<EventType>> ALLOWED = new EnumMap<>(CustodyState.class);

  static {
    ALLOWED.put(
        CustodyState.IN_CUSTODY,
        EnumSet.of(
            EventType.TRANSFER, EventType.WHEREABOUTS_UNKNOWN, EventType.WHEREABOUTS_CONFIRMED,
            EventType.RELEASE_ORDER, EventType.RELEASE, EventType.CASE_CLOSED, EventType.CONVICTION,
            EventType.EXILE, EventType.DEATH));
    ALLOWED.put(
        CustodyState.AT_LIBERTY,
        EnumSet.of(
            EventType.ARREST, EventType.MEASURE_IMPOSED, EventType.MEASURE_LIFTED,
            EventType.APPEARANCE_ATTENDED, EventType.APPEARANCE_MISSED, EventType.CASE_CLOSED,
            EventType.CONVICTION, EventType.EXILE, EventType.DEATH));
    ALLOWED.put(
        CustodyState.EXILED,
        EnumSet.of(
            EventType.ARREST, EventType.APPEARANCE_ATTENDED, EventType.APPEARANCE_MISSED,
            EventType.CASE_CLOSED, EventType.CONVICTION, EventType.EXILE, EventType.DEATH));
    ALLOWED.put(CustodyState.DECEASED, EnumSet.noneOf(EventType.class));
  }

  @Test
  void fromEveryStateTheWalkTakesEveryEventTheFormatAllowsAndNoOther() {
    Map<CustodyState, Set<EventType>> seen = new EnumMap<>(CustodyState.class);
    for (CustodyState c : CustodyState.values()) {
      seen.put(c, EnumSet.noneOf(EventType.class));
    }
    steps(
        3000,
        s -> seen.computeIfAbsent(s.before().custody(), c -> EnumSet.noneOf(EventType.class)).add(s.event().type()));
    assertEquals(ALLOWED, seen);
  }

  @Test
  void everyHistoryIsValidStartsWithAnArrestInItsDatesAndNeverGoesBackInTime() {
    qt().forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              assertEquals(h, History.of(h.detainee(), h.events()));
              Event first = h.events().get(0);
              assertEquals(EventType.ARREST, first.type());
              assertFalse(first.date().isBefore(VigilGen.EARLIEST_ARREST), first::toString);
              assertFalse(first.date().isAfter(VigilGen.LATEST_ARREST), first::toString);
              assertTrue(h.events().size() <= VigilGen.MAX_STEPS + 1);
              for (int i = 1; i < h.events().size(); i++) {
                assertFalse(h.events().get(i).date().isBefore(h.events().get(i - 1).date()));
              }
              for (Event e : h.events()) {
                assertFalse(e.recordedOn().isBefore(e.date()), e::toString);
                e.facility().ifPresent(f -> assertTrue(VigilGen.DEFAULT_FACILITIES.contains(f)));
              }
            });
  }

  @Test
  void eventsShareADayFollowWithinAMonthAndAfterLongerGaps() {
    boolean[] seen = new boolean[3];
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              for (int i = 1; i < h.events().size(); i++) {
                long gap = ChronoUnit.DAYS.between(h.events().get(i - 1).date(), h.events().get(i).date());
                seen[gap == 0 ? 0 : gap <= 30 ? 1 : 2] = true;
              }
            });
    assertTrue(seen[0] && seen[1] && seen[2], () -> java.util.Arrays.toString(seen));
  }

  @Test
  void releasesTakeTheirOwnMeasuresOrThoseOfTheOrderAndSomeComeWithoutAnyOrder() {
    // [without order, with measures], [without order, none], [after order, own], [after order, the order's]
    boolean[] seen = new boolean[4];
    steps(
        2000,
        s -> {
          if (s.event().type() != EventType.RELEASE) {
            return;
          }
          boolean ordered = s.before().releaseOrder().isPresent();
          boolean own = !s.event().measures().isEmpty();
          seen[(ordered ? 2 : 0) + (own ? 0 : 1)] = true;
        });
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i], "release shape " + i + " never generated");
    }
  }

  @Test
  void releasesAfterAnOrderMostlyKeepTheOrdersMeasuresAndReleasesWithoutOneMostlyBringTheirOwn() {
    int[] ordered = new int[2];
    int[] unordered = new int[2];
    steps(
        2000,
        s -> {
          if (s.event().type() != EventType.RELEASE) {
            return;
          }
          int own = s.event().measures().isEmpty() ? 0 : 1;
          if (s.before().releaseOrder().isPresent()) {
            ordered[own]++;
          } else {
            unordered[own]++;
          }
        });
    // an order's measures are restated in 2 releases in 5, and then 3 lists in 4 are not empty
    assertTrue(ordered[1] < ordered[0], () -> "after an order: " + ordered[0] + " without, " + ordered[1] + " with");
    assertTrue(unordered[1] > unordered[0], () -> "without order: " + unordered[0] + " without, " + unordered[1] + " with");
  }

  @Test
  void liftsNameOneOrSeveralActiveMeasuresByCodeOrInFullAndNotAlwaysTheFirst() {
    boolean[] seen = new boolean[5]; // by code of a measure with parameters, in full, several, not the first, the first
    steps(
        3000,
        s -> {
          if (s.event().type() != EventType.MEASURE_LIFTED) {
            return;
          }
          List<ActiveMeasure> active = s.before().activeMeasures();
          List<Measure> lifted = s.event().measures();
          assertFalse(lifted.isEmpty());
          List<MeasureType> types = new ArrayList<>();
          active.forEach(a -> types.add(a.type()));
          int first = types.indexOf(lifted.get(0).type());
          assertTrue(first >= 0, () -> lifted + " not among " + active);
          for (int i = 0; i < lifted.size(); i++) {
            // a contiguous run of the active measures, in their order
            ActiveMeasure a = active.get(first + i);
            Measure m = lifted.get(i);
            assertEquals(a.type(), m.type());
            boolean byCode = m.equals(Measure.of(a.type()));
            assertTrue(byCode || m.equals(a.measure()), () -> m + " lifts " + a);
            if (byCode && !a.measure().equals(Measure.of(a.type()))) {
              seen[0] = true;
            }
            if (!byCode && !a.measure().equals(Measure.of(a.type()))) {
              seen[1] = true;
            }
          }
          seen[2] |= lifted.size() > 1;
          seen[3] |= first > 0;
          seen[4] |= first == 0;
        });
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i], "lift shape " + i + " never generated");
    }
  }

  @Test
  void appearancesFallMostlyOnTheirDueDateWhenItIsStillAheadAndSometimesOnAnother() {
    // [due date still ahead: on it, not on it], [due date passed: on another date]
    int[] ahead = new int[2];
    int[] passed = {0};
    steps(
        3000,
        s -> {
          EventType t = s.event().type();
          if (t != EventType.APPEARANCE_ATTENDED && t != EventType.APPEARANCE_MISSED) {
            return;
          }
          ActiveMeasure ca = s.before().activeMeasure(MeasureType.COURT_APPEARANCE).orElseThrow();
          Period interval = ca.measure().interval().orElseThrow();
          LocalDate due = ca.since().plus(interval.multipliedBy(s.before().appearances().size() + 1));
          if (due.isBefore(s.before().lastEventDate())) {
            passed[0]++;
            assertFalse(s.event().date().isBefore(s.before().lastEventDate()));
          } else {
            ahead[s.event().date().equals(due) ? 0 : 1]++;
          }
        });
    // seven in ten are put on a due date still ahead (and a few more fall on it by chance)
    assertTrue(ahead[0] > ahead[1], () -> ahead[0] + " on their due date, " + ahead[1] + " not");
    assertTrue(ahead[1] > 0 && passed[0] > 0, () -> ahead[1] + " off a due date ahead, " + passed[0] + " after one passed");
  }

  @Test
  void imposedMeasuresAreOneOrTwoAndOrdersAndReleasesCarryUpToThree() {
    Map<EventType, Set<Integer>> sizes = new EnumMap<>(EventType.class);
    steps(
        2000,
        s -> {
          EventType t = s.event().type();
          if (t == EventType.MEASURE_IMPOSED || t == EventType.RELEASE_ORDER || t == EventType.RELEASE) {
            sizes.computeIfAbsent(t, k -> new HashSet<>()).add(s.event().measures().size());
          }
        });
    assertEquals(Set.of(1, 2), sizes.get(EventType.MEASURE_IMPOSED));
    assertEquals(Set.of(0, 1, 2, 3), sizes.get(EventType.RELEASE_ORDER));
    assertEquals(Set.of(0, 1, 2, 3), sizes.get(EventType.RELEASE));
  }

  @Test
  void arrestsAndTransfersNameOnlyTheGivenFacilitiesAndEachOfThem() {
    List<FacilityId> two = List.of(FacilityId.of("a"), FacilityId.of("b"));
    Set<FacilityId> seen = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(VigilGen.histories(two))
        .checkAssert(
            h -> {
              for (Event e : h.events()) {
                e.facility().ifPresent(seen::add);
              }
            });
    assertEquals(Set.copyOf(two), seen);
  }

  @Test
  void aWalkHasAtMostMaxStepsEventsAfterTheArrestAndSometimesExactlyThat() {
    Set<Integer> sizes = new HashSet<>();
    Set<DetaineeId> ids = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(VigilGen.histories(Generate.constant(DetaineeId.of("P")), VigilGen.DEFAULT_FACILITIES, 3))
        .checkAssert(
            h -> {
              sizes.add(h.events().size());
              ids.add(h.detainee());
            });
    assertEquals(Set.of(1, 2, 3, 4), sizes);
    assertEquals(Set.of(DetaineeId.of("P")), ids);
  }

  @Test
  void aWalkOfNoStepIsTheArrestAlone() {
    qt().withExamples(50)
        .forAll(VigilGen.histories(VigilGen.detaineeIds(), VigilGen.DEFAULT_FACILITIES, 0))
        .checkAssert(
            h -> {
              assertEquals(1, h.events().size());
              assertEquals(CustodyState.IN_CUSTODY, h.status().orElseThrow().custody());
            });
  }

  @Test
  void aWalkNeedsAFacilityAndANonNegativeNumberOfSteps() {
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> VigilGen.histories(VigilGen.detaineeIds(), List.of(), 3));
    assertEquals("facilities must not be empty", none.getMessage());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> VigilGen.histories(VigilGen.detaineeIds(), VigilGen.DEFAULT_FACILITIES, -1));
    assertEquals("maxSteps must not be negative: -1", negative.getMessage());
    assertThrows(IllegalArgumentException.class, () -> VigilGen.histories(List.of()));
  }

  @Test
  void aWalkStopsAtADeathAndSomeWalksEndInEachState() {
    Set<CustodyState> last = EnumSet.noneOf(CustodyState.class);
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              LegalStatus s = h.status().orElseThrow();
              last.add(s.custody());
              if (s.custody() == CustodyState.DECEASED) {
                assertEquals(EventType.DEATH, h.events().get(h.events().size() - 1).type());
              }
            });
    assertEquals(EnumSet.allOf(CustodyState.class), last);
  }
}
