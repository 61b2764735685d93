package io.github.vigil.conditions.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.conditions.survival.ReleaseSpell;
import io.github.vigil.conditions.survival.ReleaseSpells;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.History;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.testkit.VigilGen;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The calibration scores each spell, from one replay of its person, as the policy scores the
 * person at release: a registry holding only the person's events up to the release and the
 * other events of its day, stopping before anything that ends the spell (a rearrest, an exile or
 * a death the same day).
 */
class RiskCalibrationProperties {
  @Test
  void eachSpellIsAtTheLevelOfTheScoreAtItsRelease() {
    qt().withExamples(200)
        .forAll(
            VigilGen.registries(),
            VigilGen.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2030, 12, 31))
                .zip(Generate.range(-400, 400), (d, lag) -> List.of(d, d.plusDays(lag))),
            RiskGen.policies())
        .checkAssert(
            (registry, dates, policy) -> {
              // as of D, known on K (before or after D)
              RegistryView view = registry.asOf(dates.get(0)).knownOn(dates.get(1));
              Map<RiskLevel, Integer> spells = new EnumMap<>(RiskLevel.class);
              Map<RiskLevel, Integer> rearrests = new EnumMap<>(RiskLevel.class);
              Map<RiskLevel, Set<Object>> people = new EnumMap<>(RiskLevel.class);
              Map<DetaineeId, Integer> releasesSeen = new HashMap<>();
              for (ReleaseSpell s : ReleaseSpells.from(view)) {
                int k = releasesSeen.merge(s.detainee(), 1, Integer::sum);
                RiskLevel level =
                    policy.level(policy.score(atRelease(view, s.detainee(), k), s.released()));
                spells.merge(level, 1, Integer::sum);
                rearrests.merge(level, s.rearrested() ? 1 : 0, Integer::sum);
                people.computeIfAbsent(level, l -> new HashSet<>()).add(s.detainee());
              }
              RiskCalibration c = RiskCalibration.of(view, policy);
              for (LevelCalibration l : c.levels()) {
                assertEquals(spells.getOrDefault(l.level(), 0), l.spells(), l::toString);
                assertEquals(rearrests.getOrDefault(l.level(), 0), l.rearrests(), l::toString);
                assertEquals(people.getOrDefault(l.level(), Set.of()).size(), l.people(), l::toString);
              }
            });
  }

  /**
   * The person {@code id} as {@code view} sees them, just after their {@code k}-th release: the
   * events up to it and the rest of its day, stopping before an arrest, an exile or a death.
   */
  private static PersonView atRelease(RegistryView view, DetaineeId id, int k) {
    List<Event> applied = view.person(id).orElseThrow().appliedEvents();
    int end = 0;
    for (int releases = 0; releases < k; end++) {
      if (applied.get(end).type() == EventType.RELEASE) {
        releases++;
      }
    }
    LocalDate day = applied.get(end - 1).date();
    while (end < applied.size()
        && applied.get(end).date().equals(day)
        && !ENDS_SPELL.contains(applied.get(end).type())) {
      end++;
    }
    Registry.Builder only = Registry.builder();
    view.registry().facilities().forEach(only::addFacility);
    only.addPerson(
        view.registry().detainee(id).orElseThrow(), History.of(id, applied.subList(0, end)));
    return only.build().asOf(day).knownOn(view.knownOn()).person(id).orElseThrow();
  }

  private static final Set<EventType> ENDS_SPELL =
      EnumSet.of(EventType.ARREST, EventType.EXILE, EventType.DEATH);
}
