package io.github.vigil.conditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.conditions.appearance.AppearanceSchedule;
import io.github.vigil.conditions.appearance.Compliance;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.CustodyState;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.History;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.testkit.VigilGen;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of classification, on generated registries and histories. */
class ConditionsProperties {
  private static final ClassificationPolicy STANDARD = ClassificationPolicy.standard();
  private static final List<ClassificationPolicy> POLICIES =
      List.of(
          STANDARD,
          ClassificationPolicy.builder().houseArrestDeprivesOfLiberty(false).build(),
          ClassificationPolicy.builder().openCaseIsConditional(false).build());

  static Gen<LocalDate> asOfDates() {
    return VigilGen.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2030, 12, 31));
  }

  @Test
  void theCategoriesOfARegistrySumToItsPopulation() {
    qt().withExamples(200)
        .forAll(VigilGen.registries(), asOfDates(), Generate.pick(POLICIES))
        .checkAssert(
            (r, asOf, policy) -> {
              RegistryView v = r.asOf(asOf);
              Map<FreedomCategory, Integer> counts = new EnumMap<>(FreedomCategory.class);
              Map<FreedomGroup, Integer> groups = new EnumMap<>(FreedomGroup.class);
              v.population()
                  .forEach(
                      p -> {
                        Classification c = policy.classify(p.status().orElseThrow());
                        counts.merge(c.category(), 1, Integer::sum);
                        groups.merge(c.group(), 1, Integer::sum);
                        assertEquals(policy.group(c.category()), c.group());
                        assertFalse(c.reasons().isEmpty());
                      });
              long population = v.population().count();
              assertEquals(population, counts.values().stream().mapToLong(Integer::longValue).sum());
              assertEquals(population, groups.values().stream().mapToLong(Integer::longValue).sum());
            });
  }

  @Test
  void withNoActiveMeasureAndNoOpenCaseAPersonIsFullExactlyWhenAtLiberty() {
    qt().forAll(VigilGen.histories(), Generate.pick(POLICIES))
        .checkAssert(
            (h, policy) -> {
              LegalStatus s = h.status().orElseThrow();
              if (s.activeMeasures().isEmpty() && !s.caseOpen()) {
                assertEquals(s.isAtLiberty(), policy.category(s) == FreedomCategory.FULL, s::toString);
              }
              if (policy.category(s) == FreedomCategory.FULL) {
                assertTrue(s.isAtLiberty());
                assertTrue(s.activeMeasures().isEmpty());
              }
            });
  }

  @Test
  void liftingEveryMeasureAndClosingTheCaseOfAConditionalPersonMakesThemFull() {
    qt().forAll(VigilGen.histories(), Generate.range(0, 30))
        .checkAssert(
            (h, gap) -> {
              LegalStatus s = h.status().orElseThrow();
              if (STANDARD.category(s) != FreedomCategory.CONDITIONAL) {
                return;
              }
              LocalDate day = s.lastEventDate().plusDays(gap);
              History next = h;
              if (!s.activeMeasures().isEmpty()) {
                next =
                    next.append(
                        Event.of(
                            EventType.MEASURE_LIFTED,
                            day,
                            s.activeMeasures().stream().map(ActiveMeasure::measure).toArray(Measure[]::new)));
              }
              if (s.caseOpen()) {
                next = next.append(Event.of(EventType.CASE_CLOSED, day));
              }
              Classification c = STANDARD.classify(next.status().orElseThrow());
              assertEquals(FreedomCategory.FULL, c.category(), c::toString);
              assertEquals(FreedomGroup.AT_LIBERTY, c.group());
            });
  }

  @Test
  void anArrestAlwaysClearsMeasures() {
    qt().forAll(VigilGen.histories(), Generate.range(0, 30), Generate.pick(VigilGen.DEFAULT_FACILITIES))
        .checkAssert(
            (h, gap, facility) -> {
              LegalStatus s = h.status().orElseThrow();
              if (s.custody() != CustodyState.AT_LIBERTY && s.custody() != CustodyState.EXILED) {
                return;
              }
              History next = h.append(Event.of(EventType.ARREST, s.lastEventDate().plusDays(gap), facility));
              LegalStatus after = next.status().orElseThrow();
              assertTrue(after.activeMeasures().isEmpty());
              assertTrue(after.appearances().isEmpty());
              assertEquals(FreedomCategory.DETAINED, STANDARD.category(after));
              assertEquals(s.rearrests() + 1, after.rearrests());
              assertTrue(after.caseOpen());
            });
  }

  @Test
  void theClassificationIsTheSameReplayedAtOnceOrEventByEvent() {
    qt().forAll(VigilGen.histories(), Generate.pick(POLICIES))
        .checkAssert(
            (h, policy) -> {
              History stepwise = History.empty(h.detainee());
              for (Event e : h.events()) {
                stepwise = stepwise.append(e);
                assertEquals(
                    policy.classify(History.of(h.detainee(), stepwise.events()).status().orElseThrow()),
                    policy.classify(stepwise.status().orElseThrow()));
              }
              assertEquals(
                  policy.classify(History.of(h.detainee(), h.events()).status().orElseThrow()),
                  policy.classify(stepwise.status().orElseThrow()));
            });
  }

  @Test
  void theClassificationOfAViewOfEverythingIsThatOfTheHistory() {
    qt().withExamples(150)
        .forAll(VigilGen.registries())
        .checkAssert(
            r -> {
              LocalDate far = LocalDate.of(2100, 1, 1);
              for (PersonView p : r.asOf(far).knownOn(far).population().toList()) {
                History h = r.history(p.id()).orElseThrow();
                assertEquals(
                    STANDARD.classify(h.status().orElseThrow()), STANDARD.classify(p.status().orElseThrow()));
              }
            });
  }

  @Test
  void policiesChangeOnlyWhatTheyDocument() {
    ClassificationPolicy houseAtLiberty = POLICIES.get(1);
    ClassificationPolicy openCaseFree = POLICIES.get(2);
    qt().forAll(VigilGen.histories())
        .checkAssert(
            h -> {
              LegalStatus s = h.status().orElseThrow();
              FreedomCategory standard = STANDARD.category(s);
              assertEquals(standard, houseAtLiberty.category(s));
              FreedomCategory other = openCaseFree.category(s);
              if (other != standard) {
                assertEquals(FreedomCategory.CONDITIONAL, standard);
                assertEquals(FreedomCategory.FULL, other);
                assertTrue(s.caseOpen() && s.activeMeasures().isEmpty());
              }
            });
  }

  @Test
  void dueDatesAreStrictlyIncreasingAndTheKthIsKIntervalsAfterTheStart() {
    qt().forAll(asOfDates(), VigilGen.appearanceIntervals(), Generate.range(1, 200))
        .checkAssert(
            (since, interval, k) -> {
              AppearanceSchedule s = AppearanceSchedule.of(since, interval);
              assertEquals(since.plus(interval.multipliedBy(k)), s.dueDate(k));
              assertTrue(s.dueDate(k + 1).isAfter(s.dueDate(k)));
              assertEquals(k, s.countDueThrough(s.dueDate(k)));
              assertEquals(k - 1, s.countDueThrough(s.dueDate(k).minusDays(1)));
              assertEquals(s.dueDate(k), s.nextDueOnOrAfter(s.dueDate(k)));
              assertEquals(s.dueDate(k + 1), s.nextDueAfter(s.dueDate(k)));
            });
  }

  @Test
  void theCountOfDueDatesAgreesWithTheListOfThem() {
    qt().forAll(asOfDates(), VigilGen.appearanceIntervals(), Generate.range(-30, 3000))
        .checkAssert(
            (since, interval, days) -> {
              AppearanceSchedule s = AppearanceSchedule.of(since, interval);
              LocalDate date = since.plusDays(days);
              List<LocalDate> due = s.dueDatesThrough(date);
              assertEquals(due.size(), s.countDueThrough(date));
              assertTrue(s.nextDueAfter(date).isAfter(date));
              assertFalse(s.nextDueOnOrAfter(date).isBefore(date));
              if (!due.isEmpty()) {
                assertFalse(due.get(due.size() - 1).isAfter(date));
              }
            });
  }

  @Test
  void complianceIsConsistentWithTheSchedule() {
    qt().forAll(VigilGen.histories(), Generate.range(0, 400))
        .checkAssert(
            (h, days) -> {
              LegalStatus s = h.status().orElseThrow();
              LocalDate asOf = s.lastEventDate().plusDays(days);
              Optional<Compliance> found = Compliance.of(s, asOf);
              assertEquals(s.hasActive(MeasureType.COURT_APPEARANCE), found.isPresent());
              found.ifPresent(
                  c -> {
                    assertEquals(s.appearances().size(), c.attended().size() + c.missed().size());
                    assertFalse(c.nextDue().isBefore(asOf));
                    assertTrue(c.schedule().isDueOn(c.nextDue()));
                    assertTrue(c.overdue().size() <= c.due());
                    for (LocalDate o : c.overdue()) {
                      assertTrue(o.isBefore(asOf));
                      assertTrue(c.schedule().isDueOn(o));
                      c.lastRecord().ifPresent(r -> assertTrue(o.isAfter(r.date())));
                    }
                    assertEquals(c.missed().isEmpty() && c.overdue().isEmpty(), c.isCompliant());
                  });
            });
  }
}
