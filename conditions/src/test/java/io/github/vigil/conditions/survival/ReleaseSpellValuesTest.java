package io.github.vigil.conditions.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vigil.core.Detainee;
import io.github.vigil.core.DetaineeId;
import io.github.vigil.core.Event;
import io.github.vigil.core.EventType;
import io.github.vigil.core.Facility;
import io.github.vigil.core.FacilityId;
import io.github.vigil.core.FacilityKind;
import io.github.vigil.core.MeasureType;
import io.github.vigil.core.PersonView;
import io.github.vigil.core.Registry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseSpellValuesTest {
  static final DetaineeId P = DetaineeId.of("P");

  static ImmutableReleaseSpell.Builder spell(String released, String end) {
    return ImmutableReleaseSpell.builder()
        .detainee(P)
        .released(LocalDate.parse(released))
        .end(LocalDate.parse(end))
        .endedBy(ReleaseSpell.End.REARREST);
  }

  @Test
  void aSpellEndsNoEarlierThanItsReleaseAndShowsOnlyIdsDatesAndCodes() {
    assertEquals(0, spell("2026-01-01", "2026-01-01").build().days());
    assertEquals(
        "spell ends 2025-12-31 before release 2026-01-01",
        assertThrows(IllegalStateException.class, () -> spell("2026-01-01", "2025-12-31").build())
            .getMessage());
    assertEquals(
        "ReleaseSpell{P, released=2026-01-01, end=2026-01-05, REARREST, measures=[SPEECH_BAN]}",
        spell("2026-01-01", "2026-01-05").addMeasures(MeasureType.SPEECH_BAN).build().toString());
    assertEquals(
        List.of("P", "P"),
        ReleaseSpells.persons(
            List.of(spell("2026-01-01", "2026-01-05").build(), spell("2026-02-01", "2026-02-05").build())));
  }

  @Test
  void spellsAreNotReadBeforeThePersonsLastEvent() {
    FacilityId jail = FacilityId.of("jail");
    Registry r =
        Registry.empty()
            .withCountry("VE")
            .withFacility(Facility.of(jail, FacilityKind.PRISON))
            .withDetainee(Detainee.of(P))
            .withEvent(P, Event.of(EventType.ARREST, LocalDate.parse("2026-01-01"), jail))
            .withEvent(P, Event.of(EventType.RELEASE, LocalDate.parse("2026-02-01")));
    PersonView person = r.asOf(LocalDate.parse("2026-03-01")).person(P).orElseThrow();
    assertEquals(1, ReleaseSpells.of(person, LocalDate.parse("2026-02-01")).size());
    assertEquals(
        "asOf 2026-01-31 is before the last applied event of P (2026-02-01)",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReleaseSpells.of(person, LocalDate.parse("2026-01-31")))
            .getMessage());
  }
}
