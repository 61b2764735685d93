package io.github.vigil.conditions.survival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.vigil.survival.CumulativeIncidence;
import io.github.vigil.survival.IncidenceCurve;
import io.github.vigil.survival.IncidenceRow;
import io.github.vigil.survival.KaplanMeier;
import io.github.vigil.survival.SurvivalCurve;
import io.github.vigil.survival.SurvivalData;
import io.github.vigil.survival.SurvivalRow;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReleaseSpellsTest {
  private static final FacilityId JAIL = FacilityId.of("jail");
  private static final DetaineeId A = DetaineeId.of("A");
  private static final DetaineeId B = DetaineeId.of("B");
  private static final DetaineeId C = DetaineeId.of("C");
  private static final DetaineeId D = DetaineeId.of("D");

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2025, month, day);
  }

  /**
   * A: released with measures, rearrested, released again and still free. B: released without
   * measures, then exiled. C: never released. D: released, then died.
   */
  private static Registry registry() {
    return Registry.empty()
        .withCountry("VE")
        .withFacility(Facility.of(JAIL, FacilityKind.PRISON))
        .withDetainee(Detainee.of(A))
        .withDetainee(Detainee.of(B))
        .withDetainee(Detainee.of(C))
        .withDetainee(Detainee.of(D))
        .withEvent(A, Event.of(EventType.ARREST, day(1, 1), JAIL))
        .withEvent(
            A,
            Event.of(
                EventType.RELEASE_ORDER,
                day(1, 10),
                Measure.courtAppearance(Period.ofDays(15)),
                Measure.of(MeasureType.SPEECH_BAN)))
        .withEvent(A, Event.of(EventType.RELEASE, day(1, 11)))
        .withEvent(A, Event.of(EventType.ARREST, day(3, 1), JAIL))
        .withEvent(A, Event.of(EventType.RELEASE, day(4, 1), Measure.of(MeasureType.HOUSE_ARREST)))
        .withEvent(B, Event.of(EventType.ARREST, day(1, 1), JAIL))
        .withEvent(B, Event.of(EventType.RELEASE, day(2, 1)))
        .withEvent(B, Event.of(EventType.EXILE, day(2, 11)))
        .withEvent(C, Event.of(EventType.ARREST, day(1, 1), JAIL))
        .withEvent(D, Event.of(EventType.ARREST, day(1, 1), JAIL))
        .withEvent(D, Event.of(EventType.RELEASE, day(1, 2)))
        .withEvent(D, Event.of(EventType.DEATH, day(1, 5)));
  }

  @Test
  void eachReleaseStartsOneSpellEndedByRearrestExileDeathOrTheAsOfDate() {
    List<ReleaseSpell> spells = ReleaseSpells.from(registry().asOf(day(5, 1)));
    assertEquals(4, spells.size(), spells::toString);

    ReleaseSpell first = spells.get(0);
    assertEquals(A, first.detainee());
    assertEquals(day(1, 11), first.released());
    assertEquals(day(3, 1), first.end());
    assertEquals(ReleaseSpell.End.REARREST, first.endedBy());
    assertTrue(first.rearrested());
    assertEquals(49, first.days());
    assertEquals(Set.of(MeasureType.COURT_APPEARANCE, MeasureType.SPEECH_BAN), first.measures());

    ReleaseSpell second = spells.get(1);
    assertEquals(day(4, 1), second.released());
    assertEquals(day(5, 1), second.end());
    assertEquals(ReleaseSpell.End.AS_OF, second.endedBy());
    assertEquals(30, second.days());
    assertEquals(Set.of(MeasureType.HOUSE_ARREST), second.measures());

    ReleaseSpell exiled = spells.get(2);
    assertEquals(B, exiled.detainee());
    assertEquals(ReleaseSpell.End.EXILE, exiled.endedBy());
    assertEquals(10, exiled.days());
    assertTrue(exiled.measures().isEmpty());

    ReleaseSpell died = spells.get(3);
    assertEquals(D, died.detainee());
    assertEquals(ReleaseSpell.End.DEATH, died.endedBy());
    assertEquals(3, died.days());
  }

  @Test
  void theAsOfDateHidesLaterEventsAndCensorsTheOpenSpells() {
    List<ReleaseSpell> spells = ReleaseSpells.from(registry().asOf(day(2, 1)));
    assertEquals(3, spells.size(), spells::toString);
    assertEquals(ReleaseSpell.End.AS_OF, spells.get(0).endedBy());
    assertEquals(day(2, 1), spells.get(0).end());
    assertEquals(21, spells.get(0).days());
    assertEquals(B, spells.get(1).detainee());
    assertEquals(0, spells.get(1).days());
    assertEquals(ReleaseSpell.End.DEATH, spells.get(2).endedBy());
  }

  @Test
  void spellsBecomeTimesEventsGroupsAndIndicators() {
    List<ReleaseSpell> spells = ReleaseSpells.from(registry().asOf(day(5, 1)));
    assertArrayEquals(new double[] {49, 30, 10, 3}, ReleaseSpells.times(spells));
    assertArrayEquals(new boolean[] {true, false, false, false}, ReleaseSpells.rearrests(spells));
    assertEquals(
        ImmutableList.of(
            "with SPEECH_BAN", "without SPEECH_BAN", "without SPEECH_BAN", "without SPEECH_BAN"),
        ReleaseSpells.groups(spells, MeasureType.SPEECH_BAN));
    double[][] x =
        ReleaseSpells.indicators(spells, List.of(MeasureType.HOUSE_ARREST, MeasureType.COURT_APPEARANCE));
    assertArrayEquals(new double[] {0, 1}, x[0]);
    assertArrayEquals(new double[] {1, 0}, x[1]);
    assertArrayEquals(new double[] {0, 0}, x[3]);
  }

  @Test
  void releaseSpellsFeedTheKaplanMeierEstimate() {
    List<ReleaseSpell> spells = ReleaseSpells.from(registry().asOf(day(5, 1)));
    SurvivalCurve curve = KaplanMeier.fit(ReleaseSpells.times(spells), ReleaseSpells.rearrests(spells));
    assertEquals(1, curve.rows().size());
    SurvivalRow row = curve.rows().get(0);
    assertEquals(49, row.time());
    assertEquals(1, row.atRisk());
    assertEquals(0.0, row.survival());
  }

  @Test
  void exileAndDeathAreKindsOfEndOfTheirOwnForCompetingRisks() {
    List<ReleaseSpell> spells = ReleaseSpells.from(registry().asOf(day(5, 1)));
    assertArrayEquals(new int[] {1, 0, 2, 3}, ReleaseSpells.endings(spells));
    assertArrayEquals(new boolean[] {true, false, true, true}, ReleaseSpells.ended(spells));
    SurvivalData data =
        SurvivalData.builder(ReleaseSpells.times(spells), ReleaseSpells.ended(spells))
            .causes(ReleaseSpells.endings(spells), ReleaseSpells.ENDINGS)
            .build();
    IncidenceCurve curve = CumulativeIncidence.fit(data).get(0);
    // Times 3 (death), 10 (exile), 49 (rearrest); 30 is censored. Four at risk at 3, three at 10,
    // one at 49: rearrest incidence = (1 - 1/4)(1 - 1/3) * 1/1 = 0.5.
    List<IncidenceRow> rearrest = curve.rows(1);
    assertEquals(3, rearrest.size());
    assertEquals(0.5, rearrest.get(2).incidence(), 1e-15);
    assertEquals(0.25, curve.rows(3).get(2).incidence(), 1e-15);
    assertEquals(0.25, curve.rows(2).get(2).incidence(), 1e-15);
  }
}
