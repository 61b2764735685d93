package io.github.vigil.conditions.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.LegalStatus;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import io.github.vigil.testkit.VigilGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RiskProperties {
  static final int TRIES = 1000;
  static final int REGISTRY_TRIES = 500;

  @Test
  void changingProtectedTraitsNeverChangesAScoreNorTheCalibration() {
    qt().withExamples(TRIES)
        .forAll(RiskGen.histories(), RiskGen.traits(), RiskGen.traits(), RiskGen.policies())
        .check(
            (history, one, other, policy) -> {
              RiskReport a = RiskReport.of(history.registry(one).asOf(history.asOf), policy);
              RiskReport b = RiskReport.of(history.registry(other).asOf(history.asOf), policy);
              PersonView pa =
                  history.registry(one).asOf(history.asOf).person(RiskGen.ID).orElseThrow();
              PersonView pb =
                  history.registry(other).asOf(history.asOf).person(RiskGen.ID).orElseThrow();
              return a.equals(b)
                  && policy.factors(pa, history.asOf).equals(policy.factors(pb, history.asOf));
            });
  }

  @Test
  void givingEveryoneOfAGeneratedRegistryOtherTraitsLeavesTheRiskReportUnchanged() {
    qt().withExamples(REGISTRY_TRIES)
        .forAll(
            VigilGen.registries(),
            SourceDSL.lists().of(VigilGen.detainees()).ofSize(VigilGen.MAX_PEOPLE),
            RiskGen.policies())
        .check(
            (registry, others, policy) -> {
              Registry changed = registry;
              int i = 0;
              for (Detainee d : registry.detainees()) {
                Detainee other = others.get(i++);
                changed =
                    changed.withDetainee(
                        Detainee.builder().from(other).id(d.id()).name(d.name()).build());
              }
              LocalDate asOf =
                  registry.latestEventDate().orElse(VigilGen.LATEST_ARREST).plusDays(30);
              return RiskReport.of(registry.asOf(asOf), policy)
                  .equals(RiskReport.of(changed.asOf(asOf), policy));
            });
  }

  @Test
  void addingAMeasureOrAMissedAppearanceNeverLowersAScore() {
    AtomicInteger measures = new AtomicInteger();
    AtomicInteger missed = new AtomicInteger();
    qt().withExamples(TRIES)
        .forAll(
            RiskGen.historiesAtLiberty(),
            SourceDSL.integers().between(0, Integer.MAX_VALUE),
            RiskGen.policies())
        .check(
            (history, raw, policy) -> {
              RiskGen.Scenario before = history;
              LegalStatus status = before.status();
              LocalDate date = before.lastDate().plusDays(raw % 401L);
              if (date.isAfter(before.asOf)) {
                date = before.asOf;
              }
              Event added;
              if (raw / 401 % 2 == 0) {
                List<MeasureType> inactive = new ArrayList<>();
                for (MeasureType t : MeasureType.values()) {
                  if (!status.hasActive(t)) {
                    inactive.add(t);
                  }
                }
                if (inactive.isEmpty()) {
                  return true;
                }
                MeasureType t = inactive.get(raw / 802 % inactive.size());
                added =
                    Event.of(
                        EventType.MEASURE_IMPOSED, date, RiskGen.measure(t, 1 + raw / 802 % 45));
                measures.incrementAndGet();
              } else {
                if (!status.hasActive(MeasureType.COURT_APPEARANCE)) {
                  before =
                      before.plus(
                          Event.of(
                              EventType.MEASURE_IMPOSED,
                              before.lastDate(),
                              RiskGen.measure(MeasureType.COURT_APPEARANCE, 1 + raw / 802 % 45)));
                }
                added = Event.of(EventType.APPEARANCE_MISSED, date);
                missed.incrementAndGet();
              }
              RiskGen.Scenario after = before.plus(added);
              return score(policy, before) <= score(policy, after);
            });
    // The property must not hold vacuously: both kinds of addition were tried many times.
    assertTrue(measures.get() > TRIES / 4, "measures added: " + measures.get());
    assertTrue(missed.get() > TRIES / 4, "missed appearances added: " + missed.get());
  }

  @Test
  void theScoreIsTheSumOfTheFactorsAndEveryFactorHasPositivePoints() {
    qt().withExamples(TRIES)
        .forAll(RiskGen.histories(), RiskGen.policies())
        .check(
            (history, policy) -> {
              PersonView p = history.registry().asOf(history.asOf).person(RiskGen.ID).orElseThrow();
              RiskAssessment a = policy.assess(p, history.asOf);
              return a.score() == policy.score(p, history.asOf)
                  && a.score() == a.factors().stream().mapToInt(ScoredFactor::points).sum()
                  && a.factors().stream().allMatch(f -> f.points() > 0 && !f.detail().isBlank())
                  && a.level() == policy.level(a.score());
            });
  }

  private static int score(RiskPolicy policy, RiskGen.Scenario s) {
    Registry r = s.registry(Detainee.of(RiskGen.ID));
    return policy.score(r.asOf(s.asOf).person(RiskGen.ID).orElseThrow(), s.asOf);
  }
}
