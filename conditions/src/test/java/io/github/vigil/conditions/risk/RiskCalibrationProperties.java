package io.github.vigil.conditions.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.vigil.conditions.survival.ReleaseSpell;
import io.github.vigil.conditions.survival.ReleaseSpells;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.testkit.VigilGen;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The calibration scores each spell, from one replay of its person, as the policy scores the
 * person in a view as of the release date.
 */
class RiskCalibrationProperties {
  @Test
  void eachSpellIsAtTheLevelOfTheScoreAsOfItsReleaseDate() {
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
              for (ReleaseSpell s : ReleaseSpells.from(view)) {
                RiskLevel level = policy.level(policy.score(asOfRelease(view, s), s.released()));
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

  /** The person of {@code spell} as {@code view} sees them, but as of the release date. */
  private static PersonView asOfRelease(RegistryView view, ReleaseSpell spell) {
    return view.registry()
        .asOf(spell.released())
        .knownOn(view.knownOn())
        .person(spell.detainee())
        .orElseThrow();
  }
}
