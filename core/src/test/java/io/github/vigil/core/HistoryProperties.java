package io.github.vigil.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.Collections2;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the replay, on histories grown by the core's own small generators. */
class HistoryProperties {
  /** Examples per property: enough to reach every state, few enough to keep the suite fast. */
  static final int EXAMPLES = 300;

  @Test
  void replayingAHistoryTwiceGivesTheSameStatus() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.histories())
        .checkAssert(
            h -> {
              assertEquals(h.status(), h.status());
              History again = History.of(h.detainee(), h.events());
              assertEquals(h, again);
              assertEquals(h.status(), again.status());
            });
  }

  @Test
  void theStatusAsOfTheLastEventDateIsTheStatusOnEveryLaterDate() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.histories(), Generate.range(0, 5000))
        .checkAssert(
            (h, days) -> {
              LocalDate last = h.events().get(h.events().size() - 1).date();
              assertEquals(h.statusAsOf(last), h.statusAsOf(last.plusDays(days)));
              assertEquals(h.status(), h.statusAsOf(last));
              assertEquals(last, h.status().orElseThrow().lastEventDate());
            });
  }

  @Test
  void noEventIsAcceptedAfterDeath() {
    Gen<Map.Entry<History, Event>> cases =
        CoreGen.deadHistories()
            .flatMap(
                h -> {
                  LocalDate last = h.events().get(h.events().size() - 1).date();
                  return Generate.range(0, 400)
                      .flatMap(gap -> CoreGen.eventsOn(last.plusDays(gap)))
                      .map(e -> Map.entry(h, e));
                });
    qt().withExamples(EXAMPLES).forAll(cases)
        .checkAssert(
            c -> {
              InvalidTransitionException x =
                  assertThrows(InvalidTransitionException.class, () -> c.getKey().append(c.getValue()));
              assertTrue(x.refusal().contains("deceased"), x.refusal());
            });
  }

  @Test
  void aViewKnownOnADateNeverShowsAnEventRecordedAfterIt() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.histories(), CoreGen.dates(LocalDate.of(2019, 1, 1), LocalDate.of(2027, 12, 31)))
        .checkAssert(
            (h, k) -> {
              Registry r = registryOf(h);
              PersonView p = r.asOf(LocalDate.of(2030, 1, 1)).knownOn(k).person(h.detainee()).orElseThrow();
              for (Event e : p.appliedEvents()) {
                assertFalse(e.recordedOn().isAfter(k), e + " recorded after " + k);
              }
              assertTrue(p.seenEvents() >= p.appliedEvents().size());
              assertEquals(p.seenEvents(), p.appliedEvents().size() + p.skippedEvents());
            });
  }

  @Test
  void aViewOfEverythingAppliesEveryEventAndAgreesWithTheHistory() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.histories())
        .checkAssert(
            h -> {
              Registry r = registryOf(h);
              LocalDate far = LocalDate.of(2030, 1, 1);
              PersonView p = r.asOf(far).knownOn(far).person(h.detainee()).orElseThrow();
              assertEquals(h.events(), p.appliedEvents());
              assertEquals(0, p.skippedEvents());
              assertEquals(h.status(), p.status());
            });
  }

  @Test
  void agesTurnOnTheBirthdayAndOnTheFirstOfMarchForLeapDayBirths() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.dates(LocalDate.of(1920, 1, 1), LocalDate.of(2015, 12, 31)), Generate.range(1, 100))
        .checkAssert(
            (birth, years) -> {
              Detainee p = Detainee.builder().id(Fixtures.A).birthDate(birth).build();
              LocalDate birthday =
                  birth.getMonth() == Month.FEBRUARY && birth.getDayOfMonth() == 29
                          && !birth.plusYears(years).isLeapYear()
                      ? LocalDate.of(birth.getYear() + years, 3, 1)
                      : birth.plusYears(years);
              assertEquals(years, p.ageOn(birthday).getAsInt());
              assertEquals(years - 1, p.ageOn(birthday.minusDays(1)).getAsInt());
              assertEquals(
                  years < 18,
                  p.vulnerableGroupsOn(birthday, java.util.Optional.empty()).contains(VulnerableGroup.MINOR));
            });
  }

  @Test
  void noDetaineeOrEventToStringHoldsTheNameOrNote() {
    String[] names = {"María Pérez", "José Núñez", "Ana de la Cruz"};
    qt().withExamples(EXAMPLES).forAll(Generate.range(0, names.length - 1), CoreGen.histories(), Generate.range(0, 3))
        .checkAssert(
            (i, h, j) -> {
              String name = names[i];
              String note = "seen by " + names[(i + 1) % names.length] + " #" + j;
              Detainee d = Detainee.builder().id(h.detainee()).name(name).build();
              assertFalse(d.toString().contains(name));
              for (Event e : h.events()) {
                Event noted = Event.builder().from(e).note(note).build();
                assertFalse(noted.toString().contains(note), noted.toString());
                assertFalse(noted.toString().contains("seen by"), noted.toString());
              }
              Registry r = registryOf(h).withDetainee(d);
              assertFalse(r.toString().contains(name));
              assertFalse(r.asOfLatest().person(d.id()).orElseThrow().toString().contains(name));
            });
  }

  @Test
  void sameDayIndependentEventsGiveTheSameStateInEveryOrder() {
    qt().withExamples(300)
        .forAll(CoreGen.histories(), Generate.range(0, 15), Generate.range(1, 30))
        .checkAssert(
            (h, mask, gap) -> {
              LegalStatus s = h.status().orElseThrow();
              LocalDate day = s.lastEventDate().plusDays(gap);
              List<Event> independent = independentEvents(s, day, mask);
              Set<LegalStatus> outcomes = new java.util.HashSet<>();
              for (List<Event> order : Collections2.permutations(independent)) {
                History next = h;
                for (Event e : order) {
                  next = next.append(e);
                }
                outcomes.add(normalised(next.status().orElseThrow()));
              }
              assertEquals(1, outcomes.size(), () -> independent + " gave " + outcomes);
            });
  }

  /**
   * Returns up to four events that each apply in state {@code s} and touch disjoint parts of the
   * state, chosen by the bits of {@code mask}.
   */
  static List<Event> independentEvents(LegalStatus s, LocalDate day, int mask) {
    List<Event> out = new ArrayList<>();
    switch (s.custody()) {
      case IN_CUSTODY -> {
        if ((mask & 1) != 0) {
          out.add(Event.transfer(day, FacilityId.of("rodeo-1")));
        }
        if ((mask & 2) != 0) {
          out.add(Event.withMeasures(EventType.RELEASE_ORDER, day, Fixtures.SPEECH_BAN));
        }
        if ((mask & 4) != 0 && s.caseOpen()) {
          out.add(Event.of(EventType.CONVICTION, day));
        }
      }
      case AT_LIBERTY -> {
        boolean appearances = s.hasActive(MeasureType.COURT_APPEARANCE);
        if ((mask & 1) != 0 && !s.hasActive(MeasureType.CONTACT_BAN)) {
          out.add(Event.withMeasures(EventType.MEASURE_IMPOSED, day, Measure.of(MeasureType.CONTACT_BAN)));
        }
        if ((mask & 2) != 0 && !s.hasActive(MeasureType.BAIL)) {
          out.add(Event.withMeasures(EventType.MEASURE_IMPOSED, day, Measure.of(MeasureType.BAIL)));
        }
        if ((mask & 4) != 0 && s.caseOpen()) {
          out.add(Event.of(EventType.CONVICTION, day));
        }
        if ((mask & 8) != 0) {
          if (appearances) {
            out.add(Event.of(EventType.APPEARANCE_ATTENDED, day));
          } else if (!s.activeMeasures().isEmpty()) {
            out.add(Event.withMeasures(EventType.MEASURE_LIFTED, day, s.activeMeasures().get(0).measure()));
          }
        }
      }
      case EXILED -> {
        if ((mask & 4) != 0 && s.caseOpen()) {
          out.add(Event.of(EventType.CONVICTION, day));
        }
      }
      case DECEASED -> {}
    }
    return out;
  }

  /** Returns the status with its measures in code order, since their order records only timing. */
  static LegalStatus normalised(LegalStatus s) {
    return LegalStatus.builder()
        .from(s)
        .activeMeasures(
            s.activeMeasures().stream().sorted(Comparator.comparing(ActiveMeasure::type)).toList())
        .build();
  }

  static Registry registryOf(History h) {
    Registry r = Registry.empty().withDetainee(Detainee.of(h.detainee()));
    for (FacilityId f : CoreGen.FACILITIES) {
      r = r.withFacility(Facility.of(f, FacilityKind.PRISON));
    }
    for (Event e : h.events()) {
      r = r.withEvent(h.detainee(), e);
    }
    return r;
  }
}
