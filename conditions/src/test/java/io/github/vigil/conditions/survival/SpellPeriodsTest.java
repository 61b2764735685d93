package io.github.vigil.conditions.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.Measure;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.Registry;
import io.github.vigil.core.RegistryView;
import io.github.vigil.survival.SurvivalData;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Release spells cut where a measure is imposed or lifted, on a registry whose rows are written out by hand. */
class SpellPeriodsTest {
  private static final FacilityId JAIL = FacilityId.of("jail");
  private static final DetaineeId P = DetaineeId.of("P");
  private static final DetaineeId Q = DetaineeId.of("Q");
  private static final DetaineeId R = DetaineeId.of("R");
  private static final DetaineeId S = DetaineeId.of("S");
  private static final List<MeasureType> TYPES =
      List.of(MeasureType.TRAVEL_BAN, MeasureType.SPEECH_BAN, MeasureType.COURT_APPEARANCE, MeasureType.HOUSE_ARREST);

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2025, month, day);
  }

  private static Event imposed(LocalDate date, Measure m) {
    return Event.of(EventType.MEASURE_IMPOSED, date, m);
  }

  private static Event lifted(LocalDate date, MeasureType type) {
    return Event.of(EventType.MEASURE_LIFTED, date, Measure.of(type));
  }

  /**
   * P: released on 11 January with a travel ban, a speech ban added on 21 January, the travel ban
   * lifted on 10 February, rearrested on 1 March; released again on 1 April and summoned to court
   * that same day, free on 1 May (as of). Q: released on 2 January under house arrest, which is
   * lifted on 5 January, the day Q is rearrested. R: released and rearrested on 1 February (0
   * days). S: released on 10 January with a speech ban, exiled on 20 January.
   */
  private static RegistryView view() {
    return Registry.empty()
        .withCountry("VE")
        .withFacility(Facility.of(JAIL, FacilityKind.PRISON))
        .withDetainee(Detainee.of(P))
        .withDetainee(Detainee.of(Q))
        .withDetainee(Detainee.of(R))
        .withDetainee(Detainee.of(S))
        .withEvent(P, Event.of(EventType.ARREST, day(1, 1), JAIL))
        .withEvent(P, Event.of(EventType.RELEASE, day(1, 11), Measure.of(MeasureType.TRAVEL_BAN)))
        .withEvent(P, imposed(day(1, 21), Measure.of(MeasureType.SPEECH_BAN)))
        .withEvent(P, lifted(day(2, 10), MeasureType.TRAVEL_BAN))
        .withEvent(P, Event.of(EventType.ARREST, day(3, 1), JAIL))
        .withEvent(P, Event.of(EventType.RELEASE, day(4, 1)))
        .withEvent(P, imposed(day(4, 1), Measure.courtAppearance(Period.ofDays(15))))
        .withEvent(Q, Event.of(EventType.ARREST, day(1, 1), JAIL))
        .withEvent(Q, Event.of(EventType.RELEASE, day(1, 2), Measure.of(MeasureType.HOUSE_ARREST)))
        .withEvent(Q, lifted(day(1, 5), MeasureType.HOUSE_ARREST))
        .withEvent(Q, Event.of(EventType.ARREST, day(1, 5), JAIL))
        .withEvent(R, Event.of(EventType.ARREST, day(1, 1), JAIL))
        .withEvent(R, Event.of(EventType.RELEASE, day(2, 1)))
        .withEvent(R, Event.of(EventType.ARREST, day(2, 1), JAIL))
        .withEvent(S, Event.of(EventType.ARREST, day(1, 1), JAIL))
        .withEvent(S, Event.of(EventType.RELEASE, day(1, 10), Measure.of(MeasureType.SPEECH_BAN)))
        .withEvent(S, Event.of(EventType.EXILE, day(1, 20)))
        .asOf(day(5, 1));
  }

  /** The rows of R's split table, written out by hand: person, start, stop, rearrest, then TYPES. */
  private static final List<String> BY_HAND =
      List.of(
          "P 0 10 0 1 0 0 0",
          "P 10 30 0 1 1 0 0",
          "P 30 49 1 0 1 0 0",
          "P 0 30 0 0 0 1 0",
          "Q 0 3 1 0 0 0 1",
          "S 0 10 0 0 1 0 0");

  @Test
  void eachSpellIsCutWhereAMeasureIsImposedOrLifted() {
    ImmutableList<SpellPeriod> periods = ReleaseSpells.periods(view());
    List<String> seen = new ArrayList<>();
    for (SpellPeriod p : periods) {
      seen.add(p.detainee().value() + " " + p.released() + " (" + p.start() + ", " + p.stop() + "] "
          + p.measures() + (p.rearrested() ? " rearrested" : ""));
    }
    assertEquals(
        List.of(
            "P 2025-01-11 (0, 10] [TRAVEL_BAN]",
            "P 2025-01-11 (10, 30] [SPEECH_BAN, TRAVEL_BAN]",
            "P 2025-01-11 (30, 49] [SPEECH_BAN] rearrested",
            "P 2025-04-01 (0, 30] [COURT_APPEARANCE]",
            "Q 2025-01-02 (0, 3] [HOUSE_ARREST] rearrested",
            "R 2025-02-01 (0, 0] rearrested",
            "S 2025-01-10 (0, 10] [SPEECH_BAN]"),
        seen.stream().map(t -> t.replace(" [] ", " ").replace(" []", "")).toList());
  }

  @Test
  void theCountingProcessRowsAreThoseWrittenByHand() {
    SurvivalData rows = ReleaseSpells.countingProcess(ReleaseSpells.periods(view()), TYPES);
    assertEquals(BY_HAND.size(), rows.n());
    assertEquals(1, rows.droppedRows(), "R's 0-day spell has no (start, stop] row");
    assertEquals(TYPES.stream().map(MeasureType::name).toList(), rows.covariateNames());
    assertEquals(3, rows.clusterCount().orElseThrow());
    for (int i = 0; i < rows.n(); i++) {
      String[] f = BY_HAND.get(i).split(" ", -1);
      String where = "row " + i + " " + BY_HAND.get(i);
      assertEquals(f[0], rows.cluster(i), where);
      assertEquals(Double.parseDouble(f[1]), rows.entryTime(i), where);
      assertEquals(Double.parseDouble(f[2]), rows.time(i), where);
      assertEquals(f[3].equals("1"), rows.isEvent(i), where);
      for (int j = 0; j < TYPES.size(); j++) {
        assertEquals(Double.parseDouble(f[4 + j]), rows.covariate(TYPES.get(j).name(), i), where + " " + TYPES.get(j));
      }
    }
  }

  @Test
  void theSplitCoversEachSpellExactlyOnce() {
    RegistryView view = view();
    List<ReleaseSpell> spells = ReleaseSpells.from(view);
    ImmutableList<SpellPeriod> periods = ReleaseSpells.periods(view);
    int k = 0;
    for (ReleaseSpell spell : spells) {
      long covered = 0;
      boolean rearrested = false;
      SpellPeriod first = periods.get(k);
      while (k < periods.size()
          && periods.get(k).detainee().equals(spell.detainee())
          && periods.get(k).released().equals(spell.released())) {
        assertEquals(covered, periods.get(k).start());
        covered = periods.get(k).stop();
        rearrested |= periods.get(k).rearrested();
        k++;
      }
      assertEquals(spell.days(), covered, spell::toString);
      assertEquals(spell.rearrested(), rearrested, spell::toString);
      assertEquals(spell.released(), first.released());
    }
    assertEquals(periods.size(), k);
  }

  @Test
  void aRepeatedMeasureTypeIsRefused() {
    ImmutableList<SpellPeriod> periods = ReleaseSpells.periods(view());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReleaseSpells.countingProcess(periods, List.of(MeasureType.BAIL, MeasureType.BAIL)));
    assertEquals("a measure type is repeated: [BAIL, BAIL]", e.getMessage());
  }

  @Test
  void aPeriodBeforeItsReleaseOrEndingBeforeItBeginsIsRefused() {
    IllegalStateException early =
        assertThrows(
            IllegalStateException.class,
            () -> ImmutableSpellPeriod.builder().detainee(P).released(day(1, 10)).since(day(1, 9)).until(day(1, 20)).rearrested(false).build());
    assertEquals("period begins 2025-01-09 before release 2025-01-10", early.getMessage());
    IllegalStateException backwards =
        assertThrows(
            IllegalStateException.class,
            () -> ImmutableSpellPeriod.builder().detainee(P).released(day(1, 10)).since(day(1, 15)).until(day(1, 14)).rearrested(false).build());
    assertEquals("period ends 2025-01-14 before it begins 2025-01-15", backwards.getMessage());
    SpellPeriod p = ImmutableSpellPeriod.builder().detainee(P).released(day(1, 10)).since(day(1, 15)).until(day(1, 15)).rearrested(true).build();
    assertEquals(5, p.start());
    assertEquals(5, p.stop());
  }
}
