package io.github.vigil.conditions.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.ActiveMeasure;
import io.github.vigil.core.Event;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.RegistryView;
import io.github.vigil.survival.SurvivalData;
import io.github.vigil.testkit.VigilGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Release spells, read from one replay, are the spells of the definition. */
class ReleaseSpellsProperties {
  @Test
  void theSpellsAreThoseOfTheDefinitionOnEveryView() {
    qt().withExamples(300)
        .forAll(VigilGen.registries(), VigilGen.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2030, 12, 31)))
        .checkAssert(
            (registry, asOf) -> {
              RegistryView view = registry.asOf(asOf);
              List<ReleaseSpell> expected = new ArrayList<>();
              view.population().forEach(p -> expected.addAll(byDefinition(p, asOf)));
              assertEquals(expected, ReleaseSpells.from(view));
            });
  }

  @Test
  void thePeriodsOfASpellCoverItOnceWithTheMeasuresInForceAndItsEnd() {
    qt().withExamples(300)
        .forAll(VigilGen.registries(), VigilGen.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2030, 12, 31)))
        .checkAssert(
            (registry, asOf) -> {
              RegistryView view = registry.asOf(asOf);
              List<ReleaseSpell> spells = ReleaseSpells.from(view);
              List<SpellPeriod> periods = ReleaseSpells.periods(view);
              int k = 0;
              for (ReleaseSpell spell : spells) {
                // A spell's periods follow one another from 0 to its length (one period when it
                // lasts 0 days); only the last can end in its rearrest.
                long covered = 0;
                do {
                  assertTrue(k < periods.size(), () -> "no period for " + spell);
                  SpellPeriod p = periods.get(k++);
                  assertEquals(spell.detainee(), p.detainee(), p::toString);
                  assertEquals(spell.released(), p.released(), p::toString);
                  assertEquals(covered, p.start(), p::toString);
                  assertTrue(p.stop() > p.start() || spell.days() == 0, p::toString);
                  covered = p.stop();
                  assertEquals(covered == spell.days() && spell.rearrested(), p.rearrested(), p::toString);
                } while (covered < spell.days());
                assertEquals(spell.days(), covered, spell::toString);
              }
              assertEquals(periods.size(), k, "every period belongs to a spell");
              SurvivalData rows = ReleaseSpells.countingProcess(periods, List.of(MeasureType.values()));
              assertEquals(periods.size(), rows.n() + rows.droppedRows());
              assertEquals(
                  spells.stream().filter(s -> s.rearrested() && s.days() > 0).count(), (long) rows.eventCount());
            });
  }

  /**
   * The definition, written as plainly as possible: a spell begins at each applied RELEASE, with
   * the measures active once the person's events up to it have been replayed, and ends at the
   * next ARREST (a rearrest), EXILE or DEATH, or at the as-of date.
   */
  static List<ReleaseSpell> byDefinition(PersonView person, LocalDate asOf) {
    List<ReleaseSpell> out = new ArrayList<>();
    ImmutableList<Event> events = person.appliedEvents();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).type() != io.github.vigil.core.EventType.RELEASE) {
        continue;
      }
      EnumSet<MeasureType> measures = EnumSet.noneOf(MeasureType.class);
      for (ActiveMeasure m :
          io.github.vigil.core.History.of(person.id(), events.subList(0, i + 1)).status().orElseThrow().activeMeasures()) {
        measures.add(m.type());
      }
      LocalDate end = asOf;
      ReleaseSpell.End endedBy = ReleaseSpell.End.AS_OF;
      for (int j = i + 1; j < events.size(); j++) {
        switch (events.get(j).type()) {
          case ARREST -> endedBy = ReleaseSpell.End.REARREST;
          case EXILE -> endedBy = ReleaseSpell.End.EXILE;
          case DEATH -> endedBy = ReleaseSpell.End.DEATH;
          default -> {
            continue;
          }
        }
        end = events.get(j).date();
        break;
      }
      out.add(
          ImmutableReleaseSpell.builder()
              .detainee(person.id())
              .released(events.get(i).date())
              .end(end)
              .endedBy(endedBy)
              .measures(measures)
              .build());
    }
    return out;
  }
}
