package io.github.vigil.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.Range;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.History;
import io.github.vigil.core.InvalidTransitionException;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Origin;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.core.ReplayStep;
import io.github.vigil.core.internal.LoadResult;
import io.github.vigil.core.internal.RegistryLoader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The laws of the core's replay and views, in one place, on the testkit's realistic histories and
 * registries (which describe themselves in full when a law fails). The core's own tests check
 * each rule by example; the one law that needs the core's package-private builders (same-day
 * independent events) is in the core's {@code HistoryProperties}, and the law of ages in its
 * {@code DetaineeAgeProperties}.
 */
class CoreProperties {
  private static final LocalDate FAR = LocalDate.of(2100, 1, 1);

  @Test
  void everyHistoryReplaysToTheSameStatusTwice() {
    qt().forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              History again = History.of(h.detainee(), h.events());
              assertEquals(h.status(), again.status());
              assertEquals(h.status(), History.of(h.detainee(), again.events()).status());
            });
  }

  @Test
  void theStatusAsOfTheLastEventDateHoldsOnEveryLaterDate() {
    qt().forAll(VigilGen.histories(), Generate.range(0, 20_000))
        .checkAssert(
            (h, days) -> {
              LocalDate last = h.status().orElseThrow().lastEventDate();
              assertEquals(h.statusAsOf(last), h.statusAsOf(last.plusDays(days)));
            });
  }

  @Test
  void noEventIsAcceptedAfterDeath() {
    qt().forAll(VigilGen.histories().map(CoreProperties::dead), VigilGen.events())
        .checkAssert(
            (h, e) -> {
              LocalDate death = h.status().orElseThrow().since();
              Event later = Event.builder().from(e).date(death.plusDays(e.date().getDayOfMonth())).recordedOn(FAR).build();
              assertThrows(InvalidTransitionException.class, () -> h.append(later));
            });
  }

  /** Returns the history ending with a death: its own, or one added the day after its end. */
  static History dead(History h) {
    LegalStatus s = h.status().orElseThrow();
    return s.custody() == CustodyState.DECEASED
        ? h
        : h.append(Event.of(EventType.DEATH, s.lastEventDate().plusDays(1)));
  }

  @Test
  void aViewKnownOnADateNeverShowsAnEventRecordedAfterIt() {
    qt().withExamples(200)
        .forAll(VigilGen.registries(), VigilGen.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2030, 1, 1)))
        .checkAssert(
            (r, k) ->
                r.asOf(FAR)
                    .knownOn(k)
                    .people()
                    .forEach(
                        p -> {
                          for (Event e : p.appliedEvents()) {
                            assertFalse(e.recordedOn().isAfter(k));
                          }
                          assertEquals(p.seenEvents(), p.appliedEvents().size() + p.skippedEvents());
                        }));
  }

  @Test
  void aViewOfEverythingAppliesEveryEventOfEveryHistory() {
    qt().withExamples(200)
        .forAll(VigilGen.registries())
        .checkAssert(
            r -> {
              RegistryView v = r.asOf(FAR).knownOn(FAR);
              assertEquals(r.size(), v.people().count());
              v.people()
                  .forEach(
                      p -> {
                        History h = r.history(p.id()).orElseThrow();
                        assertEquals(h.events(), p.appliedEvents());
                        assertEquals(0, p.skippedEvents());
                        assertEquals(h.status(), p.status());
                        assertEquals(!h.isEmpty(), p.inPopulation());
                      });
            });
  }

  @Test
  void bulkLoadingGivesTheRegistryThatAppendingGives() {
    qt().withExamples(200)
        .forAll(VigilGen.registries())
        .checkAssert(
            r -> {
              RegistryLoader b = new RegistryLoader();
              r.country().ifPresent(b::country);
              int line = 2;
              for (Facility f : r.facilities()) {
                b.addFacility(f, Origin.of("facilities.csv", line++));
              }
              line = 2;
              for (Detainee d : r.detainees()) {
                b.addDetainee(d, Origin.of("detainees.csv", line++));
              }
              line = 2;
              for (Detainee d : r.detainees()) {
                for (Event e : r.history(d.id()).orElseThrow().events()) {
                  b.addEvent(d.id(), e, Origin.of("events.csv", line++));
                }
              }
              LoadResult loaded = b.build();
              assertTrue(loaded.rejections().isEmpty(), () -> loaded.rejections().toString());
              assertEquals(r, loaded.registry());
              assertEquals(r.eventCount(), loaded.eventsAccepted());
              assertEquals(r.latestEventDate(), loaded.registry().latestEventDate());
            });
  }

  @Test
  void noToStringEverHoldsANameOrNote() {
    qt().withExamples(200)
        .forAll(VigilGen.registries())
        .checkAssert(
            r -> {
              String all = r.toString();
              for (Detainee d : r.detainees()) {
                StringBuilder shown = new StringBuilder();
                shown.append(d).append(r.history(d.id()).orElseThrow());
                shown.append(r.asOf(FAR).person(d.id()).orElseThrow());
                for (Event e : r.history(d.id()).orElseThrow().events()) {
                  shown.append(e);
                  e.note().ifPresent(n -> assertFalse(e.toString().contains(n)));
                }
                if (d.name().isPresent()) {
                  String name = d.name().get();
                  assertFalse(shown.toString().contains(name), shown::toString);
                  assertFalse(all.contains(name));
                }
              }
            });
  }

  @Test
  void aRearrestIsCountedForEveryArrestButTheFirst() {
    qt().forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              long arrests = h.events().stream().filter(e -> e.type() == EventType.ARREST).count();
              LegalStatus s = h.status().orElseThrow();
              assertEquals(arrests - 1, s.rearrests());
            });
  }

  @Test
  void thePopulationIsThePeopleWithAtLeastOneAppliedEvent() {
    qt().withExamples(200)
        .forAll(VigilGen.registries(), VigilGen.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2028, 1, 1)))
        .checkAssert(
            (r, d) -> {
              RegistryView v = r.asOf(d);
              assertEquals(
                  v.people().filter(p -> !p.appliedEvents().isEmpty()).count(), v.population().count());
              assertTrue(v.population().allMatch(PersonView::inPopulation));
            });
  }

  @Test
  void theStepsOfAReplayPassThroughTheStatusAsOfEveryDateAndEndInTheStatus() {
    qt().forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              List<LegalStatus> after = new ArrayList<>();
              h.replay(step -> after.add(step.status()));
              assertEquals(h.events().size(), after.size());
              assertEquals(h.status().orElseThrow(), after.get(after.size() - 1));
              for (int i = 0; i < after.size(); i++) {
                LocalDate date = h.events().get(i).date();
                boolean lastOfItsDate =
                    i + 1 == after.size() || h.events().get(i + 1).date().isAfter(date);
                if (lastOfItsDate) {
                  assertEquals(h.statusAsOf(date).orElseThrow(), after.get(i));
                }
              }
            });
  }

  @Test
  void stepsEnterAndLeaveEachStateInTurnAndCustodyPeriodsAreTheStepsInAndOutOfCustody() {
    qt().forAll(VigilGen.histories(), Generate.range(0, 4000))
        .checkAssert(
            (h, days) -> {
              LocalDate asOf = h.events().get(0).date().plusDays(days);
              Map<CustodyState, Integer> inside = new EnumMap<>(CustodyState.class);
              List<LocalDate> arrests = new ArrayList<>();
              h.replay(
                  asOf,
                  step -> {
                    for (CustodyState c : CustodyState.values()) {
                      int n = inside.getOrDefault(c, 0);
                      n += step.entered(c) ? 1 : 0;
                      n -= step.left(c) ? 1 : 0;
                      assertTrue(n == 0 || n == 1, () -> c + " entered twice at " + step);
                      assertEquals(c == step.custody() ? 1 : 0, n);
                      inside.put(c, n);
                    }
                    if (step.entered(CustodyState.IN_CUSTODY)) {
                      arrests.add(step.event().date());
                      assertEquals(EventType.ARREST, step.event().type());
                    }
                  });
              long total = 0;
              for (Range<LocalDate> r : h.custodyPeriods(asOf).asRanges()) {
                assertTrue(arrests.contains(r.lowerEndpoint()), r::toString);
                total += ChronoUnit.DAYS.between(r.lowerEndpoint(), r.upperEndpoint());
              }
              assertEquals(total, h.daysInCustody(asOf));
            });
  }

  @Test
  void aHistorySaysWithoutThrowingExactlyWhatAppendRefusesAndWhy() {
    qt().forAll(VigilGen.histories(), VigilGen.events())
        .checkAssert(
            (h, e) -> {
              Optional<io.github.vigil.core.Refusal> refusal = h.refusal(e);
              try {
                assertTrue(h.append(e).eventsWithClaims().contains(e));
                assertTrue(refusal.isEmpty(), refusal::toString);
              } catch (InvalidTransitionException x) {
                assertEquals(refusal, Optional.of(x.refusal()));
                assertEquals(x.code(), x.refusal().code());
              }
            });
  }

  @Test
  void aHistoryBuilderRefusesExactlyWhatAppendRefusesAndForTheSameReason() {
    qt().forAll(VigilGen.histories(), VigilGen.events())
        .checkAssert(
            (h, e) -> {
              LocalDate last = h.events().get(h.events().size() - 1).date();
              Event next = Event.builder().from(e).date(last).recordedOn(last).build();
              History.Builder b = History.builder(h.detainee());
              h.events().forEach(b::add);
              Optional<io.github.vigil.core.Refusal> refusal = b.refusal(next);
              try {
                History appended = h.append(next);
                assertTrue(refusal.isEmpty(), refusal::toString);
                assertEquals(appended, b.add(next).build());
              } catch (InvalidTransitionException x) {
                assertEquals(Optional.of(x.refusal()), refusal);
              }
            });
  }

  @Test
  void aStepIsNeverReadableAfterItsReplay() {
    qt().withExamples(50)
        .forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              List<ReplayStep> kept = new ArrayList<>();
              h.replay(kept::add);
              assertThrows(IllegalStateException.class, () -> kept.get(0).status());
            });
  }
}
