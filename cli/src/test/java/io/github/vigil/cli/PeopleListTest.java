package io.github.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.common.collect.ImmutableMap;
import io.github.vigil.cli.PeopleList.Dated;
import io.github.vigil.conditions.FreedomCategory;
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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeopleListTest {
  private static final FacilityId HELICOIDE = FacilityId.of("helicoide");
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A registry of one person per history below, named "Secret <id>". */
  private static Registry registry() {
    Registry r = Registry.empty().withFacility(Facility.of(HELICOIDE, FacilityKind.INTELLIGENCE));
    for (String id : List.of("exiled", "dead", "house", "free", "unknown", "secret")) {
      r =
          r.withDetainee(
              Detainee.builder()
                  .id(DetaineeId.of(id))
                  .name("Secret " + id)
                  .confidential(id.equals("secret"))
                  .build());
      r = r.withEvent(DetaineeId.of(id), Event.of(EventType.ARREST, d("2025-01-01"), HELICOIDE));
    }
    r = r.withEvent(DetaineeId.of("exiled"), Event.of(EventType.EXILE, d("2025-06-01")));
    r = r.withEvent(DetaineeId.of("dead"), Event.of(EventType.DEATH, d("2025-07-01")));
    r =
        r.withEvent(
            DetaineeId.of("house"),
            Event.of(EventType.RELEASE, d("2025-08-01"), Measure.of(MeasureType.SPEECH_BAN)));
    r =
        r.withEvent(
            DetaineeId.of("house"),
            Event.of(
                EventType.MEASURE_IMPOSED, d("2025-09-01"), Measure.of(MeasureType.HOUSE_ARREST)));
    r = r.withEvent(DetaineeId.of("free"), Event.of(EventType.RELEASE, d("2025-10-01")));
    r = r.withEvent(DetaineeId.of("free"), Event.of(EventType.CASE_CLOSED, d("2025-10-02")));
    r = r.withEvent(DetaineeId.of("unknown"), Event.of(EventType.RELEASE_ORDER, d("2025-11-01")));
    r = r.withEvent(DetaineeId.of("unknown"), Event.of(EventType.WHEREABOUTS_UNKNOWN, d("2025-12-01")));
    return r;
  }

  private static PeopleList list(boolean names) {
    return PeopleList.of(
        registry().asOf(AS_OF), EnumSet.allOf(FreedomCategory.class), id -> id.value(), names);
  }

  @Test
  void eachCategoryTellsItsOwnDates() {
    PeopleList list = list(false);
    assertEquals(List.of("dead", "exiled", "free", "house", "unknown"), list.entries().stream().map(e -> e.id()).toList());
    assertEquals(
        List.of(
            ImmutableMap.of(Dated.DIED_ON, d("2025-07-01")),
            ImmutableMap.of(Dated.EXILED_ON, d("2025-06-01")),
            ImmutableMap.of(Dated.RELEASED_ON, d("2025-10-01")),
            ImmutableMap.of(Dated.RELEASED_ON, d("2025-08-01"), Dated.HOUSE_ARREST_SINCE, d("2025-09-01")),
            ImmutableMap.of(
                Dated.HELD_SINCE, d("2025-01-01"),
                Dated.WHEREABOUTS_UNKNOWN_SINCE, d("2025-12-01"),
                Dated.RELEASE_ORDERED_ON, d("2025-11-01"))),
        list.entries().stream().map(e -> e.dates()).toList());
    assertEquals(
        List.of(
            FreedomCategory.DECEASED,
            FreedomCategory.EXILED,
            FreedomCategory.FULL,
            FreedomCategory.HOUSE_ARREST,
            FreedomCategory.WHEREABOUTS_UNKNOWN),
        list.entries().stream().map(e -> e.category()).toList());
    assertEquals(1, list.leftOut());
  }

  @Test
  void namesAreKeptOnlyWhenAskedForAndNeverShownByToString() {
    assertEquals(0, list(false).namesToPrint());
    assertEquals(Optional.empty(), list(false).entries().get(0).name());
    PeopleList named = list(true);
    assertEquals(5, named.namesToPrint());
    assertEquals(Optional.of("Secret dead"), named.entries().get(0).name());
    assertFalse(named.toString().contains("Secret"), named.toString());
    for (PeopleList.Entry e : named.entries()) {
      assertFalse(e.toString().contains("Secret"), e.toString());
    }
    assertFalse(named.entries().stream().anyMatch(e -> e.id().equals("secret")));
  }

  @Test
  void aNameIsWrittenOnOneLineThatCannotBeReordered() {
    assertEquals("Ana  María", ListRenderer.oneLine("Ana\r\nMaría"));
    assertEquals("Ana María López", ListRenderer.oneLine("Ana\u2028María\u202ELópez"));
    assertEquals("a b c d", ListRenderer.oneLine("a\u2066b\u2069c\td"));
    assertEquals("Ñandú 李", ListRenderer.oneLine("Ñandú 李"));
  }
}
